/**
 * The outline (目录) of the open report: its headings, indented by level; a
 * click scrolls to one. The section being read (`current`, a block index) is
 * marked with `aria-current="location"` and kept in view within the
 * outline's own scroll, without scrolling the report.
 */
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import { MAX_HEADING_LEVEL } from './report-schema';
import type { OutlineHeading } from '../../../../core/report/report';
import './reader-tools.css';

export interface OutlineProps {
  entries: readonly OutlineHeading[];
  onSelect(block: number): void;
  /** Block index of the heading of the section being read, or null. */
  current?: number | null;
}

/** Room kept above and below the current entry when it is scrolled into the outline's view. */
const MARGIN_PX = 24;

export function Outline({ entries, onSelect, current = null }: OutlineProps) {
  const { t } = useI18n();
  const nav = useRef<HTMLElement>(null);

  useEffect(() => {
    const list = nav.current;
    const item = list?.querySelector('[aria-current="location"]');
    if (!list || !item) return;
    const area = list.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    if (box.top < area.top + MARGIN_PX) list.scrollTop -= area.top + MARGIN_PX - box.top;
    else if (box.bottom > area.bottom - MARGIN_PX) list.scrollTop += box.bottom - (area.bottom - MARGIN_PX);
  }, [current]);

  return (
    <nav ref={nav} className="outline" aria-label={t('reader.outline')}>
      <ol>
        {entries.map((entry) => {
          const isCurrent = entry.block === current;
          return (
            <li key={entry.block} className={`outline-entry level-${Math.min(entry.level, MAX_HEADING_LEVEL)}${isCurrent ? ' current' : ''}`}>
              <button
                type="button"
                className="quiet"
                title={entry.text}
                aria-current={isCurrent ? 'location' : undefined}
                onClick={() => onSelect(entry.block)}
              >
                {entry.text}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
