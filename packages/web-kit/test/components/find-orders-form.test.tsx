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

function renderForm({
  scope,
  error = null,
  language = 'en',
}: {
  scope?: 'store' | 'company';
  error?: ApiError | null;
  language?: 'en' | 'nl';
}) {
  const onSearch = vi.fn();
  const app = { en: { errors: { VALIDATION_FAILED: 'Check this entry.' } }, nl: { errors: {} } };
  render(
    <I18nextProvider i18n={createI18n(language, app)}>
      <FindOrdersForm initial={NOTHING} error={error} onSearch={onSearch} {...(scope ? { scope } : {})} />
    </I18nextProvider>,
  );
  return onSearch;
}

const presetNames = () =>
  screen.getAllByRole('button', { pressed: false }).map((button) => button.textContent);

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
});
