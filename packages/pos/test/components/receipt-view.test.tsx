/** @vitest-environment happy-dom */

import type { Receipt } from '@kassa/contracts';
import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ReceiptView } from '../../src/features/receipt/receipt-view.tsx';
import { POS_TRANSLATIONS } from '../../src/i18n/translations.ts';

afterEach(cleanup);

const delivery = { kind: 'pickup', storeId: 'S01', storeName: 'Amsterdam', date: '2026-11-28' } as const;
const boots = (amount: number) => ({
  lineId: 'L1',
  sku: 'BOOT-42',
  description: 'Hiking boots',
  quantity: 2,
  unitPrice: 12950,
  amount,
  vatRate: 21,
  delivery,
});
const base = {
  id: 'RCPT-1',
  issuedAt: '2026-11-28T10:00:00.000Z',
  store: { id: 'S01', name: 'Amsterdam', timeZone: 'Europe/Amsterdam' },
  registerId: 'R1',
  staffId: 'S01-cashier',
  approvedBy: null,
  order: {
    id: 'O1',
    number: 'SO-000001',
    confirmationNumber: null,
    type: 'customerOrder' as const,
    status: 'cancelled' as const,
    customer: { number: 'C-1001', name: 'Anna de Vries' },
    pickupCode: null,
    quoteExpiresOn: null,
  },
  money: {
    orderTotal: 1295,
    depositRequired: 0,
    depositPaid: 2590,
    depositAvailable: 0,
    paid: 1295,
    refunded: 1295,
    authorizationOpen: 0,
    due: 0,
    balance: 0,
  },
  effect: {
    invoiced: 1295,
    depositApplied: 1295,
    due: 0,
    captured: 0,
    paidNow: 0,
    refund: 1295,
    charge: 1295,
    authorized: 0,
    voided: 0,
  },
  invoices: [],
  collectedBy: null,
};

function renderReceipt(receipt: Receipt, language: 'en' | 'nl' = 'en') {
  render(
    <I18nextProvider i18n={createI18n(language, POS_TRANSLATIONS)}>
      <ReceiptView receipt={receipt} />
    </I18nextProvider>,
  );
}

describe('R-RCP-1: the receipt on the register’s screen', () => {
  it('shows a cancellation’s lines as cancelled, not as money given back, and the charge as what is paid (decision 0019)', () => {
    renderReceipt({
      ...base,
      kind: 'cancel',
      lines: [boots(0)],
      charges: [
        { chargeId: 'C1', kind: 'shipping', code: 'SHIP', amount: 0, vatRate: 21 },
        { chargeId: 'C2', kind: 'cancellation', code: 'CANC', amount: 1295, vatRate: 21 },
      ],
      total: 1295,
      vat: [{ rate: 21, net: 1070, vat: 225, gross: 1295 }],
      tenders: [{ tenderId: 'T1', method: 'cash', kind: 'refunded', amount: 1295 }],
    } as Receipt);
    const lines = screen.getByRole('table', { name: 'Lines' }).textContent ?? '';
    expect(lines).toContain('Hiking boots');
    expect(lines).toMatch(/Hiking boots.*2Cancelled/);
    expect(lines).toMatch(/ShippingCancelled/);
    expect(lines).toMatch(/Cancellation charge€12\.95/);
    expect(lines).not.toContain('-');
    expect(screen.getByText('Cancellation receipt')).toBeTruthy();
  });

  it('shows a return as a credit, with its return order, invoice, reason and who approved, in Dutch', () => {
    renderReceipt(
      {
        ...base,
        kind: 'return',
        approvedBy: 'S01-manager',
        lines: [boots(-25900)],
        charges: [],
        total: -25900,
        vat: [{ rate: 21, net: -21405, vat: -4495, gross: -25900 }],
        tenders: [{ tenderId: 'T1', method: 'cash', kind: 'refunded', amount: 25900 }],
        effect: { ...base.effect, refund: 25900, charge: 0, invoiced: 0, depositApplied: 0 },
        returnOrder: {
          id: 'R1',
          number: 'RET-000001',
          invoiceId: 'I1',
          invoiceNumber: 'INV-000001',
          reason: 'Past niet',
          shippingRefund: 0,
        },
      } as Receipt,
      'nl',
    );
    const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Retourbon');
    expect(text).toContain('RetourorderRET-000001');
    expect(text).toContain('FactuurINV-000001');
    expect(text).toContain('RedenPast niet');
    expect(text).toContain('Goedgekeurd doorS01-manager');
    expect(text).toContain('€ -259,00');
    expect(text).toContain('Terugbetaling€ 259,00');
  });
});
