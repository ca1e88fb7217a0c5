/**
 * Excerpts grouped under the themes of the codebook, in the codebook's tree
 * order (each theme, then the themes nested under it): what the 摘录 view,
 * the DOCX, Markdown and HTML exports show.
 */
import type { Theme } from '../themes/theme';
import { themeTree, type ThemeNode } from '../themes/theme-tree';
import type { Excerpt } from './excerpt';

export interface ThemeGroup {
  /** The theme, or null for the excerpts with no theme of the codebook. */
  theme: Theme | null;
  /** Names from the top-level theme down to this one (`['乡村振兴', '粮食安全']`); empty for the group with no theme. */
  path: string[];
  /** How deep the theme is nested, 0 at the top level. */
  depth: number;
  /** The group's excerpts, in the order given. */
  excerpts: Excerpt[];
}

export interface GroupOptions {
  /** A theme's group also holds the excerpts of the themes nested under it (each excerpt once). */
  includeChildren?: boolean;
  /** Themes with no excerpt get a group too (a codebook-shaped outline); otherwise they are left out. */
  keepEmpty?: boolean;
}

/**
 * One group per theme in tree order, then one for excerpts none of whose
 * themes is in the codebook (untagged ones included), if there are any. An
 * excerpt with several themes stands in each of their groups.
 */
export function groupByTheme(excerpts: readonly Excerpt[], themes: readonly Theme[], options: GroupOptions = {}): ThemeGroup[] {
  const known = new Set(themes.map((theme) => theme.id));
  const byTheme = new Map<string, Excerpt[]>();
  const unthemed: Excerpt[] = [];
  for (const excerpt of excerpts) {
    const ids = excerpt.themeIds.filter((id) => known.has(id));
    if (ids.length === 0) unthemed.push(excerpt);
    for (const id of ids) {
      const list = byTheme.get(id);
      if (list) list.push(excerpt);
      else byTheme.set(id, [excerpt]);
    }
  }
  const groups: ThemeGroup[] = [];
  const order = new Map(excerpts.map((excerpt, index) => [excerpt, index]));
  /** Adds the node's group and its descendants' groups; gives the excerpts of the node and all below it. */
  const visit = (node: ThemeNode, path: string[], depth: number): Excerpt[] => {
    const own = byTheme.get(node.theme.id) ?? [];
    const group: ThemeGroup = { theme: node.theme, path: [...path, node.theme.name], depth, excerpts: own };
    groups.push(group);
    const below = node.children.flatMap((child) => visit(child, group.path, depth + 1));
    if (options.includeChildren && below.length > 0) {
      group.excerpts = [...new Set([...own, ...below])].sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    }
    return [...own, ...below];
  };
  for (const root of themeTree(themes)) visit(root, [], 0);
  if (unthemed.length > 0) groups.push({ theme: null, path: [], depth: 0, excerpts: unthemed });
  return options.keepEmpty ? groups : groups.filter((group) => group.excerpts.length > 0);
}
