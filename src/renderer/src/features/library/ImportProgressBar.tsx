/** The running import: a progress bar, which file of how many, and 取消. */
import { useI18n } from '../../i18n/i18n';
import type { ImportProgress } from './import-reports';

export function ImportProgressBar({ progress, onCancel }: { progress: ImportProgress; onCancel(): void }) {
  const { t } = useI18n();
  const { done, total, current } = progress;
  return (
    <div className="import-progress">
      <progress aria-label={t('import.progress')} value={done} max={total} />
      <span className="import-progress-text" title={current ?? undefined}>
        {current === null ? t('import.working') : t('import.progressText', { current: Math.min(done + 1, total), total, name: current })}
      </span>
      <button type="button" title={t('import.cancelTitle')} onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </div>
  );
}
