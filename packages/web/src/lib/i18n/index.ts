import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import zhCN from './locales/zh-CN.json';

/** The languages of the app; English source strings are the keys (extracted by `npm run i18n:extract`). */
export const LANGUAGES = ['zh-CN', 'en'] as const;

/** A language of the app. */
export type TLanguage = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'mot.language';

/** The remembered language, else the browser's (Chinese browsers get Chinese), else English. */
function initialLanguage(): TLanguage {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (stored === 'zh-CN' || stored === 'en') return stored;
  return window.navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * English is the keys themselves (locales/en.json maps each key to itself, for the tools and translators):
 * built from the Chinese file's keys rather than shipped a second time in the shell's bundle.
 */
const en: Record<string, string> = Object.fromEntries(Object.keys(zhCN).map((key) => [key, key]));

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  // Keys are English sentences: dots and colons in them are not separators.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnEmptyString: false,
});
document.documentElement.lang = i18n.language;

/** The current language and a setter that remembers the choice. */
export function useLanguage(): { language: TLanguage; setLanguage: (language: TLanguage) => void } {
  const { i18n: instance } = useTranslation();
  const language: TLanguage = instance.language === 'zh-CN' ? 'zh-CN' : 'en';
  return {
    language,
    setLanguage: (next) => {
      window.localStorage.setItem(STORAGE_KEY, next);
      document.documentElement.lang = next;
      void instance.changeLanguage(next);
    },
  };
}

export { i18n };
