/** @vitest-environment happy-dom */

import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/api/api-error.ts';
import { createI18n } from '../../src/i18n/languages.ts';
import { FindOrdersForm } from '../../src/orders/find-orders-form.tsx';
import { EMPTY_FIELDS, type OrderSearch } from '../../src/orders/order-search.ts';

afterEach(cleanup);

const NOTHING: OrderSearch = { fields: EMPTY_FIELDS, preset: undefined, after: undefined };

const STORES = [
  { id: 'S01', name: 'Amsterdam' },
  { id: 'S02', name: 'Utrecht' },
];

function renderForm({
  scope,
  error = null,
  language = 'en',
  initial = NOTHING,
  stores,
}: {
  scope?: 'store' | 'company';
  error?: ApiError | null;
  language?: 'en' | 'nl';
  initial?: OrderSearch;
  stores?: readonly { id: string; name: string }[];
}) {
  const onSearch = vi.fn();
  const app = { en: { errors: { VALIDATION_FAILED: 'Check this entry.' } }, nl: { errors: {} } };
  render(
    <I18nextProvider i18n={createI18n(language, app)}>
      <FindOrdersForm
        initial={initial}
        error={error}
        onSearch={onSearch}
        {...(scope ? { scope } : {})}
        stores={stores}
      />
    </I18nextProvider>,
  );
  return onSearch;
}

const presetNames = () =>
  screen.getAllByRole('button', { pressed: false }).map((button) => button.textContent);

const optionsOf = (label: string) =>
  Array.from((screen.getByLabelText(label) as HTMLSelectElement).options).map((option) => [
    option.value,
    option.textContent,
  ]);

describe('R-FND-1: the search form the POS and the back office share', () => {
  it('at a store, offers what is to pick up *here*; at head office, what is to pick up anywhere', () => {
    renderForm({});
    expect(presetNames()).toEqual(['To pick up here', 'To ship', 'To fulfil']);
    cleanup();
    renderForm({ scope: 'company' });
    expect(presetNames()).toEqual(['To pick up', 'To ship', 'To fulfil']);
  });

  it('searches at once by a preset, with what was typed, from the first page', async () => {
    const onSearch = renderForm({ scope: 'company' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Order number'), 'SO-000123');
    await user.click(screen.getByRole('button', { name: 'To ship' }));
    expect(onSearch).toHaveBeenCalledExactlyOnceWith({
      fields: { ...EMPTY_FIELDS, number: 'SO-000123' },
      preset: 'toShip',
      after: undefined,
    });
  });

  it('shows a refusal naming a field at that field, and is in Dutch when the app is', () => {
    renderForm({
      language: 'nl',
      scope: 'company',
      error: new ApiError(400, {
        code: 'VALIDATION_FAILED',
        message: 'createdFrom is not a date',
        field: 'createdFrom',
        details: {},
      }),
    });
    const createdFrom = screen.getByLabelText('Aangemaakt vanaf');
    expect(createdFrom.getAttribute('aria-invalid')).toBe('true');
    expect(presetNames()).toEqual(['Af te halen', 'Te verzenden', 'Uit te leveren']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('finds by the store and the status chosen, any by default, with what was typed', async () => {
    const onSearch = renderForm({ scope: 'company', stores: STORES });
    expect(optionsOf('Store')).toEqual([
      ['', 'Any store'],
      ['S01', 'S01 Amsterdam'],
      ['S02', 'S02 Utrecht'],
    ]);
    expect(optionsOf('Status')).toEqual([
      ['', 'Any status'],
      ['quote', 'Quote'],
      ['open', 'Open'],
      ['processing', 'Processing'],
      ['partiallyDelivered', 'Partly delivered'],
      ['delivered', 'Delivered'],
      ['cancelled', 'Cancelled'],
    ]);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Store'), 'S01');
    await user.selectOptions(screen.getByLabelText('Status'), 'partiallyDelivered');
    await user.type(screen.getByLabelText('Customer (name, number, e-mail, phone)'), 'anna');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(onSearch).toHaveBeenCalledExactlyOnceWith({
      fields: { ...EMPTY_FIELDS, storeId: 'S01', status: 'partiallyDelivered', customer: 'anna' },
      preset: undefined,
      after: undefined,
    });
  });

  it('starts from the store and status in the address, even before the stores are listed, in Dutch', () => {
    renderForm({
      language: 'nl',
      initial: {
        fields: { ...EMPTY_FIELDS, storeId: 'S02', status: 'cancelled' },
        preset: undefined,
        after: undefined,
      },
    });
    expect(optionsOf('Winkel')).toEqual([
      ['', 'Alle winkels'],
      ['S02', 'S02'],
    ]);
    expect((screen.getByLabelText('Winkel') as HTMLSelectElement).value).toBe('S02');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('cancelled');
    expect(optionsOf('Status').map(([, label]) => label)).toEqual([
      'Alle statussen',
      'Offerte',
      'Open',
      'In behandeling',
      'Deels geleverd',
      'Geleverd',
      'Geannuleerd',
    ]);
  });

  it('shows a refusal of the store at the store, and Clear lets go of the store and the status', async () => {
    const onSearch = renderForm({
      stores: STORES,
      initial: {
        fields: { ...EMPTY_FIELDS, storeId: 'S01', status: 'open' },
        preset: undefined,
        after: undefined,
      },
      error: new ApiError(400, {
        code: 'VALIDATION_FAILED',
        message: 'storeId is not a code',
        field: 'storeId',
        details: {},
      }),
    });
    expect(screen.getByLabelText('Store').getAttribute('aria-invalid')).toBe('true');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear' }));
    expect((screen.getByLabelText('Store') as HTMLSelectElement).value).toBe('');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('');
    expect(onSearch).toHaveBeenCalledExactlyOnceWith({
      fields: EMPTY_FIELDS,
      preset: undefined,
      after: undefined,
    });
  });
});
