import type { StoreOperationReply } from '@kassa/contracts';
import { describe, expect, it } from 'vitest';
import { proposedShippingRefund, refundsOf } from '../src/features/order-operations/return-preview.ts';
import {
  hasReturnableQuantities,
  returnableInvoices,
  returnQuantityOf,
} from '../src/features/order-operations/returnable-lines.ts';

type Order = Parameters<typeof returnableInvoices>[0];

const invoiceLine = (lineId: string, quantity: number) => ({
  lineId,
  productId: `P-${lineId}`,
  description: `Invoiced ${lineId}`,
  quantity,
  unitPrice: 1000,
  vatRate: 21,
  amount: quantity * 1000,
});
const invoice = (id: string, kind: string, lines: ReturnType<typeof invoiceLine>[]) => ({
  id,
  number: id === 'I3' ? null : `INV-${id}`,
  kind,
  issuedAt: '2026-11-27T10:00:00Z',
  locationId: 'S01',
  lines,
  charges: [],
  total: 0,
  vat: [],
});
const returned = (invoiceId: string, lines: [string, number][]) => ({
  id: `R-${invoiceId}-${lines.length}`,
  number: null,
  invoiceId,
  reason: 'x',
  createdAt: '2026-11-28T10:00:00Z',
  locationId: 'S01',
  lines: lines.map(([lineId, quantity]) => ({
    lineId,
    productId: 'P',
    quantity,
    unitPrice: 1000,
    vatRate: 21,
    amount: 0,
  })),
  shippingRefund: 0,
  shippingVatRate: 21,
  total: 0,
  vat: [],
});
const orderOf = (invoices: unknown[], returnOrders: unknown[]) =>
  ({
    invoices,
    returnOrders,
    lines: [
      { id: 'L1', description: 'Hiking boots' },
      { id: 'L2', description: 'Head lamp' },
    ],
  }) as unknown as Order;

describe('R-RET-1: what can be returned against which invoice', () => {
  it('is what each invoice of goods holds minus what came back against that same invoice', () => {
    const order = orderOf(
      [
        invoice('I1', 'pickup', [invoiceLine('L1', 2), invoiceLine('L2', 1)]),
        invoice('I2', 'shipment', [invoiceLine('L1', 3)]),
        invoice('I4', 'cancellation', []),
      ],
      // One boot and the lamp of I1 came back before; none of I2.
      [returned('I1', [['L1', 1]]), returned('I1', [['L2', 1]])],
    );
    expect(
      returnableInvoices(order).map((found) => [
        found.invoiceId,
        found.number,
        found.lines.map((line) => [line.lineId, line.description, line.invoiced, line.returnable]),
      ]),
    ).toEqual([
      ['I1', 'INV-I1', [['L1', 'Hiking boots', 2, 1]]],
      ['I2', 'INV-I2', [['L1', 'Hiking boots', 3, 3]]],
    ]);
    expect(hasReturnableQuantities(order)).toBe(true);
  });

  it('leaves out an invoice all of whose units came back, and a cancellation invoice; an unnumbered one shows its id', () => {
    const order = orderOf(
      [invoice('I1', 'carryOut', [invoiceLine('L1', 1)]), invoice('I3', 'pickup', [invoiceLine('L2', 1)])],
      [returned('I1', [['L1', 1]])],
    );
    expect(returnableInvoices(order).map((found) => found.number)).toEqual(['I3']);
    expect(hasReturnableQuantities(orderOf([invoice('I4', 'cancellation', [])], []))).toBe(false);
    expect(hasReturnableQuantities(orderOf([], []))).toBe(false);
  });

  it.each([
    ['', 2, 0],
    ['  ', 2, 0],
    ['0', 2, 0],
    ['2', 2, 2],
    [' 1 ', 2, 1],
    ['3', 2, undefined],
    ['-1', 2, undefined],
    ['1.5', 2, undefined],
    ['two', 2, undefined],
  ])('a typed quantity %j of %i returnable is %s', (text, returnable, expected) => {
    expect(returnQuantityOf(text, returnable)).toBe(expected);
  });
});

describe('R-RET-2, R-RET-3: what HQ’s preview of a return says', () => {
  const cash1 = { id: 'T1', method: 'cash' };
  const cash2 = { id: 'T2', method: 'cash' };
  const card = { id: 'T3', method: 'card' };
  const preview = {
    returnOrders: [{ id: 'RET-NEW', number: null }],
    order: {
      returnOrders: [
        { id: 'RET-OLD', shippingRefund: 300 },
        { id: 'RET-NEW', shippingRefund: 748 },
      ],
      ledger: [
        { kind: 'refunded', tender: card, amount: 999, returnOrderId: 'RET-OLD' },
        { kind: 'credited', amount: 13698, returnOrderId: 'RET-NEW' },
        { kind: 'refunded', tender: cash2, amount: 10000, returnOrderId: 'RET-NEW' },
        { kind: 'refunded', tender: card, amount: 3000, returnOrderId: 'RET-NEW' },
        { kind: 'refunded', tender: cash1, amount: 600, returnOrderId: 'RET-NEW' },
        { kind: 'paidOut', amount: 98, returnOrderId: 'RET-NEW' },
      ],
    },
  } as unknown as StoreOperationReply;

  it('names the proposed shipping refund of the return it would make, not of earlier ones', () => {
    expect(proposedShippingRefund(preview)).toBe(748);
    expect(proposedShippingRefund(undefined)).toBeUndefined();
  });

  it('sums the refunds of this return per tender method, in ledger order, with a cash pay-out apart', () => {
    expect(refundsOf(preview)).toEqual([
      { method: 'cash', paidOut: false, amount: 10600 },
      { method: 'card', paidOut: false, amount: 3000 },
      { method: 'cash', paidOut: true, amount: 98 },
    ]);
    expect(refundsOf(undefined)).toEqual([]);
  });
});
