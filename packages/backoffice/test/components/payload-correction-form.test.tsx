import type { StagedTransaction } from '@kassa/contracts';
/** @vitest-environment happy-dom */

import type { ApiClient } from '@kassa/web-kit/api/api-client.ts';
import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import { sessionStore } from '@kassa/web-kit/session/session-store.ts';
import { descriptionOf } from '@kassa/web-kit/testing/description-of.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PayloadCorrectionForm } from '../../src/features/staged-transactions/payload-correction-form.tsx';
import { BACK_OFFICE_TRANSLATIONS } from '../../src/i18n/translations.ts';
import { ServicesProvider } from '../../src/services.tsx';

afterEach(cleanup);

const PAYLOAD = {
  actor: { staffId: 'S01-cashier', registerId: 'R1', permissions: ['createOrder'] },
  type: 'customerOrder',
  customerNumber: 'C-9999',
  lines: [{ sku: 'TENT-2P', quantity: 1, delivery: { kind: 'pickup', storeId: 'S01', date: '2026-11-30' } }],
  payments: [{ method: 'cash', amount: 2000 }],
  orderId: 'S01-ORDER-1',
  confirmationNumber: 'S01-R1-000001',
  createdAt: '2026-11-27T09:30:00.000Z',
} as const;

const EDITING: StagedTransaction = {
  transactionId: 'S01-TX-1',
  storeId: 'S01',
  sequence: 1,
  kind: 'createOrder',
  orderId: PAYLOAD.orderId,
  confirmationNumber: PAYLOAD.confirmationNumber,
  status: 'editing',
  reason: 'UNKNOWN_CUSTOMER: customer C-9999 does not exist',
  salesOrderId: null,
  payload: PAYLOAD as unknown as StagedTransaction['payload'],
  stagedAt: '2026-11-27T09:31:00.000Z',
  updatedAt: '2026-11-27T09:40:00.000Z',
};

function renderForm(put: ApiClient['put'], language: 'en' | 'nl' = 'en') {
  const api: ApiClient = { get: vi.fn(), getText: vi.fn(), post: vi.fn(), put, delete: vi.fn() };
  const onSaved = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={createI18n(language, BACK_OFFICE_TRANSLATIONS)}>
        <ServicesProvider services={{ api, session: sessionStore(sessionStorage, 'test.session') }}>
          <PayloadCorrectionForm transaction={EDITING} onSaved={onSaved} />
        </ServicesProvider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { onSaved };
}

const payloadField = () => screen.getByLabelText('What the store sent, corrected (JSON)');
/** Replaces the payload's text at once (typing JSON's braces through userEvent needs escaping). */
const typePayload = (text: string) => fireEvent.change(payloadField(), { target: { value: text } });

describe('R-ASY-4: correcting a staged transaction', () => {
  it('shows what the store sent and saves the corrected payload whole, by PUT, then hands the saved transaction on', async () => {
    const saved = { ...EDITING, status: 'pending', reason: null };
    const put = vi.fn(async () => saved) as unknown as ApiClient['put'];
    const { onSaved } = renderForm(put);
    expect(JSON.parse((payloadField() as HTMLTextAreaElement).value)).toEqual(PAYLOAD);
    typePayload(JSON.stringify({ ...PAYLOAD, customerNumber: 'C-1001' }));
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Save and hand back to Synchronize orders' }));
    expect(put).toHaveBeenCalledExactlyOnceWith('/staged-transactions/S01-TX-1', {
      payload: { ...PAYLOAD, customerNumber: 'C-1001' },
    });
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledExactlyOnceWith(saved));
  });

  it('refuses text that is not JSON at the payload, sending nothing', async () => {
    const put = vi.fn() as unknown as ApiClient['put'];
    renderForm(put);
    typePayload('{"customerNumber": "C-1001"');
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Save and hand back to Synchronize orders' }));
    expect(put).not.toHaveBeenCalled();
    expect(payloadField().getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(payloadField())).toMatch(/^This is not valid JSON: /);
  });

  it("shows HQ's refusal at the payload, naming the field, in the user's language", async () => {
    const put = vi.fn(async () => {
      throw new ApiError(400, {
        code: 'VALIDATION_FAILED',
        message: 'not a corrected createOrder: Too small: expected number to be >0',
        field: 'payload.lines.0.quantity',
        rule: 'R-ASY-4',
      });
    }) as unknown as ApiClient['put'];
    renderForm(put, 'nl');
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Opslaan en teruggeven aan Orders synchroniseren' }));
    const field = screen.getByLabelText('Wat de winkel stuurde, gecorrigeerd (JSON)');
    await vi.waitFor(() =>
      expect(descriptionOf(field)).toBe(
        'Het hoofdkantoor weigert lines.0.quantity: not a corrected createOrder: Too small: expected number to be >0',
      ),
    );
  });

  it('says a corrected order keeps its confirmation number when HQ refuses another one', async () => {
    const put = vi.fn(async () => {
      throw new ApiError(400, {
        code: 'VALIDATION_FAILED',
        message: 'a corrected order keeps its confirmationNumber S01-R1-000001, which its receipt names',
        field: 'payload.confirmationNumber',
      });
    }) as unknown as ApiClient['put'];
    renderForm(put);
    typePayload(JSON.stringify({ ...PAYLOAD, confirmationNumber: 'S01-R1-999999' }));
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Save and hand back to Synchronize orders' }));
    await vi.waitFor(() =>
      expect(descriptionOf(payloadField())).toBe(
        "A corrected transaction keeps its order id and confirmation number: the customer's receipt names them.",
      ),
    );
  });
});
