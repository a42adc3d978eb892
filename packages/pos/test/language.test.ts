import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { errorText } from '@kassa/web-kit/i18n/error-text.ts';
import { chosenLanguage, createI18n } from '@kassa/web-kit/i18n/languages.ts';
import { describe, expect, it } from 'vitest';
import { orderCreationWithoutHq } from '../src/features/shell/order-creation-without-hq.ts';
import { POS_TRANSLATIONS } from '../src/i18n/translations.ts';

function storage(saved: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(saved));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe("the POS speaks the associate's language", () => {
  it("takes the language chosen on the register before, else the browser's first it knows, else English", () => {
    expect(chosenLanguage(storage({ 'kassa.language': 'nl' }), ['en-GB'])).toBe('nl');
    expect(chosenLanguage(storage({ 'kassa.language': 'fr' }), ['fr-FR', 'nl-BE', 'en'])).toBe('nl');
    expect(chosenLanguage(storage(), ['de-DE'])).toBe('en');
  });

  it("translates a server error by its code and field, with its details; an unknown code keeps the server's words", () => {
    const { t } = createI18n('nl', POS_TRANSLATIONS);
    const error = (
      code: string,
      message: string,
      extra: { field?: string; details?: Record<string, number> } = {},
    ) => errorText(t, new ApiError(400, { code, message, ...extra }));
    expect(error('UNAUTHORIZED', 'wrong staff id or password (R-SEC-1)', { field: 'password' })).toBe(
      'Onjuist personeelsnummer of wachtwoord.',
    );
    expect(error('UNAUTHORIZED', 'the session expired', { field: 'authorization' })).toBe(
      'Je sessie is beëindigd. Meld je opnieuw aan.',
    );
    expect(
      error('TOO_MANY_ATTEMPTS', '5 wrong passwords', { field: 'password', details: { minutes: 5 } }),
    ).toBe(
      'Te vaak een onjuist wachtwoord voor dit personeelsnummer. Wacht 5 minuten en probeer het opnieuw.',
    );
    expect(error('SOMETHING_NEW', 'something the POS has no words for yet (R-DEP-3)')).toBe(
      'something the POS has no words for yet (R-DEP-3)',
    );
    // A field with dots and brackets picks its translation as well.
    expect(
      error('FORBIDDEN', 'a manager override by another staff member', { field: 'managerOverride.staffId' }),
    ).toBe('Een manager keurt goed met een ander personeelsnummer dan dat van wie is aangemeld.');
    expect(error('FORBIDDEN', 'no permission', { field: 'changes[0].amount' })).toBe(
      'Dit mag je niet doen; een manager wel.',
    );
  });
});

describe('what the banner says of orders while HQ cannot be reached (R-PRO-2, R-PRO-3, R-ASY-1)', () => {
  it.each([
    [{ createCustomerOrderInAsyncMode: true, fallbackToAsyncWhenHqUnreachable: false }, 'ordersAlwaysAsync'],
    [{ createCustomerOrderInAsyncMode: true, fallbackToAsyncWhenHqUnreachable: true }, 'ordersAlwaysAsync'],
    [{ createCustomerOrderInAsyncMode: false, fallbackToAsyncWhenHqUnreachable: true }, 'ordersFallBack'],
    [{ createCustomerOrderInAsyncMode: false, fallbackToAsyncWhenHqUnreachable: false }, 'ordersWait'],
    [null, 'ordersWait'],
  ] as const)('profile %o: %s', (profile, message) => {
    expect(orderCreationWithoutHq(profile)).toBe(message);
  });
});
