/**
 * Why a codebook change did not happen, in the interface's words, shown where
 * it was asked for and read out at once (role="alert"); the analyst can
 * dismiss it, and the next change that succeeds clears it.
 */
import { useI18n } from '../../i18n/i18n';
import type { CodebookErrorText } from './codebook-error';

/** The alert for `text`; `onDismiss` closes it. */
export function CodebookAlert({ text, onDismiss }: { text: CodebookErrorText; onDismiss(): void }) {
  const { t } = useI18n();
  return (
    <div className="codebook-alert" role="alert">
      <span>{t(text.key, text.values)}</span>
      <button type="button" className="quiet" aria-label={t('themes.dismiss')} title={t('themes.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

