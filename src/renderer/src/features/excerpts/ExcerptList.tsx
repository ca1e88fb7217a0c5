/**
 * The excerpts as one virtualised list (only the rows near the viewport are
 * in the page, so tens of thousands stay smooth), under their theme's heading
 * when grouped. Rows are measured as they are drawn: cards differ in height.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { Excerpt } from '../../../../core/excerpts/excerpt';
import type { ThemeGroup } from '../../../../core/excerpts/group-by-theme';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import { ExcerptCard, type ContextOf } from './ExcerptCard';

export interface ExcerptListProps {
  /** The groups to show; one group with theme null and an empty path lists the excerpts without headings. */
  groups: readonly ThemeGroup[];
  grouped: boolean;
  themeById: ReadonlyMap<string, Theme>;
  contextOf: ContextOf;
  onOpen(excerpt: Excerpt): void;
}

type Row = { kind: 'group'; group: ThemeGroup; key: string } | { kind: 'excerpt'; excerpt: Excerpt; key: string };

export function ExcerptList({ groups, grouped, themeById, contextOf, onOpen }: ExcerptListProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => {
    const list: Row[] = [];
    for (const [index, group] of groups.entries()) {
      const groupKey = group.theme?.id ?? `none-${index}`;
      if (grouped) list.push({ kind: 'group', group, key: `g:${groupKey}` });
      for (const excerpt of group.excerpts) list.push({ kind: 'excerpt', excerpt, key: `${groupKey}:${excerpt.highlightId}` });
    }
    return list;
  }, [groups, grouped]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are not memoised, and need not be
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'group' ? 44 : 150),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
  });

  return (
    <div ref={scroller} className="excerpt-list" role="list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] as Row;
          return (
            <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} role="listitem" className="excerpt-row" style={{ transform: `translateY(${item.start}px)` }}>
              {row.kind === 'group' ? (
                <h3 className="excerpt-group" style={{ paddingInlineStart: `${row.group.depth * 16}px`, '--theme-color': row.group.theme?.color ?? '#8a8f98' } as React.CSSProperties}>
                  <span className="theme-swatch" aria-hidden="true" />
                  {row.group.theme ? row.group.path.join(' › ') : t('excerpts.groupNone')}
                  <span className="count">{t('excerpts.groupCount', { count: row.group.excerpts.length })}</span>
                </h3>
              ) : (
                <ExcerptCard excerpt={row.excerpt} themeById={themeById} contextOf={contextOf} onOpen={onOpen} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
