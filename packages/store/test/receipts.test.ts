import { Receipt, RtsOperationReply } from '@kassa/contracts';
import {
  type CommerceParameters,
  cancelOrder,
  commitCheck,
  createOrder,
  type Decision,
  editOrder,
  type FunctionalityProfile,
  isRefusal,
  type NewLine,
  type OperationContext,
  type Outcome,
  orderView,
  pickUpOrder,
  returnOrder,
  shipOrder,
  type Tender,
} from '@kassa/domain';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  type BuildReceiptInput,
  buildReceipt,
  movedMoney,
  type OrderBefore,
} from '../src/app/receipts/build-receipt.ts';
import { formatMoney, RECEIPT_LABELS, renderReceiptHtml } from '../src/app/receipts/render-receipt-html.ts';

// The orders are made by the domain's own operations, and HQ's answers shaped exactly as HQ's
// `orderView` and `OperationReply` shape them, then sent through JSON and the store's schema of them.

const parameters: CommerceParameters = {
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
const payLater: FunctionalityProfile = {
  requirePaymentForFulfillment: 'NotRequired',
  createCustomerOrderInAsyncMode: false,
  fallbackToAsyncWhenHqUnreachable: false,
};
const cardRequired: FunctionalityProfile = { ...payLater, requirePaymentForFulfillment: 'CardRequired' };

let nextId = 0;
const newId = () => `id-${++nextId}`;
const context = (at: string, locationId: string, profile = payLater): OperationContext => ({
  now: Temporal.Instant.from(at),
  locationId,
  timeZone: 'Europe/Amsterdam',
  parameters,
  profile,
  chargeCodes: {
    SHIP: { code: 'SHIP', description: 'Shipping', vatRate: 21 },
    CANC: { code: 'CANC', description: 'Cancellation', vatRate: 21 },
  },
  newId,
});

const AMSTERDAM = 'S01';
const UTRECHT = 'S02';
const DC = 'DC1';
const locationNames: Record<string, string> = {
  S01: 'Kassa Amsterdam Centrum',
  S02: 'Kassa Utrecht Hoog Catharijne',
};
const names = {
  location: (id: string): string | undefined => locationNames[id],
  modeOfDelivery: (code: string) => (code === 'POSTNL' ? 'PostNL pakket' : undefined),
};
const storeOf = (id: string) => ({
  id,
  name: names.location(id) ?? id,
  addressLine: 'Damrak 1, 1012 LG Amsterdam',
  timeZone: 'Europe/Amsterdam',
});

type Product = Omit<NewLine, 'delivery' | 'quantity'>;
const tent: Product = { productId: 'TENT-2P', description: 'Tent for two', unitPrice: 19999, vatRate: 21 };
const boots: Product = {
  productId: 'BOOT-42',
  description: 'Hiking boots, size 42',
  unitPrice: 12950,
  vatRate: 21,
};
const guide: Product = {
  productId: 'BOOK-WAD',
  description: 'Guide to the Wadden',
  unitPrice: 2495,
  vatRate: 9,
};
const homeAddress = {
  name: 'Anna de Vries',
  street: 'Prinsengracht 1',
  postalCode: '1015 AA',
  city: 'Amsterdam',
  country: 'NL',
};
const shipment = (id: string, charge: number) => ({
  id,
  address: homeAddress,
  modeOfDelivery: 'POSTNL',
  requestedDate: '2026-12-01',
  shipFrom: DC,
  charge,
});
const cash = (id: string): Tender => ({ id, method: 'cash' });
const card = (id: string): Tender => ({ id, method: 'card' });
const plenty = () => 1000;
const granted = new Set(['createOrder', 'editOrder', 'pickUp', 'cancel', 'return'] as const);

function committed<T extends Outcome>(decision: Decision<T>): T {
  if (isRefusal(decision)) throw new Error(`refused: ${decision.code}: ${decision.message}`);
  const blocked = commitCheck(decision, granted);
  if (blocked) throw new Error(`cannot commit: ${blocked.code}`);
  return decision;
}

/** What HQ keeps beside the domain's state: numbers, in the order it gives them. */
interface HqRecord {
  readonly number: string;
  readonly customerName: string;
  readonly invoiceNumbers: Map<string, string>;
  readonly returnNumbers: Map<string, string>;
}
let invoiceCount = 0;
let returnCount = 0;
let orderCount = 0;
const newRecord = (customerName: string): HqRecord => ({
  number: `SO-${String(++orderCount).padStart(6, '0')}`,
  customerName,
  invoiceNumbers: new Map(),
  returnNumbers: new Map(),
});

/** HQ's committed answer, as `commitOutcome` builds it from `orderView`, after the trip through JSON. */
function hqReply(outcome: Outcome, record: HqRecord, preview = false): RtsOperationReply {
  for (const invoice of outcome.invoices) {
    record.invoiceNumbers.set(invoice.id, `INV-${String(++invoiceCount).padStart(6, '0')}`);
  }
  for (const r of outcome.returnOrders) {
    record.returnNumbers.set(r.id, `RET-${String(++returnCount).padStart(6, '0')}`);
  }
  const view = orderView(outcome.state, { ...record, confirmationNumber: null }, parameters);
  const reply = {
    preview,
    order: view,
    effect: outcome.effect,
    approvals: outcome.approvals,
    blockers: [],
    invoices: outcome.invoices.map((i) => ({ id: i.id, number: record.invoiceNumbers.get(i.id) ?? null })),
    returnOrders: outcome.returnOrders.map((r) => ({
      id: r.id,
      number: record.returnNumbers.get(r.id) ?? null,
    })),
  };
  return RtsOperationReply.parse(JSON.parse(JSON.stringify(reply)));
}

const desk = { registerId: 'R1', staffId: 'E-101', approvedBy: null, names };
let receiptCount = 0;
function receiptOf(
  args: { kind: 'create' } | { kind: 'pickup' | 'cancel' | 'return' | 'edit'; before: OrderBefore },
  reply: RtsOperationReply,
  storeId: string,
  extra: Partial<Pick<BuildReceiptInput, 'cashTendered' | 'cardLast4' | 'approvedBy'>> = {},
): Receipt {
  const receipt = buildReceipt({
    ...desk,
    ...args,
    ...extra,
    id: `${storeId}-R1-${++receiptCount}`,
    issuedAt: reply.order.ledger.at(-1)?.at ?? '2026-11-27T10:00:00.000Z',
    store: storeOf(storeId),
    reply,
  });
  // Whatever the builder makes must be a valid receipt on the wire.
  return Receipt.parse(receipt);
}

describe('R-RCP-1 receipts of a hybrid order: create, then pickups at another store', () => {
  // At Amsterdam with pay later disabled: two guides (9 %) carried out, two pairs of boots (21 %) to pick
  // up at Utrecht, a tent (21 %) shipped with €6.95 shipping (21 %). Cash 60.00 and a card 40.00 now, a
  // second card held for the rest.
  const record = newRecord('Anna de Vries');
  const created = committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-1001',
        lines: [
          { ...guide, quantity: 2, delivery: { kind: 'carryOut' } },
          { ...boots, quantity: 2, delivery: { kind: 'pickup', storeId: UTRECHT, date: '2026-11-30' } },
          { ...tent, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } },
        ],
        shipments: [shipment('SH1', 695)],
        payments: [
          { tender: cash('cash-1'), amount: 6000 },
          { tender: card('auth-1'), amount: 4000 },
        ],
        authorizations: [{ tender: card('auth-2'), amount: 41584 }],
        availability: plenty,
      },
      context('2026-11-27T10:00:00Z', AMSTERDAM, cardRequired),
    ),
  );
  const createReply = hqReply(created, record);
  const cardLast4 = new Map([
    ['auth-1', '4242'],
    ['auth-2', '0005'],
  ]);
  const createReceipt = receiptOf({ kind: 'create' }, createReply, AMSTERDAM, {
    cashTendered: 10000,
    cardLast4,
  });
  const [guideLine, bootLine, tentLine] = created.state.order.lines;
  if (!guideLine || !bootLine || !tentLine) throw new Error('three lines expected');

  it('shows every line with its delivery: carry out, the pickup store by name and date, the ship address and date', () => {
    expect(createReceipt.lines).toEqual([
      {
        lineId: guideLine.id,
        sku: 'BOOK-WAD',
        description: 'Guide to the Wadden',
        quantity: 2,
        unitPrice: 2495,
        amount: 4990,
        vatRate: 9,
        delivery: { kind: 'carryOut' },
      },
      {
        lineId: bootLine.id,
        sku: 'BOOT-42',
        description: 'Hiking boots, size 42',
        quantity: 2,
        unitPrice: 12950,
        amount: 25900,
        vatRate: 21,
        delivery: {
          kind: 'pickup',
          storeId: 'S02',
          storeName: 'Kassa Utrecht Hoog Catharijne',
          date: '2026-11-30',
        },
      },
      {
        lineId: tentLine.id,
        sku: 'TENT-2P',
        description: 'Tent for two',
        quantity: 1,
        unitPrice: 19999,
        amount: 19999,
        vatRate: 21,
        delivery: {
          kind: 'ship',
          shipmentId: 'SH1',
          address: homeAddress,
          modeOfDelivery: 'POSTNL',
          modeOfDeliveryName: 'PostNL pakket',
          requestedDate: '2026-12-01',
        },
      },
    ]);
    expect(createReceipt.charges).toEqual([
      { chargeId: expect.any(String), kind: 'shipping', code: 'SHIP', amount: 695, vatRate: 21 },
    ]);
    expect(createReceipt.order).toMatchObject({
      number: 'SO-000001',
      confirmationNumber: null,
      type: 'customerOrder',
      status: 'partiallyDelivered',
      customer: { number: 'C-1001', name: 'Anna de Vries' },
      pickupCode: expect.stringMatching(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/),
    });
  });

  it('shows VAT per rate over the lines and the shipping charge, from each rate’s summed gross', () => {
    // 9 %: 49.90 → 4.12. 21 %: 259.00 + 199.99 + 6.95 = 465.94 → 465.94 × 21 / 121 = 80.8656 → 80.87.
    expect(createReceipt.total).toBe(51584);
    expect(createReceipt.vat).toEqual([
      { rate: 9, net: 4578, vat: 412, gross: 4990 },
      { rate: 21, net: 38507, vat: 8087, gross: 46594 },
    ]);
  });

  it('shows deposit required and paid, balance and every tender, with the change from cash', () => {
    expect(createReceipt.money).toEqual({
      orderTotal: 51584,
      // 10 % of the ship and pickup part; the carry-out guides are paid in full, not as deposit.
      depositRequired: 4659,
      depositPaid: 5010,
      depositAvailable: 5010,
      paid: 10000,
      refunded: 0,
      authorizationOpen: 41584,
      due: 0,
      balance: 41584,
    });
    // The cash paid the carry-out invoice and the deposit: one hand-over, one row.
    expect(createReceipt.tenders).toEqual([
      { tenderId: 'cash-1', method: 'cash', kind: 'paid', amount: 6000 },
      { tenderId: 'auth-1', method: 'card', kind: 'paid', amount: 4000, last4: '4242' },
      { tenderId: 'auth-2', method: 'card', kind: 'authorized', amount: 41584, last4: '0005' },
    ]);
    expect(createReceipt.cash).toEqual({ tendered: 10000, change: 4000 });
    expect(createReceipt.invoices).toEqual([
      { id: expect.any(String), number: 'INV-000001', kind: 'carryOut' },
    ]);
    expect(createReceipt.effect).toMatchObject({ invoiced: 4990, paidNow: 10000, authorized: 41584 });
  });

  const utrecht = context('2026-11-30T14:00:00Z', UTRECHT, cardRequired);
  const first = committed(
    pickUpOrder(created.state, { lines: [{ lineId: bootLine.id, quantity: 1 }] }, utrecht),
  );
  const firstReply = hqReply(first, record);
  const firstReceipt = receiptOf({ kind: 'pickup', before: createReply.order }, firstReply, UTRECHT, {
    cardLast4,
  });

  it('a pickup receipt shows the units picked up now, the deposit applied and the card captured for the rest', () => {
    expect(firstReceipt.lines).toEqual([
      expect.objectContaining({
        lineId: bootLine.id,
        quantity: 1,
        amount: 12950,
        delivery: {
          kind: 'pickup',
          storeId: 'S02',
          storeName: 'Kassa Utrecht Hoog Catharijne',
          date: '2026-11-30',
        },
      }),
    ]);
    expect(firstReceipt.charges).toEqual([]);
    expect(firstReceipt.vat).toEqual([{ rate: 21, net: 10702, vat: 2248, gross: 12950 }]);
    expect(firstReceipt.effect).toMatchObject({
      invoiced: 12950,
      depositApplied: 5010,
      due: 7940,
      captured: 7940,
    });
    expect(firstReceipt.tenders).toEqual([
      { tenderId: 'auth-2', method: 'card', kind: 'captured', amount: 7940, last4: '0005' },
    ]);
    expect(firstReceipt.money).toMatchObject({
      depositRequired: 4659,
      depositPaid: 5010,
      depositAvailable: 0,
      paid: 17940,
      authorizationOpen: 33644,
      balance: 33644,
    });
    expect(firstReceipt.collectedBy).toBe('customer');
    expect(firstReceipt.invoices).toEqual([{ id: expect.any(String), number: 'INV-000002', kind: 'pickup' }]);
    expect(firstReceipt.store.name).toBe('Kassa Utrecht Hoog Catharijne');
  });

  it('a second pickup at the same instant shows only its own tenders, not the ledger entries before it', () => {
    const second = committed(
      pickUpOrder(first.state, { lines: [{ lineId: bootLine.id, quantity: 1 }] }, utrecht),
    );
    const receipt = receiptOf({ kind: 'pickup', before: firstReply.order }, hqReply(second, record), UTRECHT);
    expect(receipt.tenders).toEqual([
      { tenderId: 'auth-2', method: 'card', kind: 'captured', amount: 12950 },
    ]);
    expect(receipt.effect).toMatchObject({ depositApplied: 0, due: 12950 });
    expect(receipt.money.balance).toBe(20694);
  });

  it('a pickup relayed to HQ and paid by a card tokenized before it prints the last four digits HQ names the card by', () => {
    // The register tokenized the card on its own (POST /api/payments/card-tokens), so the store has no
    // map of HQ's tender ids to digits: HQ's ledger entry names the card as its processor did.
    const ordered = committed(
      createOrder(
        {
          type: 'customerOrder',
          customerId: 'C-1001',
          lines: [
            { ...boots, quantity: 1, delivery: { kind: 'pickup', storeId: UTRECHT, date: '2026-11-30' } },
          ],
          payments: [{ tender: cash('cash-9'), amount: 1295 }],
          availability: plenty,
        },
        context('2026-11-27T10:00:00Z', AMSTERDAM),
      ),
    );
    const orderRecord = newRecord('Anna de Vries');
    const orderedReply = hqReply(ordered, orderRecord);
    const [line] = ordered.state.order.lines;
    if (!line) throw new Error('one line expected');
    const byCard = committed(
      pickUpOrder(
        ordered.state,
        {
          lines: [{ lineId: line.id, quantity: 1 }],
          payments: [{ tender: { id: 'auth-9', method: 'card', last4: '1111' }, amount: 11655 }],
        },
        context('2026-11-30T14:00:00Z', UTRECHT),
      ),
    );
    const receipt = receiptOf(
      { kind: 'pickup', before: orderedReply.order },
      hqReply(byCard, orderRecord),
      UTRECHT,
    );
    expect(receipt.tenders).toEqual([
      { tenderId: 'auth-9', method: 'card', kind: 'paid', amount: 11655, last4: '1111' },
    ]);
    expect(renderReceiptHtml(receipt, 'en')).toContain('•••• 1111');
  });

  it('refuses to build from a preview or from an order read at another version', () => {
    expect(() =>
      buildReceipt({
        ...desk,
        kind: 'create',
        id: 'x',
        issuedAt: '2026-11-27T10:00:00.000Z',
        store: storeOf(AMSTERDAM),
        reply: { ...createReply, preview: true },
      }),
    ).toThrow(/preview/);
    expect(() => receiptOf({ kind: 'pickup', before: createReply.order }, createReply, UTRECHT)).toThrow(
      /version/,
    );
    expect(() => receiptOf({ kind: 'create' }, createReply, AMSTERDAM, { cashTendered: 5999 })).toThrow(
      /less than the 6000 paid in cash/,
    );
  });

  describe('as HTML', () => {
    const evil = {
      ...createReceipt,
      order: {
        ...createReceipt.order,
        customer: { number: 'C-1001', name: '<script>alert("x")</script> & Zn' },
      },
    };
    const dutch = renderReceiptHtml(evil, 'nl');
    const english = renderReceiptHtml(evil, 'en');

    it('escapes what people typed: a customer name cannot inject markup', () => {
      for (const html of [dutch, english]) {
        expect(html).not.toContain('<script');
        expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Zn');
      }
    });

    it('is one self-contained printable page for an 80 mm printer', () => {
      expect(dutch).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
      expect(english).toContain('<html lang="en">');
      expect(dutch).toContain('@media print');
      expect(dutch).toContain('80mm');
      expect(dutch).not.toMatch(/<link|src=|url\(|https?:/);
    });

    it('prints Dutch labels, amounts as € 1.234,56 and dates as dd-mm-jjjj in Dutch', () => {
      for (const label of ['Bon', 'Aanbetaling vereist', 'Aanbetaling betaald', 'Saldo', 'Btw', 'Meenemen']) {
        expect(dutch).toContain(label);
      }
      expect(dutch).toContain('Afhalen in Kassa Utrecht Hoog Catharijne op 30-11-2026');
      expect(dutch).toContain('Verzenden naar Anna de Vries, Prinsengracht 1, 1015 AA Amsterdam, NL');
      expect(dutch).toContain('PostNL pakket op 01-12-2026');
      expect(dutch).toContain('€ 515,84'); // the total
      expect(dutch).toContain('€ 80,87'); // VAT at 21 %
      expect(dutch).toContain('€ 46,59'); // deposit required
      expect(dutch).toContain('€ 40,00'); // change
      expect(dutch).toContain('27-11-2026 11:00'); // 10:00 UTC is 11:00 in Amsterdam
      expect(dutch).toContain(`Afhaalcode</div><div class="code">${createReceipt.order.pickupCode}`);
      for (const english of ['Balance', 'Deposit', 'Pick up', 'Ship to', 'Carry out', 'VAT']) {
        expect(dutch).not.toContain(english);
      }
    });

    it('prints English labels and amounts as €1,234.56 in English', () => {
      for (const label of ['Deposit required', 'Deposit paid', 'Balance', 'VAT', 'Carry out']) {
        expect(english).toContain(label);
      }
      expect(english).toContain('Pick up at Kassa Utrecht Hoog Catharijne on 30 Nov 2026');
      expect(english).toContain('€515.84');
      expect(english).toContain('€4.12');
      expect(english).toContain('27 Nov 2026 11:00');
      expect(english).not.toContain('Saldo');
    });

    it('says who collected a pickup', () => {
      expect(renderReceiptHtml(firstReceipt, 'nl')).toContain('Afgehaald door');
      expect(renderReceiptHtml(firstReceipt, 'nl')).toContain('de klant');
    });
  });
});

describe('R-RCP-1 the receipt of a cancellation (R-CAN-2, R-CAN-3)', () => {
  // Boots to pick up and a tent to ship with €6.95 shipping; a guide was added and then removed by an
  // edit before the customer cancelled. Cash 20.00 and a card 30.00 as deposit.
  const record = newRecord('Bram Jansen');
  const created = committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-1002',
        lines: [
          { ...boots, quantity: 2, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-28' } },
          { ...tent, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } },
          { ...guide, quantity: 1, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-28' } },
        ],
        shipments: [shipment('SH1', 695)],
        payments: [
          { tender: cash('cash-2'), amount: 2000 },
          { tender: card('auth-3'), amount: 3000 },
        ],
        availability: plenty,
      },
      context('2026-11-27T10:00:00Z', AMSTERDAM),
    ),
  );
  hqReply(created, record);
  const guideLine = created.state.order.lines[2];
  if (!guideLine) throw new Error('three lines expected');
  const edited = committed(
    editOrder(
      created.state,
      { changes: [{ kind: 'removeLine', lineId: guideLine.id }], availability: plenty },
      context('2026-11-27T12:00:00Z', AMSTERDAM),
    ),
  );
  const editReply = hqReply(edited, record);
  const cancelled = committed(cancelOrder(edited.state, {}, context('2026-11-28T09:00:00Z', AMSTERDAM)));
  const receipt = receiptOf(
    { kind: 'cancel', before: editReply.order },
    hqReply(cancelled, record),
    AMSTERDAM,
    {
      approvedBy: 'E-900',
    },
  );

  it('shows the units cancelled now and the dropped shipping charge as not charged, and the cancellation charge as what the customer pays (decision 0019)', () => {
    // The guide was cancelled by the edit, not by this cancellation. The cancelled units were never
    // invoiced: nothing is given back for them, so they carry no (negative) amount.
    expect(receipt.lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['BOOT-42', 2, 12950, 0],
      ['TENT-2P', 1, 19999, 0],
    ]);
    // 5 % of 259.00 + 199.99 = 22.9495 → 22.95.
    expect(receipt.charges.map((c) => [c.kind, c.code, c.amount])).toEqual([
      ['shipping', 'SHIP', 0],
      ['cancellation', 'CANC', 2295],
    ]);
    // The receipt's total is the cancellation invoice, with its VAT: 22.95 × 21 / 121 = 3.98.
    expect(receipt.total).toBe(2295);
    expect(receipt.vat).toEqual([{ rate: 21, net: 1897, vat: 398, gross: 2295 }]);
    const invoice = cancelled.state.invoices.find((i) => i.kind === 'cancellation');
    expect(receipt.total).toBe(invoice?.total);
    expect(receipt.total).toBe(receipt.money.orderTotal);
  });

  it('shows the charge paid from the deposit and the rest refunded to the card', () => {
    expect(receipt.effect).toMatchObject({ charge: 2295, depositApplied: 2295, refund: 2705 });
    expect(receipt.tenders).toEqual([{ tenderId: 'auth-3', method: 'card', kind: 'refunded', amount: 2705 }]);
    expect(receipt.money).toMatchObject({
      orderTotal: 2295,
      depositPaid: 5000,
      paid: 2295,
      refunded: 2705,
      balance: 0,
    });
    expect(receipt.order.status).toBe('cancelled');
    expect(receipt.approvedBy).toBe('E-900');
    expect(receipt.invoices).toEqual([
      { id: expect.any(String), number: expect.any(String), kind: 'cancellation' },
    ]);
  });

  it('prints in Dutch with the cancelled lines marked as such, no negative amounts, the charge and the refund', () => {
    const html = renderReceiptHtml(receipt, 'nl');
    expect(html).toContain('Annuleringsbon');
    expect(html).toContain('Annuleringskosten');
    expect(html).toContain('Verzendkosten');
    expect(html).toContain('2 × Hiking boots');
    expect(html).toMatch(/2 × [^<]*<\/td><td class="amount">geannuleerd<\/td>/);
    expect(html).not.toMatch(/€ -/);
    expect(html).toContain('€ 22,95');
    expect(html).toContain('€ 27,05');
    expect(renderReceiptHtml(receipt, 'en')).toMatch(/<td class="amount">cancelled<\/td>/);
    expect(html).toContain('Goedgekeurd door');
    // Nothing is left to collect.
    expect(html).not.toContain('Afhaalcode');
  });
});

describe('R-RCP-1 the receipt of a return with a shipping refund (R-RET-2, R-RET-3)', () => {
  const record = newRecord('Chris Bakker');
  const created = committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-1003',
        lines: [
          { ...tent, quantity: 2, delivery: { kind: 'ship', shipmentId: 'SH1' } },
          { ...boots, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } },
        ],
        shipments: [shipment('SH1', 1500)],
        payments: [{ tender: card('auth-4'), amount: 54448 }],
        availability: plenty,
      },
      context('2026-11-27T10:00:00Z', AMSTERDAM),
    ),
  );
  hqReply(created, record);
  const shipped = committed(
    shipOrder(created.state, { shipmentId: 'SH1' }, context('2026-12-01T08:00:00Z', DC)),
  );
  const shipReply = hqReply(shipped, record);
  const invoice = shipped.invoices[0];
  const tents = shipped.state.order.lines[0];
  if (!invoice || !tents) throw new Error('an invoice and a tent line expected');
  const returned = committed(
    returnOrder(
      shipped.state,
      { invoiceId: invoice.id, lines: [{ lineId: tents.id, quantity: 1 }], reason: 'te klein' },
      context('2026-12-05T12:00:00Z', AMSTERDAM),
    ),
  );
  const receipt = receiptOf(
    { kind: 'return', before: shipReply.order },
    hqReply(returned, record),
    AMSTERDAM,
  );

  it('shows the returned units, the shipping refund and the VAT credited per rate', () => {
    expect(receipt.lines).toEqual([
      expect.objectContaining({
        sku: 'TENT-2P',
        quantity: 1,
        amount: -19999,
        delivery: expect.objectContaining({
          kind: 'ship',
          address: homeAddress,
          requestedDate: '2026-12-01',
        }),
      }),
    ]);
    // The tent's share of the €15.00 shipping: 11.33 over two tents, 5.67 for the first.
    expect(receipt.charges).toEqual([
      { chargeId: expect.any(String), kind: 'shippingRefund', code: 'SHIP', amount: -567, vatRate: 21 },
    ]);
    expect(receipt.total).toBe(-20566);
    expect(receipt.vat).toEqual([{ rate: 21, net: -16997, vat: -3569, gross: -20566 }]);
    // The credit note's own VAT, taken off.
    expect(receipt.vat.map((v) => -v.vat)).toEqual(returned.returnOrder.vat.map((v) => v.vat));
  });

  it('shows the return order, the refund to the card and the order settled', () => {
    expect(receipt.returnOrder).toEqual({
      id: returned.returnOrder.id,
      number: expect.stringMatching(/^RET-/),
      invoiceId: invoice.id,
      invoiceNumber: shipReply.order.invoices[0]?.number,
      reason: 'te klein',
      shippingRefund: 567,
    });
    expect(receipt.tenders).toEqual([
      { tenderId: 'auth-4', method: 'card', kind: 'refunded', amount: 20566 },
    ]);
    expect(receipt.money).toMatchObject({ orderTotal: 54448, paid: 33882, refunded: 20566, balance: 0 });
    const html = renderReceiptHtml(receipt, 'nl');
    expect(html).toContain('Retourbon');
    expect(html).toContain('Terugbetaling verzendkosten');
    expect(html).toContain('€ -5,67');
    expect(html).toContain('te klein');
  });
});

describe('R-RCP-1 the receipt of an edit that took or gave back money (R-EDT-3, decision 0018)', () => {
  // Two boots to pick up at Amsterdam, the deposit of €25.90 paid in cash. An edit makes it three boots
  // and adds a tent shipped home with €6.95 shipping: 388.50 + 199.99 + 6.95 = 595.44, a deposit of
  // 59.54 (R-MON-2), of which 33.64 is paid now in cash from €40.00 handed over.
  const record = newRecord('Dirk Smit');
  const created = committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-1004',
        lines: [
          { ...boots, quantity: 2, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-30' } },
        ],
        payments: [{ tender: cash('cash-5'), amount: 2590 }],
        availability: plenty,
      },
      context('2026-11-27T10:00:00Z', AMSTERDAM),
    ),
  );
  const createReply = hqReply(created, record);
  const bootLine = created.state.order.lines[0];
  if (!bootLine) throw new Error('a boot line expected');
  const more = committed(
    editOrder(
      created.state,
      {
        changes: [
          { kind: 'addShipment', shipment: shipment('SH1', 695) },
          { kind: 'changeQuantity', lineId: bootLine.id, quantity: 3 },
          { kind: 'addLine', line: { ...tent, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } } },
        ],
        payments: [{ tender: cash('cash-6'), amount: 3364 }],
        availability: plenty,
      },
      context('2026-11-27T12:00:00Z', AMSTERDAM),
    ),
  );
  const moreReply = hqReply(more, record);
  const shortfall = receiptOf({ kind: 'edit', before: createReply.order }, moreReply, AMSTERDAM, {
    cashTendered: 4000,
    approvedBy: 'E-900',
  });

  it('lists the whole order as it now stands, with each line’s delivery and the shipping charge', () => {
    expect(shortfall.kind).toBe('edit');
    expect(shortfall.lines.map((l) => [l.sku, l.quantity, l.amount, l.delivery.kind])).toEqual([
      ['BOOT-42', 3, 38850, 'pickup'],
      ['TENT-2P', 1, 19999, 'ship'],
    ]);
    expect(shortfall.lines[1]?.delivery).toMatchObject({
      address: homeAddress,
      modeOfDeliveryName: 'PostNL pakket',
      requestedDate: '2026-12-01',
    });
    expect(shortfall.charges).toEqual([
      { chargeId: expect.any(String), kind: 'shipping', code: 'SHIP', amount: 695, vatRate: 21 },
    ]);
    expect(shortfall.total).toBe(59544);
    expect(shortfall.total).toBe(shortfall.money.orderTotal);
    // 595.44 at 21 %: 595.44 × 21 / 121 = 103.34.
    expect(shortfall.vat).toEqual([{ rate: 21, net: 49210, vat: 10334, gross: 59544 }]);
  });

  it('shows the shortfall paid now in cash with the change, the deposit required and paid, and the balance', () => {
    expect(movedMoney(createReply.order, moreReply.order)).toBe(true);
    expect(shortfall.tenders).toEqual([{ tenderId: 'cash-6', method: 'cash', kind: 'paid', amount: 3364 }]);
    expect(shortfall.cash).toEqual({ tendered: 4000, change: 636 });
    expect(shortfall.money).toMatchObject({
      orderTotal: 59544,
      depositRequired: 5954,
      depositPaid: 5954,
      paid: 5954,
      balance: 53590,
    });
    expect(shortfall.effect.paidNow).toBe(3364);
    expect(shortfall.invoices).toEqual([]);
    expect(shortfall.approvedBy).toBe('E-900');
  });

  it('an edit that moves no money gives no receipt: nothing crossed the counter', () => {
    const later = committed(
      editOrder(
        more.state,
        {
          changes: [{ kind: 'changeShipment', shipmentId: 'SH1', requestedDate: '2026-12-03' }],
          availability: plenty,
        },
        context('2026-11-28T10:00:00Z', AMSTERDAM),
      ),
    );
    expect(movedMoney(moreReply.order, hqReply(later, record).order)).toBe(false);
  });

  // Two boots paid in full by card; one fewer leaves 129.50 open, so the 129.50 paid beyond the new total
  // goes back to the card (R-EDT-3).
  const paidRecord = newRecord('Eva Mulder');
  const paidInFull = committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-1005',
        lines: [
          { ...boots, quantity: 2, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-30' } },
        ],
        payments: [{ tender: card('auth-7'), amount: 25900 }],
        availability: plenty,
      },
      context('2026-11-27T10:00:00Z', AMSTERDAM),
    ),
  );
  const paidReply = hqReply(paidInFull, paidRecord);
  const paidBoots = paidInFull.state.order.lines[0];
  if (!paidBoots) throw new Error('a boot line expected');
  const fewer = committed(
    editOrder(
      paidInFull.state,
      { changes: [{ kind: 'changeQuantity', lineId: paidBoots.id, quantity: 1 }], availability: plenty },
      context('2026-11-28T09:00:00Z', AMSTERDAM),
    ),
  );
  const refund = receiptOf({ kind: 'edit', before: paidReply.order }, hqReply(fewer, paidRecord), AMSTERDAM);

  it('shows a refund as money given back to the tender, and the order after it', () => {
    expect(refund.effect.refund).toBe(12950);
    expect(refund.tenders).toEqual([{ tenderId: 'auth-7', method: 'card', kind: 'refunded', amount: 12950 }]);
    expect(refund.lines.map((l) => [l.sku, l.quantity, l.amount])).toEqual([['BOOT-42', 1, 12950]]);
    expect(refund.money).toMatchObject({ orderTotal: 12950, depositRequired: 1295, refunded: 12950 });
    expect(refund.cash).toBeUndefined();
  });

  it('prints as an order change receipt in Dutch and English, with the payment and the change', () => {
    const dutch = renderReceiptHtml(shortfall, 'nl');
    expect(dutch).toContain('Wijzigingsbon');
    expect(dutch).toContain('Uw bestelling na de wijziging');
    expect(dutch).toContain('3 × Hiking boots, size 42');
    expect(dutch).toContain('Betaald (contant)');
    expect(dutch).toContain('€ 33,64');
    expect(dutch).toContain('Wisselgeld');
    expect(dutch).toContain('€ 6,36');
    expect(dutch).toContain('Goedgekeurd door');
    const english = renderReceiptHtml(shortfall, 'en');
    expect(english).toContain('Order change receipt');
    expect(english).toContain('Your order after the change');
    expect(english).toContain('€595.44');
    expect(renderReceiptHtml(refund, 'en')).toContain('Refunded (card)');
  });
});

describe('receipt money and labels', () => {
  it.each([
    [0, '€ 0,00', '€0.00'],
    [5, '€ 0,05', '€0.05'],
    [1234, '€ 12,34', '€12.34'],
    [100000, '€ 1.000,00', '€1,000.00'],
    [123456789, '€ 1.234.567,89', '€1,234,567.89'],
    [-1234, '€ -12,34', '-€12.34'],
    [900719925474099, '€ 9.007.199.254.740,99', '€9,007,199,254,740.99'],
  ])('R-MON-1 %i cents print as %s in Dutch and %s in English', (cents, dutch, english) => {
    expect(formatMoney(cents, 'nl')).toBe(dutch);
    expect(formatMoney(cents, 'en')).toBe(english);
  });

  it('refuses to print an amount that is not whole cents', () => {
    expect(() => formatMoney(12.5, 'nl')).toThrow(RangeError);
  });

  it('translates every label into Dutch', () => {
    const flat = (labels: object, prefix = ''): [string, string][] =>
      Object.entries(labels).flatMap(([key, value]) =>
        typeof value === 'string' ? [[`${prefix}${key}`, value]] : flat(value, `${prefix}${key}.`),
      );
    const dutch = new Map(flat(RECEIPT_LABELS.nl));
    // The same word in both languages.
    const same = new Set(['status', 'statuses.open']);
    for (const [key, english] of flat(RECEIPT_LABELS.en)) {
      expect(dutch.get(key), key).toBeDefined();
      if (!same.has(key)) expect(dutch.get(key), key).not.toBe(english);
    }
  });
});
