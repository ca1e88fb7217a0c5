/** The outline (目录) of the open report: its headings, indented by level; a click scrolls to one. */
import { useI18n } from '../../i18n/i18n';
import { MAX_HEADING_LEVEL } from './report-schema';
import type { OutlineHeading } from '../../../../core/report/report';

export function Outline({ entries, onSelect }: { entries: readonly OutlineHeading[]; onSelect(block: number): void }) {
  const { t } = useI18n();
  return (
    <nav className="outline" aria-label={t('reader.outline')}>
      <ol>
        {entries.map((entry) => (
          <li key={entry.block} className={`outline-entry level-${Math.min(entry.level, MAX_HEADING_LEVEL)}`}>
            <button type="button" className="quiet" title={entry.text} onClick={() => onSelect(entry.block)}>
              {entry.text}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
