/** @vitest-environment happy-dom */

import type { CommerceParameters } from '@kassa/contracts';
import type { ApiClient } from '@kassa/web-kit/api/api-client.ts';
import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import { sessionStore } from '@kassa/web-kit/session/session-store.ts';
import { descriptionOf } from '@kassa/web-kit/testing/description-of.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommerceParametersForm } from '../../src/features/commerce-parameters/commerce-parameters-form.tsx';
import { BACK_OFFICE_TRANSLATIONS } from '../../src/i18n/translations.ts';
import { ServicesProvider } from '../../src/services.tsx';

afterEach(cleanup);

const SAVED: CommerceParameters = {
  defaultDepositPercent: 10,
  cancellationChargePercent: 5,
  cancellationChargeCode: 'CANC',
  shippingChargeCode: 'SHIP',
  refundShippingCharges: true,
  maxShippingRefundWithoutApproval: 1000,
  quoteExpirationDays: 14,
  pickupModeOfDelivery: 'PICKUP',
  carryOutModeOfDelivery: 'CARRYOUT',
};

function renderForm(put: ApiClient['put'], language: 'en' | 'nl' = 'en') {
  const api: ApiClient = {
    get: vi.fn(),
    getText: vi.fn(),
    post: vi.fn(),
    put,
    delete: vi.fn(),
  };
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={createI18n(language, BACK_OFFICE_TRANSLATIONS)}>
        <ServicesProvider services={{ api, session: sessionStore(sessionStorage, 'test.session') }}>
          <CommerceParametersForm
            saved={SAVED}
            chargeCodes={[
              { code: 'CANC', description: 'Cancellation', vatRate: 21 },
              { code: 'SHIP', description: 'Shipping', vatRate: 21 },
            ]}
            modesOfDelivery={[
              { code: 'PICKUP', name: 'Pick up in store', kind: 'pickup' },
              { code: 'CARRYOUT', name: 'Carry out', kind: 'carryOut' },
              { code: 'POSTNL', name: 'PostNL', kind: 'shipping' },
            ]}
          />
        </ServicesProvider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
}

describe('R-PAR-1: the Commerce parameters form', () => {
  it('saves the parameters as HQ takes them: percentages as numbers, the amount in cents', async () => {
    const put = vi.fn(async (_path: string, body: unknown) => body) as unknown as ApiClient['put'];
    renderForm(put);
    const user = userEvent.setup();
    const deposit = screen.getByLabelText('Default deposit percentage');
    await user.clear(deposit);
    await user.type(deposit, '12,5');
    const amount = screen.getByLabelText('Maximum amount without approval (€)');
    await user.clear(amount);
    await user.type(amount, '7.5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(put).toHaveBeenCalledExactlyOnceWith('/commerce-parameters', {
      ...SAVED,
      defaultDepositPercent: 12.5,
      maxShippingRefundWithoutApproval: 750,
    });
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Saved at HQ, which decides its orders with them from now on. The stores get them when job 1070 runs; until then, orders a store makes on its own use the old ones.',
    );
    expect((deposit as HTMLInputElement).value).toBe('12.5');
  });

  it("shows every field HQ refuses at that field, in the user's language, and sends nothing it can tell is wrong", async () => {
    const put = vi.fn(async () => {
      throw new ApiError(422, {
        code: 'INVALID_PARAMETER',
        message: 'two fields are wrong',
        field: 'cancellationChargeCode',
        details: {
          cancellationChargeCode: 'cancellationChargeCode must be an existing charge code',
          carryOutModeOfDelivery: 'carryOutModeOfDelivery must differ from the pickup mode of delivery',
        },
      });
    }) as unknown as ApiClient['put'];
    renderForm(put, 'nl');
    const user = userEvent.setup();
    const days = screen.getByLabelText('Geldigheid offerte (dagen)');
    await user.clear(days);
    await user.type(days, 'twee');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(put).not.toHaveBeenCalled();
    expect(descriptionOf(days)).toBe('Vul een heel aantal dagen in, van 0 tot 3650.');

    await user.clear(days);
    await user.type(days, '14');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(put).toHaveBeenCalledOnce();
    expect(descriptionOf(await screen.findByLabelText('Toeslagcode annuleringskosten'))).toBe(
      'Kies een bestaande toeslagcode.',
    );
    expect(descriptionOf(screen.getByLabelText('Leveringswijze meenemen'))).toBe(
      'Kies een bestaande leveringswijze voor meenemen, een andere dan die voor afhalen.',
    );
    expect(screen.getByLabelText('Toeslagcode verzendkosten').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
