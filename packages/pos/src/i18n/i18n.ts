import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

const STORAGE_KEY = 'kassa.language';

/** English and Dutch, every string in both (a unit test holds their keys equal). */
export function createI18n(language: Language): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, nl: { translation: nl } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** The language chosen on this register before; until one is, the browser's preference, else English. */
export function chosenLanguage(storage: Storage, preferred: readonly string[]): Language {
  const saved = storage.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  return preferred.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage) ?? 'en';
}

/**
 * Keeps the language chosen on this register (a register is a device at a counter; the next associate
 * mostly speaks the same language) and the page's `lang` with it, for screen readers and hyphenation.
 */
export function rememberLanguage(instance: i18n, storage: Storage, page: HTMLElement): void {
  page.lang = instance.language;
  instance.on('languageChanged', (language) => {
    storage.setItem(STORAGE_KEY, language);
    page.lang = language;
  });
}
