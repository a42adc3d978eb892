/** @vitest-environment happy-dom */

import type { RtsInvoice, RtsOperationReply } from '@kassa/contracts';
import type { ApiClient } from '@kassa/web-kit/api/api-client.ts';
import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import { sessionStore } from '@kassa/web-kit/session/session-store.ts';
import { descriptionOf } from '@kassa/web-kit/testing/description-of.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SalesOrderScreen } from '../../src/features/sales-orders/sales-order-screen.tsx';
import { BACK_OFFICE_TRANSLATIONS } from '../../src/i18n/translations.ts';
import { ServicesProvider } from '../../src/services.tsx';
import { ORDER } from '../sales-order-fixture.ts';

afterEach(cleanup);

/** Two tents (2 × €449.00) and the shipment's €6.95 charge; the deposit of €114.22 applied. */
const EFFECT: RtsOperationReply['effect'] = {
  orderTotal: 114215,
  invoiced: 90495,
  due: 90495 - 11422,
  depositApplied: 11422,
  captured: 0,
  paidNow: 0,
  refund: 0,
  charge: 0,
  authorized: 0,
  voided: 0,
  toCollect: 0,
  depositRequired: 0,
  balance: 102793,
};

const INVOICE: RtsInvoice = {
  id: 'inv-1',
  number: 'INV-000042',
  kind: 'shipment',
  issuedAt: '2026-11-27T10:00:00.000Z',
  locationId: 'DC1',
  lines: [
    {
      lineId: 'L1',
      productId: 'TENT-4P',
      description: 'Tent 4 persons',
      quantity: 2,
      unitPrice: 44900,
      vatRate: 21,
      amount: 89800,
    },
  ],
  charges: [{ chargeId: 'C1', code: 'SHIP', amount: 695, vatRate: 21 }],
  total: 90495,
  vat: [{ rate: 21, gross: 90495, vat: 15706, net: 74789 }],
};

const reply = (preview: boolean): RtsOperationReply => ({
  preview,
  order: { ...ORDER, version: preview ? 3 : 4, invoices: preview ? [] : [INVOICE] },
  effect: EFFECT,
  invoices: [{ id: INVOICE.id, number: preview ? null : INVOICE.number }],
  returnOrders: [],
});

function renderScreen(post: ApiClient['post'], language: 'en' | 'nl' = 'en') {
  const api: ApiClient = {
    get: vi.fn(async () => ORDER) as unknown as ApiClient['get'],
    getText: vi.fn(),
    post,
    put: vi.fn(),
    delete: vi.fn(),
  };
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={createI18n(language, BACK_OFFICE_TRANSLATIONS)}>
        <ServicesProvider services={{ api, session: sessionStore(sessionStorage, 'test.session') }}>
          <SalesOrderScreen orderId={ORDER.id} />
        </ServicesProvider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
}

/** Amounts as read: Intl writes a no-break space in Dutch. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('R-PCK-5: shipping a sales order’s shipment from the back office', () => {
  it('previews the chosen lines’ invoice (nothing kept, no key), then ships exactly that with a key and shows the invoice', async () => {
    const post = vi.fn(async (path: string, _body: unknown, _key: string) =>
      reply(path.endsWith('?preview=true')),
    );
    renderScreen(post as unknown as ApiClient['post']);
    const user = userEvent.setup();
    const shipment = await screen.findByRole('region', { name: 'Ship shipment SH1' });
    // The book is on backorder but for one: only the tents ship now.
    await user.click(within(shipment).getByRole('checkbox', { name: 'Ship Wadden guide' }));
    await user.click(within(shipment).getByRole('button', { name: 'Ship selected' }));

    const body = { version: 3, shipmentId: 'SH1', lines: [{ lineId: 'L1', quantity: 2 }] };
    expect(post).toHaveBeenCalledExactlyOnceWith('/orders/order-1/ship?preview=true', body, '');
    const preview = await within(shipment).findByRole('region', { name: 'Before shipping' });
    const figures = [...preview.querySelectorAll('dt')].map((term) => [
      term.textContent,
      plain(term.nextElementSibling?.textContent ?? ''),
    ]);
    expect(figures).toEqual([
      ['To invoice', '€904.95'],
      ['Deposit applied', '€114.22'],
      ['Card captured', '€0.00'],
      ['Left to pay on this invoice', '€790.73'],
      ['Order balance afterwards', '€1,027.93'],
    ]);

    await user.click(within(preview).getByRole('button', { name: 'Ship and invoice' }));
    expect(post).toHaveBeenCalledTimes(2);
    expect(post.mock.calls[1]?.[0]).toBe('/orders/order-1/ship');
    expect(post.mock.calls[1]?.[1]).toEqual(body);
    expect(post.mock.calls[1]?.[2]).toMatch(/^[0-9a-f-]{36}$/);
    const invoice = await screen.findByRole('table', { name: 'Invoice INV-000042' });
    const rows = [...invoice.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => plain(cell.textContent).trim()),
    );
    expect(rows).toEqual([
      ['Item', 'Quantity', 'Price', 'VAT', 'Amount'],
      ['Tent 4 persons TENT-4P', '2', '€449.00', '21 %', '€898.00'],
      ['Shipping charge (SHIP)', '', '', '21 %', '€6.95'],
      ['VAT 21 % over €747.89', '€157.06'],
      ['Total', '€904.95'],
    ]);
    expect(screen.getByRole('heading', { name: 'Shipped: invoice INV-000042' })).toBeTruthy();
  });

  it('shows a quantity it cannot send at that line, asking HQ nothing', async () => {
    const post = vi.fn();
    renderScreen(post as unknown as ApiClient['post']);
    const user = userEvent.setup();
    const shipment = await screen.findByRole('region', { name: 'Ship shipment SH1' });
    const tents = within(shipment).getByLabelText('Quantity of Tent 4 persons to ship');
    await user.clear(tents);
    await user.type(tents, '3');
    await user.click(within(shipment).getByRole('button', { name: 'Ship selected' }));
    expect(descriptionOf(tents)).toBe('Enter a whole number from 1 to 2.');
    expect(tents.getAttribute('aria-invalid')).toBe('true');
    expect(post).not.toHaveBeenCalled();
  });

  it('shows HQ’s refusal of a line at that line’s quantity, and one of the shipment above its lines', async () => {
    const post = vi.fn(async (_path: string, request: { lines?: unknown[] }) => {
      throw request.lines
        ? new ApiError(422, {
            code: 'LINE_BACKORDERED',
            message: 'line L3 has 1 reserved',
            field: 'lines[1].quantity',
            details: {},
          })
        : new ApiError(409, { code: 'VERSION_CONFLICT', message: 'version 3 is not 4', details: {} });
    });
    renderScreen(post as unknown as ApiClient['post']);
    const user = userEvent.setup();
    const shipment = await screen.findByRole('region', { name: 'Ship shipment SH1' });
    const books = within(shipment).getByLabelText('Quantity of Wadden guide to ship');
    await user.clear(books);
    await user.type(books, '3');
    await user.click(within(shipment).getByRole('button', { name: 'Ship selected' }));
    await vi.waitFor(() =>
      expect(descriptionOf(books)).toBe('Only what is reserved can ship; the rest is on backorder.'),
    );
    expect(within(shipment).queryByRole('alert')).toBeNull();

    await user.click(within(shipment).getByRole('button', { name: 'Ship all' }));
    expect((await within(shipment).findByRole('alert')).textContent).toBe(
      'The order was changed meanwhile and has been read again. Check it and try again.',
    );
    expect(books.getAttribute('aria-invalid')).toBeNull();
  });

  it('is in Dutch when the back office is, amounts written the Dutch way', async () => {
    const post = vi.fn(async (path: string) => reply(path.endsWith('?preview=true')));
    renderScreen(post as unknown as ApiClient['post'], 'nl');
    const user = userEvent.setup();
    const shipment = await screen.findByRole('region', { name: 'Zending SH1 verzenden' });
    await user.click(within(shipment).getByRole('button', { name: 'Alles verzenden' }));
    const preview = await within(shipment).findByRole('region', { name: 'Voor het verzenden' });
    expect(plain(preview.textContent)).toContain('Te factureren€ 904,95');
    expect(within(preview).getByRole('button', { name: 'Verzenden en factureren' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Order SO-000123' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Geschiedenis' })).toBeTruthy();
  });
});
