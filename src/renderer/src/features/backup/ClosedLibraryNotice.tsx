/**
 * What the app shows instead of itself when the library belongs to a newer
 * version of the app in a form this one cannot read (db/library-access):
 * why nothing is shown, that nothing was changed, and what to do.
 */
import { useI18n } from '../../i18n/i18n';

export function ClosedLibraryNotice({ version }: { version: number }) {
  const { t, locale, setLocale } = useI18n();
  return (
    <main className="closed-library">
      <h1>{t('app.title')}</h1>
      <p role="alert">{t('storage.closed', { version })}</p>
      <button type="button" className="quiet" aria-label={t('app.languageLabel')} onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}>
        {t('app.language')}
      </button>
    </main>
  );
}
