import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

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
 * i18next answers a key it has no message for with the key, interpolated, so English ships no messages.
 * The Chinese messages are a chunk of their own, loaded before the first render when Chinese is the
 * language and on switching to it, so the shell's bundle does not grow with every message.
 */
async function loadMessages(language: TLanguage): Promise<void> {
  if (language !== 'zh-CN' || i18n.hasResourceBundle('zh-CN', 'translation')) return;
  const { default: zhCN } = await import('./locales/zh-CN.json');
  i18n.addResourceBundle('zh-CN', 'translation', zhCN);
}

const language = initialLanguage();

/** Resolves when the messages of the first language are there: render after it. */
export const i18nReady: Promise<void> = Promise.all([
  i18n.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: 'en',
    // Keys are English sentences: dots and colons in them are not separators.
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  }),
  loadMessages(language),
]).then(() => {
  document.documentElement.lang = i18n.language;
});

/** The current language and a setter that remembers the choice. */
export function useLanguage(): { language: TLanguage; setLanguage: (language: TLanguage) => void } {
  const { i18n: instance } = useTranslation();
  const language: TLanguage = instance.language === 'zh-CN' ? 'zh-CN' : 'en';
  return {
    language,
    setLanguage: (next) => {
      window.localStorage.setItem(STORAGE_KEY, next);
      document.documentElement.lang = next;
      void loadMessages(next).then(() => instance.changeLanguage(next));
    },
  };
}

export { i18n };
