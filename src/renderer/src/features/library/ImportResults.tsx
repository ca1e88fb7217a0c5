/** The result list of the last import: one line per file, failures explained. */
import { errorKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/i18n';
import type { ImportOutcome } from './import-outcome';

export function ImportResults({ outcomes, onDismiss }: { outcomes: ImportOutcome[]; onDismiss(): void }) {
  const { t } = useI18n();
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return (
    <section className="import-results" role="status" aria-live="polite" aria-label={t('import.results')}>
      <header>
        <strong>{t('import.summary', { imported: count('imported'), duplicate: count('duplicate'), failed: count('failed') })}</strong>
        <button type="button" className="quiet" onClick={onDismiss}>
          {t('import.dismiss')}
        </button>
      </header>
      <ul>
        {outcomes.map((o, i) => (
          <li key={`${o.name}-${i}`} className={`outcome outcome-${o.status}`}>
            <span className="outcome-name">{o.name || '—'}</span>
            <span className="outcome-status">
              {o.status === 'failed'
                ? t('import.failed', { reason: t(errorKey(o.failure.code)) })
                : `${t(o.status === 'imported' ? 'import.imported' : 'import.duplicate')}${o.titles.length > 1 ? `（${o.titles.length}）` : ''}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
