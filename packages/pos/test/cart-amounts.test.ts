import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { describe, expect, it } from 'vitest';
import { changeField } from '../src/features/cart/change-field.ts';
import { moneyInput, parseMoney, vatIn } from '../src/features/cart/money.ts';
import { vatPerRate } from '../src/features/cart/vat-per-rate.ts';

describe('amounts typed at the cart (R-MON-1)', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12,50', 1250],
    [' 0.07 ', 7],
    ['0', 0],
    ['199.99', 19999],
  ])('R-MON-1 "%s" is %i cents', (typed, cents) => {
    expect(parseMoney(typed)).toBe(cents);
  });

  it.each(['', '12.345', '-1', '1e3', '12,5,0', 'twelve', '1.234,56'])(
    'R-MON-1 "%s" is no amount',
    (typed) => {
      expect(parseMoney(typed)).toBeUndefined();
    },
  );

  it('R-MON-1 prefills cents as they are typed back', () => {
    expect(moneyInput(3364)).toBe('33.64');
    expect(moneyInput(5)).toBe('0.05');
    expect(parseMoney(moneyInput(17999))).toBe(17999);
  });
});

describe('VAT in the cart (R-MON-4)', () => {
  it('R-MON-2, R-MON-4 the VAT in a gross amount, half away from zero', () => {
    expect(vatIn(4990, 21)).toBe(866);
    expect(vatIn(1295, 9)).toBe(107);
    expect(vatIn(0, 21)).toBe(0);
    // 121 × 21 / 121 = 21 exactly; 605 × 21 / 121 = 105 exactly.
    expect(vatIn(121, 21)).toBe(21);
    expect(vatIn(605, 21)).toBe(105);
  });

  it('R-MON-4 per rate on the summed gross of the rate, highest rate first, not line by line', () => {
    // Line by line: 2 × round(1 × 21 / 121) = 0; on the sum: round(2 × 21 / 121) = 0; on 3: round(0.52) = 1.
    expect(
      vatPerRate([
        { amount: 1, vatRate: 21 },
        { amount: 1, vatRate: 21 },
        { amount: 1, vatRate: 21 },
        { amount: 1295, vatRate: 9 },
      ]),
    ).toEqual([
      { rate: 21, vat: 1 },
      { rate: 9, vat: 107 },
    ]);
    expect(vatPerRate([])).toEqual([]);
  });
});

describe('where a refused cart change is shown', () => {
  const refused = (field?: string) =>
    new ApiError(404, { code: 'NOT_FOUND', message: 'no such thing', ...(field ? { field } : {}) });

  it('names the input of the form that sent the change, after the index of the change', () => {
    expect(changeField(refused('changes[0].sku'))).toBe('sku');
    expect(changeField(refused('changes[3].delivery.storeId'))).toBe('delivery.storeId');
    expect(changeField(refused('changes[0].card.number'))).toBe('card.number');
    expect(changeField(refused('managerOverride'))).toBe('managerOverride');
    expect(changeField(refused())).toBeUndefined();
    expect(changeField(null)).toBeUndefined();
  });
});
