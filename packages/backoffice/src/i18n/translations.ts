import type { Translations } from '@kassa/web-kit/i18n/languages.ts';
import en from './en.json';
import nl from './nl.json';

/** The back office's texts: English and Dutch, every string in both (translations.test.ts holds their keys equal). */
export const BACK_OFFICE_TRANSLATIONS: Translations = { en, nl };
