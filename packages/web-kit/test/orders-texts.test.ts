import { describe, expect, it } from 'vitest';
import { createI18n } from '../src/i18n/languages.ts';
import { translationProblems } from '../src/i18n/translation-keys.ts';
import en from '../src/orders/i18n/en.json';
import nl from '../src/orders/i18n/nl.json';
import { ORDERS_NAMESPACE } from '../src/orders/orders-text.ts';

describe('the orders texts web-kit shares between the POS and the back office', () => {
  it('are in English and Dutch, with the same keys, none empty, naming the same values', () => {
    expect(translationProblems(en, nl)).toEqual([]);
  });

  it('are loaded by every app’s i18next, beside the app’s own texts, in the app’s language', () => {
    const i18n = createI18n('nl', { en: { own: 'Own' }, nl: { own: 'Eigen' } });
    expect(i18n.t('own')).toBe('Eigen');
    expect(i18n.t('find.heading', { ns: ORDERS_NAMESPACE })).toBe('Order zoeken');
    expect(i18n.t('details.heading', { ns: ORDERS_NAMESPACE, number: 'SO-1' })).toBe('Order SO-1');
  });
});
