import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FIELDS,
  isSearching,
  ORDER_STATUSES,
  type OrderSearch,
  PRESETS,
  queryOf,
  SEARCH_FIELDS,
  searchOf,
} from '../src/orders/order-search.ts';

describe('R-FND-1: a search for orders kept in the address, so Back and a reload show it again', () => {
  it('keeps only what was given, trimmed, with the preset and the page', () => {
    const search: OrderSearch = {
      fields: { ...EMPTY_FIELDS, customer: '  anna de ', createdFrom: '2026-11-01' },
      preset: 'toPickUpHere',
      after: 'abc',
    };
    expect(queryOf(search).toString()).toBe(
      'customer=anna+de&createdFrom=2026-11-01&preset=toPickUpHere&after=abc',
    );
  });

  it('keeps the store and the status among the other filters, in a fixed order', () => {
    const search: OrderSearch = {
      fields: { ...EMPTY_FIELDS, status: 'open', deliveryTo: '2026-12-01', storeId: 'S01', number: 'SO-1' },
      preset: undefined,
      after: undefined,
    };
    const query = queryOf(search).toString();
    expect(query).toBe('number=SO-1&storeId=S01&status=open&deliveryTo=2026-12-01');
    expect(searchOf(new URLSearchParams(query))).toEqual(search);
  });

  it('reads back every search it wrote', () => {
    const text = fc.string({ maxLength: 20 }).map((value) => value.trim());
    // The status is chosen from a list; one the list does not hold is not read back (below).
    const status = fc.constantFrom('', ...ORDER_STATUSES);
    fc.assert(
      fc.property(
        fc.record({
          ...(Object.fromEntries(SEARCH_FIELDS.map((field) => [field, text])) as Record<
            (typeof SEARCH_FIELDS)[number],
            fc.Arbitrary<string>
          >),
          status,
        }),
        fc.option(fc.constantFrom(...PRESETS), { nil: undefined }),
        fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }),
        (fields, preset, after) => {
          const search: OrderSearch = { fields, preset, after };
          expect(searchOf(new URLSearchParams(queryOf(search).toString()))).toEqual(search);
        },
      ),
    );
  });

  it('ignores a preset or a status it does not know, and searches only when something is asked', () => {
    const search = searchOf(new URLSearchParams('preset=everything&status=lost'));
    expect(search.preset).toBeUndefined();
    expect(search.fields.status).toBe('');
    expect(isSearching(search)).toBe(false);
    expect(isSearching(searchOf(new URLSearchParams('storeId=S02')))).toBe(true);
    expect(isSearching(searchOf(new URLSearchParams('status=cancelled')))).toBe(true);
    expect(isSearching(searchOf(new URLSearchParams('number=%20')))).toBe(false);
    expect(isSearching(searchOf(new URLSearchParams('preset=toShip')))).toBe(true);
    expect(isSearching(searchOf(new URLSearchParams('number=SO-000001')))).toBe(true);
  });
});
