/**
 * Highlights drawn as ProseMirror inline decorations, the other way the
 * benchmark weighs: one `Decoration.inline` per highlight and theme, a span
 * with the theme's translucent colour as its background (the colours of the
 * highlight layer), so a passage with several themes, or inside another
 * highlight, is wrapped in nested spans whose colours layer.
 */
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Block } from '../../../src/core/report/report';
import type { Theme } from '../../../src/core/themes/theme';
import type { PlacedHighlight } from '../../../src/renderer/src/features/annotate/placed-highlight';
import { blockPositions } from '../../../src/renderer/src/features/reader/report-document';
import { TextPositions } from '../../../src/renderer/src/features/reader/text-offsets';

/** A plugin decorating the report's document with `highlights`; `count()` says how many decorations it made. */
export function inlineDecorationsPlugin(blocks: readonly Block[], highlights: readonly PlacedHighlight[], themes: readonly Theme[]): Plugin {
  const colors = new Map(themes.map((theme, at) => [theme.id, { at, color: theme.color }]));
  return new Plugin({
    state: {
      init(_config, state) {
        const positions = new TextPositions(blocks, blockPositions(state.doc));
        const decorations: Decoration[] = [];
        for (const highlight of highlights) {
          const from = positions.position(highlight.start, 1);
          const to = positions.position(highlight.end, -1);
          if (from === null || to === null || to <= from) continue;
          for (const id of highlight.themeIds) {
            const theme = colors.get(id);
            if (!theme) continue;
            decorations.push(
              Decoration.inline(from, to, {
                class: `bench-theme-${theme.at}`,
                style: `background-color: color-mix(in srgb, ${theme.color} 60%, transparent)`,
              }),
            );
          }
        }
        return DecorationSet.create(state.doc, decorations);
      },
      apply: (tr, set: DecorationSet) => set.map(tr.mapping, tr.doc),
    },
    props: {
      decorations(state) {
        return this.getState(state);
      },
    },
  });
}
