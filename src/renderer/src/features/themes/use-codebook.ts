/**
 * The stored codebook for components: its themes in the order the codebook
 * shows them (each parent followed by its children, depth first), which is
 * also the order the keys 1–9 follow.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Theme } from '../../../../core/themes/theme';
import { themeTree, type ThemeNode } from '../../../../core/themes/theme-tree';
import { library } from '../../db/library';

/** The themes of a tree, parents before their children, in order. */
export function themesInOrder(themes: readonly Theme[]): Theme[] {
  const ordered: Theme[] = [];
  const visit = (nodes: readonly ThemeNode[]) => {
    for (const node of nodes) {
      ordered.push(node.theme);
      visit(node.children);
    }
  };
  visit(themeTree(themes));
  return ordered;
}

/** Every theme of the library in codebook order; undefined while loading. */
export function useCodebook(): Theme[] | undefined {
  const themes = useLiveQuery(() => library.themes.toArray(), []);
  return useMemo(() => (themes ? themesInOrder(themes) : undefined), [themes]);
}
