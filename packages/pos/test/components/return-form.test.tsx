/** @vitest-environment happy-dom */

import type { StoreOperationReply } from '@kassa/contracts';
import type { ApiClient } from '@kassa/web-kit/api/api-client.ts';
import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { descriptionOf } from '@kassa/web-kit/testing/description-of.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReturnForm } from '../../src/features/order-operations/return-form.tsx';
import type { ReturnableInvoice } from '../../src/features/order-operations/returnable-lines.ts';
import { POS_TRANSLATIONS } from '../../src/i18n/translations.ts';
import { type Services, ServicesProvider } from '../../src/services.tsx';

afterEach(cleanup);

const ORDER = { id: 'O1', number: 'SO-000007', version: 4 } as unknown as OrderDetails;
const INVOICES: ReturnableInvoice[] = [
  {
    invoiceId: 'I1',
    number: 'INV-000001',
    kind: 'shipment',
    issuedAt: '2026-11-27T10:00:00Z',
    lines: [
      {
        lineId: 'L1',
        productId: 'BOOT-42',
        description: 'Hiking boots',
        unitPrice: 12950,
        invoiced: 2,
        returnable: 2,
      },
    ],
  },
];

/** HQ's preview of a return of `shippingRefund` (the proposal 748 when none is sent), above 1000 needing a manager. */
function previewOf(body: { shippingRefund?: number; lines: { quantity: number }[] }): StoreOperationReply {
  const shipping = body.shippingRefund ?? 748;
  const refund = (body.lines[0]?.quantity ?? 0) * 12950 + shipping;
  return {
    preview: true,
    effect: { refund },
    approvals: shipping > 1000 ? [{ permission: 'approveRefundOverLimit', reason: 'above 1000' }] : [],
    returnOrders: [{ id: 'RET', number: null }],
    invoices: [],
    order: {
      returnOrders: [{ id: 'RET', shippingRefund: shipping }],
      ledger: [
        { kind: 'refunded', tender: { id: 'T1', method: 'card' }, amount: refund, returnOrderId: 'RET' },
      ],
    },
    receipt: null,
  } as unknown as StoreOperationReply;
}

function renderForm({
  permissions = ['return'],
  refundShipping = true,
  run = vi.fn(async () => ({ receipt: { id: 'RCPT-1' } })),
  authorize = vi.fn(async () => ({})),
}: {
  permissions?: string[];
  refundShipping?: boolean;
  run?: (body: unknown) => Promise<unknown>;
  authorize?: (body: unknown) => Promise<unknown>;
} = {}) {
  const previews: unknown[] = [];
  const sent: unknown[] = [];
  const api = {
    post: vi.fn(async (path: string, body: never) => {
      if (path === '/authorizations') return authorize(body);
      if (path.endsWith('?preview=true')) {
        previews.push(body);
        return previewOf(body);
      }
      sent.push(body);
      return run(body);
    }),
  } as unknown as ApiClient;
  // One snapshot: useSyncExternalStore needs the same object until the session changes.
  const signedIn = { session: { permissions, storeId: 'S01' } };
  const services = {
    api,
    session: {
      get: () => signedIn,
      subscribe: () => () => {},
    },
  } as unknown as Services;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ServicesProvider services={services}>
        <I18nextProvider i18n={createI18n('en', POS_TRANSLATIONS)}>
          <ReturnForm order={ORDER} invoices={INVOICES} refundShipping={refundShipping} />
        </I18nextProvider>
      </ServicesProvider>
    </QueryClientProvider>,
  );
  return { previews, sent };
}

const quantity = () => screen.getByLabelText('BOOT-42 Hiking boots (returnable: 2)');
const confirm = () => screen.getByRole('button', { name: 'Confirm return' }) as HTMLButtonElement;

describe('R-RET-1..3: the return form', () => {
  it('asks HQ’s preview once lines are chosen, shows the proposal, requires a reason at its field, and sends the return with it', async () => {
    const { previews, sent } = renderForm();
    const user = userEvent.setup();
    expect(confirm().disabled).toBe(true);
    await user.type(quantity(), '1');
    await screen.findByText(
      "HQ proposes €7.48: the returned items' share of the shipping charge. You may enter another amount, also more than was paid.",
    );
    // The reason is not part of the money: the preview goes with a stand-in, typing asks HQ nothing.
    expect(previews.at(-1)).toEqual({
      version: 4,
      invoiceId: 'I1',
      lines: [{ lineId: 'L1', quantity: 1 }],
      reason: 'preview',
    });
    await waitFor(() => expect(confirm().disabled).toBe(false));
    await user.click(confirm());
    const reason = screen.getByLabelText('Reason for the return');
    expect(descriptionOf(reason)).toBe('Enter the reason for the return.');
    expect(sent).toEqual([]);

    const asked = previews.length;
    await user.type(reason, ' Too small ');
    expect(previews.length).toBe(asked);
    await user.click(confirm());
    await waitFor(() =>
      expect(sent).toEqual([
        { version: 4, invoiceId: 'I1', lines: [{ lineId: 'L1', quantity: 1 }], reason: 'Too small' },
      ]),
    );
  });

  it('refuses a quantity above what is returnable at its line, and shows HQ’s refusal of the i-th line there', async () => {
    const run = vi.fn(async () => {
      throw new ApiError(422, {
        code: 'RETURN_ABOVE_INVOICED',
        message: 'too many',
        field: 'lines[0].quantity',
        details: { returnable: 1, requested: 2 },
      });
    });
    renderForm({ run });
    const user = userEvent.setup();
    await user.type(quantity(), '3');
    expect(descriptionOf(quantity())).toBe('Enter a whole number, at most what is returnable.');
    expect(confirm().disabled).toBe(true);
    await user.clear(quantity());
    await user.type(quantity(), '2');
    await user.type(screen.getByLabelText('Reason for the return'), 'Broken');
    await waitFor(() => expect(confirm().disabled).toBe(false));
    await user.click(confirm());
    await waitFor(() => expect(descriptionOf(quantity())).toBe('At most 1 can come back from this invoice.'));
  });

  it('has a manager approve a shipping refund above the limit for a cashier, and sends the credentials with the return', async () => {
    const { sent } = renderForm();
    const user = userEvent.setup();
    await user.type(quantity(), '1');
    await user.type(screen.getByLabelText('Shipping refund (€)'), '12');
    await user.click(screen.getByRole('button', { name: 'Apply refund' }));
    await screen.findByText(
      'The shipping refunds on this order exceed the limit: a manager approves when you confirm.',
    );
    await user.type(screen.getByLabelText('Reason for the return'), 'Late');
    await waitFor(() => expect(confirm().disabled).toBe(false));
    await user.click(confirm());
    expect(sent).toEqual([]);
    await screen.findByText('Approve a shipping refund of €12.00');
    await user.type(screen.getByLabelText("Manager's staff id"), 'M1');
    await user.type(screen.getByLabelText("Manager's password"), 'secret');
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() =>
      expect(sent).toEqual([
        expect.objectContaining({
          shippingRefund: 1200,
          managerOverride: { staffId: 'M1', password: 'secret' },
        }),
      ]),
    );
  });

  it('goes without a manager for an associate who may approve refunds over the limit', async () => {
    const { sent } = renderForm({ permissions: ['return', 'approveRefundOverLimit'] });
    const user = userEvent.setup();
    await user.type(quantity(), '1');
    await user.type(screen.getByLabelText('Shipping refund (€)'), '12');
    await user.click(screen.getByRole('button', { name: 'Apply refund' }));
    await user.type(screen.getByLabelText('Reason for the return'), 'Late');
    await waitFor(() => expect(screen.getByText('Back to Card')).toBeTruthy());
    await waitFor(() => expect(confirm().disabled).toBe(false));
    await user.click(confirm());
    await waitFor(() => expect(sent).toEqual([expect.objectContaining({ shippingRefund: 1200 })]));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sent[0]).not.toHaveProperty('managerOverride');
  });

  it('has a manager approve the return first for an associate without the permission: checked by the store, then sent with every preview and the return', async () => {
    const authorize = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError(401, { code: 'UNAUTHORIZED', message: 'wrong', field: 'managerOverride' }),
      )
      .mockResolvedValue({ permission: 'return', approvedBy: 'M1' });
    const { previews, sent } = renderForm({ permissions: [], authorize });
    const user = userEvent.setup();
    await user.type(quantity(), '1');
    expect(previews).toEqual([]);
    expect(confirm().disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Ask a manager to approve' }));
    await screen.findByText('Approve a return from order SO-000007');
    await user.type(screen.getByLabelText("Manager's staff id"), 'M1');
    const password = screen.getByLabelText("Manager's password");
    await user.type(password, 'wrong');
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(descriptionOf(password)).toBe('Wrong staff id or password of the manager.'));
    expect(authorize).toHaveBeenCalledWith({
      permission: 'return',
      managerOverride: { staffId: 'M1', password: 'wrong' },
    });
    expect(previews).toEqual([]);

    await user.clear(password);
    await user.type(password, 'secret');
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(previews.at(-1)).toMatchObject({ managerOverride: { staffId: 'M1', password: 'secret' } }),
    );
    await user.type(screen.getByLabelText('Reason for the return'), 'Broken');
    await waitFor(() => expect(confirm().disabled).toBe(false));
    await user.click(confirm());
    await waitFor(() =>
      expect(sent).toEqual([
        expect.objectContaining({ managerOverride: { staffId: 'M1', password: 'secret' } }),
      ]),
    );
  });

  it('offers no shipping refund where the Commerce parameters refund no shipping', async () => {
    renderForm({ refundShipping: false });
    await userEvent.setup().type(quantity(), '1');
    await waitFor(() => expect(screen.getByText('Back to Card')).toBeTruthy());
    expect(screen.queryByLabelText('Shipping refund (€)')).toBeNull();
    expect(screen.queryByText('Of which shipping')).toBeNull();
  });
});
