import { useTranslation } from 'react-i18next';
import type { Translations } from '../i18n/languages.ts';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

/**
 * The i18next namespace of what the POS and the back office both show of orders (Find an order, an order's
 * details). Web-kit owns these texts and every app's i18next loads them (createI18n), so the shared
 * components read the same words in both apps and neither app keeps a copy.
 */
export const ORDERS_NAMESPACE = 'orders';

/** The orders texts in English and Dutch (orders-texts.test.ts holds their keys equal). */
export const ORDERS_TEXTS: Translations = { en, nl };

/** Every key of a nested texts object, as i18next reads it (`find.heading`). */
type KeysOf<Texts, Prefix extends string = ''> = {
  [Key in keyof Texts & string]: Texts[Key] extends string
    ? `${Prefix}${Key}`
    : KeysOf<Texts[Key], `${Prefix}${Key}.`>;
}[keyof Texts & string];

/** A key of the orders texts: one missing from en.json fails to compile, in web-kit and in each app. */
export type OrdersKey = KeysOf<typeof en>;

export type OrdersText = (key: OrdersKey, values?: Record<string, unknown>) => string;

/**
 * The orders texts in the user's language, following a switch. Typed against web-kit's own en.json, so
 * the components type-check the same way whichever app's i18next types are in force.
 */
export function useOrdersText(): OrdersText {
  const { t } = useTranslation();
  // The apps type `t` against their own namespace; this one is checked by OrdersKey instead.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return (key, values) => translate(key, { ...values, ns: ORDERS_NAMESPACE });
}
