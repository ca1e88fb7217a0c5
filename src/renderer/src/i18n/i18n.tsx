/**
 * The interface language: Simplified Chinese by default, English on demand,
 * remembered in localStorage (a preference, not library data).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { platform } from '../platform';
import { errorMessage, format, messages, type Locale, type MessageKey } from './messages';

const STORAGE_KEY = 'report-reader.locale';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** The words for a failure code (see errorKey), placeholders filled. */
  error(code: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    platform.setLocale(locale).catch((error: unknown) => console.warn('The host did not take the interface language:', error));
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, values) => format(messages[locale][key], values), error: (code) => errorMessage(locale, code) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its translate function. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new RangeError('useI18n must be used inside an I18nProvider');
  return value;
}
