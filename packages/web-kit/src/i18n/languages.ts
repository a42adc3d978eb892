import { createInstance, type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ORDERS_NAMESPACE, ORDERS_TEXTS } from '../orders/orders-text.ts';

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

const STORAGE_KEY = 'kassa.language';

/** An app's texts in each language; each app's unit test holds the keys of both equal. */
export type Translations = Record<Language, Resource[string]['translation']>;

/**
 * The app's i18next, in `language`, with English for a text the other language lacks. Besides the app's
 * own texts (the default namespace) it holds those of the components web-kit shares between the apps.
 */
export function createI18n(language: Language, translations: Translations): i18n {
  const instance = createInstance();
  const resourcesIn = (lang: Language) => ({
    translation: translations[lang],
    [ORDERS_NAMESPACE]: ORDERS_TEXTS[lang],
  });
  void instance.use(initReactI18next).init({
    resources: { en: resourcesIn('en'), nl: resourcesIn('nl') },
    ns: ['translation', ORDERS_NAMESPACE],
    defaultNS: 'translation',
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** The language chosen on this device before; until one is, the browser's preference, else English. */
export function chosenLanguage(storage: Storage, preferred: readonly string[]): Language {
  const saved = storage.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  return preferred.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage) ?? 'en';
}

/**
 * Keeps the language chosen on this device (a register at a counter, a desk at head office: the next
 * person there mostly speaks the same language) and the page's `lang` with it, for screen readers and hyphenation.
 */
export function rememberLanguage(instance: i18n, storage: Storage, page: HTMLElement): void {
  page.lang = instance.language;
  instance.on('languageChanged', (language) => {
    storage.setItem(STORAGE_KEY, language);
    page.lang = language;
  });
}
