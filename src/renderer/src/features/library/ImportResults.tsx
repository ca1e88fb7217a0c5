/**
 * The result list of the last import: one line per file (imported, already
 * in the library, a project or codebook taken in, failed with the reason in
 * words, or cancelled), with what
 * a compilation was missing and which reports came in incomplete.
 */
import { useI18n, type I18n } from '../../i18n/i18n';
import type { ImportOutcome } from './import-outcome';
import { visibleFileName } from './visible-file-name';

/** The words for one file's outcome; the failure's technical detail goes to the tooltip. */
function describe(o: ImportOutcome, { t, error }: I18n): { text: string; detail?: string } {
  switch (o.status) {
    case 'failed':
      return { text: t('import.failed', { reason: error(o.failure.code) }), detail: o.failure.detail };
    case 'cancelled':
      return { text: t('import.cancelled') };
    case 'duplicate':
      return { text: o.titles.length > 1 ? t('import.duplicateMany', { count: o.titles.length }) : t('import.duplicate') };
    case 'project': {
      const parts = [t('import.project', { reports: o.reportIds.length, themes: o.themes.added, merged: o.themes.merged, highlights: o.highlights.added })];
      if (o.duplicates > 0) parts.push(t('import.projectDuplicates', { count: o.duplicates }));
      if (o.highlights.skipped > 0) parts.push(t('import.projectSkipped', { count: o.highlights.skipped }));
      return { text: parts.join(t('import.separator')) };
    }
    case 'imported': {
      const parts = [o.titles.length > 1 ? t('import.importedMany', { count: o.titles.length }) : t('import.imported')];
      if (o.missing.length > 0) parts.push(t('import.missing', { count: o.missing.length }));
      if (o.incomplete > 0) parts.push(o.titles.length > 1 ? t('import.incompleteMany', { count: o.incomplete }) : t('import.incomplete'));
      return { text: parts.join(t('import.separator')), ...(o.missing.length > 0 ? { detail: o.missing.join('\n') } : {}) };
    }
  }
}

export function ImportResults({ outcomes, onDismiss }: { outcomes: ImportOutcome[]; onDismiss(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const files = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status);
  const reports = (status: 'imported' | 'duplicate') => files(status).reduce((n, o) => n + ('titles' in o ? o.titles.length : 0), 0);
  const fromProjects = files('project').reduce((n, o) => n + ('reportIds' in o ? o.reportIds.length : 0), 0);
  const counts = { imported: reports('imported') + fromProjects, duplicate: reports('duplicate'), failed: files('failed').length, cancelled: files('cancelled').length };
  return (
    <section className="import-results" role="status" aria-live="polite" aria-label={t('import.results')}>
      <header>
        <strong>{t(counts.cancelled > 0 ? 'import.summaryCancelled' : 'import.summary', counts)}</strong>
        <button type="button" className="quiet" onClick={onDismiss}>
          {t('import.dismiss')}
        </button>
      </header>
      <ul>
        {outcomes.map((o, i) => {
          const { text, detail } = describe(o, i18n);
          return (
            <li key={`${o.name}-${i}`} className={`outcome outcome-${o.status}`}>
              <span className="outcome-name" title={visibleFileName(o.name)}>
                {visibleFileName(o.name) || '—'}
              </span>
              <span className="outcome-status" title={detail}>
                {text}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
