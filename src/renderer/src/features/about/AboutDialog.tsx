/** What the app is, its version, and where the analyst's data lives. */
import { useI18n } from '../../i18n/i18n';
import { useModalDialog } from '../../lib/use-modal-dialog';
import { platform } from '../../platform';

export function AboutDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const dialog = useModalDialog();
  return (
    <dialog ref={dialog} className="confirm about" aria-labelledby="about-title" onCancel={onClose}>
      <h2 id="about-title">{t('app.title')}</h2>
      <p className="about-version">{t('about.version', { version: __APP_VERSION__ })}</p>
      <p>{t('about.purpose')}</p>
      <p>{t(platform.kind === 'desktop' ? 'about.data.desktop' : 'about.data.browser')}</p>
      <div className="actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('about.close')}
        </button>
      </div>
    </dialog>
  );
}
