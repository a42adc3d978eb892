import type {
  CartChange,
  CartDeliveryInput,
  CartView,
  CheckoutReply,
  ErrorReply,
  FindOrdersReply,
  FunctionalityProfile,
  Receipt,
  RtsOrder,
  StockLevel,
  StoreOperationReply,
} from '@kassa/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDays } from '../src/dates.ts';
import { expectStatus } from '../src/expect-status.ts';
import { type RegisterClient, type Reply, type System, startSystem } from '../src/system.ts';
import { lockHqStock } from './hq-lock.ts';

/**
 * Money at the counter end to end (SPEC §5, §8, §9, §10): HQ and both demo stores as processes, driven as
 * the POS and the back office drive them. Every amount is worked out from the demo data
 * (packages/hq/src/demo/demo-data.ts): deposit 10 %, cancellation charge 5 % (code CANC, 21 %), shipping
 * code SHIP (21 %), shipping refunds refundable up to 1000 without approval; TENT-2P 19999, BOOT-42 12950,
 * BAG-60L 8995, MAP-VELUWE 1295.
 */

const CARD = { number: '4111111111111111', expiry: '12/29' };
const MANAGER = { staffId: 'S01-manager', password: 'kassa-manager' };

/** The order as the store reads it from HQ, with the history HQ adds (R-SEC-3). */
type OrderRead = RtsOrder & {
  history: {
    operation: string;
    staffId: string;
    approvedBy: string | null;
    locationId: string;
    registerId: string | null;
    details: Record<string, unknown>;
  }[];
};
type Completed = Extract<CheckoutReply, { preview: false }>;
type Previewed = Extract<CheckoutReply, { preview: true }> & { blockers: ErrorReply[] };
type Operation = StoreOperationReply & {
  blockers: ErrorReply[];
  approvals: { permission: string; reason: string }[];
};

/** R-MON-5: the ledger entries that moved money on a card. */
function cardEntriesOf(order: RtsOrder): RtsOrder['ledger'] {
  return order.ledger.filter((entry) => (entry as { tender?: { method: string } }).tender?.method === 'card');
}

interface LineSpec {
  readonly sku: string;
  readonly quantity: number;
  readonly delivery: CartDeliveryInput;
}

async function changeCart(
  register: RegisterClient,
  cart: CartView,
  changes: CartChange[],
): Promise<CartView> {
  return expectStatus(
    await register.post<CartView>(`/carts/${cart.id}/changes`, { version: cart.version, changes }),
    200,
  );
}

/** A cart as an associate builds it: the customer, the products, a delivery per line, then the tenders. */
async function buildCart(
  register: RegisterClient,
  customerNumber: string,
  lines: readonly LineSpec[],
  tenders: CartChange[],
): Promise<CartView> {
  let cart = expectStatus(await register.post<CartView>('/carts'), 201);
  cart = await changeCart(register, cart, [
    { kind: 'setCustomer', customerNumber },
    ...lines.map((line): CartChange => ({ kind: 'addProduct', sku: line.sku, quantity: line.quantity })),
  ]);
  cart = await changeCart(
    register,
    cart,
    lines.map((spec): CartChange => {
      const line = cart.lines.find((candidate) => candidate.sku === spec.sku);
      if (!line) throw new Error(`the cart has no line of ${spec.sku}`);
      return { kind: 'setDelivery', lineIds: [line.id], delivery: spec.delivery };
    }),
  );
  return tenders.length > 0 ? changeCart(register, cart, tenders) : cart;
}

describe('money at the store: cancel, return, pay later and HQ going away (SPEC §5, §8, §9, §10)', () => {
  let system: System;
  let cashier: RegisterClient;

  beforeAll(async () => {
    system = await startSystem();
    cashier = await system.store('S01').signIn('S01-cashier', 'kassa-cashier', 'R1');
  }, 60_000);
  afterAll(async () => {
    await system?.close();
  }, 30_000);

  const readOrder = async (idOrNumber: string): Promise<OrderRead> =>
    expectStatus(await cashier.get<OrderRead>(`/orders/${encodeURIComponent(idOrNumber)}`), 200);

  const stockOf = async (sku: string, locationId: string): Promise<StockLevel> => {
    const reply = await system.backOffice.get<{ stock: StockLevel[] }>(
      `/stock?sku=${sku}&locationId=${locationId}`,
    );
    const [level] = expectStatus(reply, 200).stock;
    if (!level) throw new Error(`no stock of ${sku} at ${locationId}`);
    return level;
  };

  const ordersOf = async (customerNumber: string): Promise<FindOrdersReply['orders']> =>
    expectStatus(
      await system.backOffice.get<FindOrdersReply>(`/orders?customer=${customerNumber}&limit=100`),
      200,
    ).orders.filter((order) => order.customerNumber === customerNumber);

  it('R-CAN-1, R-CAN-2, R-CAN-3, R-SEC-1, R-SEC-2: the cancellation charge is previewed, changed only with a manager override that the history and the receipt name, and the rest of the deposit refunded', async () => {
    // Lines 2 × 19999 + 1295 = 41293, shipping 695: total 41988; deposit round(10 % × 41988) = 4199.
    const cart = await buildCart(
      cashier,
      'C-1001',
      [
        { sku: 'TENT-2P', quantity: 2, delivery: { kind: 'pickup', storeId: 'S01', date: inDays(3) } },
        {
          sku: 'MAP-VELUWE',
          quantity: 1,
          delivery: {
            kind: 'ship',
            addressId: 'C-1001-home',
            modeOfDelivery: 'POSTNL',
            requestedDate: inDays(4),
            charge: 695,
          },
        },
      ],
      [{ kind: 'addCashPayment', amount: 4199 }],
    );
    const created = expectStatus(await cashier.post<Completed>(`/carts/${cart.id}/checkout`, {}), 201);
    expect(created.receipt.money).toMatchObject({
      orderTotal: 41988,
      depositRequired: 4199,
      depositPaid: 4199,
    });
    const orderId = created.receipt.order.id;
    const tentsBefore = await stockOf('TENT-2P', 'S01');
    const mapsBefore = await stockOf('MAP-VELUWE', 'DC1');
    const before = await readOrder(orderId);
    const { version } = before;

    // R-CAN-2: 5 % of the cancelled 41293 is 2064.65 → 2065 (R-MON-2); R-CAN-3: 4199 − 2065 = 2134 back.
    const preview = expectStatus(
      await cashier.post<Operation>(`/orders/${orderId}/cancel?preview=true`, { version }),
      200,
    );
    expect(preview.preview).toBe(true);
    expect(preview.effect).toMatchObject({
      charge: 2065,
      invoiced: 2065,
      depositApplied: 2065,
      refund: 2134,
      toCollect: 0,
    });
    expect(preview.blockers).toEqual([]);
    expect(preview.approvals).toEqual([]);
    expect(preview.receipt).toBeNull();
    expect((await readOrder(orderId)).version).toBe(version);

    // The cashier may cancel, but not change the charge: the preview says a manager must approve…
    const asked = expectStatus(
      await cashier.post<Operation>(`/orders/${orderId}/cancel?preview=true`, {
        version,
        chargeOverride: 1000,
      }),
      200,
    );
    expect(asked.effect).toMatchObject({ charge: 1000, refund: 3199 });
    expect(asked.approvals).toEqual([
      { permission: 'changeCancellationCharge', reason: expect.stringContaining('2065 → 1000') },
    ]);
    // …and the cancellation itself is refused, with nothing changed.
    const refused = await cashier.post<ErrorReply>(`/orders/${orderId}/cancel`, {
      version,
      chargeOverride: 1000,
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      code: 'APPROVAL_REQUIRED',
      rule: 'R-SEC-2',
      permission: 'changeCancellationCharge',
    });
    const wrongPassword = await cashier.post<ErrorReply>(`/orders/${orderId}/cancel`, {
      version,
      chargeOverride: 1000,
      managerOverride: { ...MANAGER, password: 'not-the-password' },
    });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body).toMatchObject({ code: 'UNAUTHORIZED', rule: 'R-SEC-2' });
    const untouched = await readOrder(orderId);
    expect(untouched).toMatchObject({ version, status: 'open', ledger: before.ledger });

    // The manager approves on the spot: charge 1000, refund 4199 − 1000 = 3199 to the cash tender.
    const cancelled = expectStatus(
      await cashier.post<Operation>(`/orders/${orderId}/cancel`, {
        version,
        chargeOverride: 1000,
        managerOverride: MANAGER,
      }),
      200,
    );
    expect(cancelled.effect).toMatchObject({
      charge: 1000,
      invoiced: 1000,
      depositApplied: 1000,
      refund: 3199,
      toCollect: 0,
    });
    const receipt = cancelled.receipt as Receipt;
    expect(receipt).toMatchObject({
      kind: 'cancel',
      staffId: 'S01-cashier',
      approvedBy: 'S01-manager',
      order: { id: orderId, number: created.receipt.order.number, status: 'cancelled' },
      // The cancelled units were never invoiced: listed without an amount (decision 0019).
      lines: [
        { sku: 'TENT-2P', quantity: 2, unitPrice: 19999, amount: 0, vatRate: 21 },
        { sku: 'MAP-VELUWE', quantity: 1, unitPrice: 1295, amount: 0, vatRate: 9 },
      ],
      // The shipment none of whose lines left drops its charge (R-CAN-3); the charge is invoiced.
      charges: [
        { kind: 'shipping', code: 'SHIP', amount: 0, vatRate: 21 },
        { kind: 'cancellation', code: 'CANC', amount: 1000, vatRate: 21 },
      ],
      total: 1000,
      // R-MON-4: the cancellation invoice's VAT, round(1000 × 21 / 121) = 174.
      vat: [{ rate: 21, gross: 1000, vat: 174, net: 826 }],
      tenders: [{ method: 'cash', kind: 'refunded', amount: 3199 }],
      effect: { charge: 1000, refund: 3199, depositApplied: 1000, invoiced: 1000 },
      invoices: [{ kind: 'cancellation', number: expect.any(String) }],
      money: { orderTotal: 1000, depositPaid: 4199, depositAvailable: 0, refunded: 3199, balance: 0, due: 0 },
    });
    expect(receipt.vat).toHaveLength(1);
    const printed = expectStatus(await cashier.get<Receipt>(`/receipts/${receipt.id}`), 200);
    expect(printed).toEqual(receipt);

    // R-SEC-2: the order's history names who cancelled, who approved, and what.
    const after = await readOrder(orderId);
    expect(after.status).toBe('cancelled');
    expect(after.history.at(-1)).toMatchObject({
      operation: 'cancel',
      staffId: 'S01-cashier',
      approvedBy: 'S01-manager',
      locationId: 'S01',
      registerId: 'R1',
      details: {
        chargeOverride: 1000,
        approvedBy: 'S01-manager',
        approvals: [{ permission: 'changeCancellationCharge' }],
      },
    });
    expect(after.charges).toEqual([
      expect.objectContaining({ kind: 'shipping', amount: 695, status: 'dropped' }),
      expect.objectContaining({ kind: 'cancellation', code: 'CANC', amount: 1000, status: 'invoiced' }),
    ]);
    const refunds = after.ledger.filter((entry) => entry.kind === 'refunded');
    expect(refunds).toEqual([
      expect.objectContaining({
        amount: 3199,
        from: 'deposit',
        tender: expect.objectContaining({ method: 'cash' }),
      }),
    ]);
    // R-CAN-3: the reservations are released where they were made.
    expect((await stockOf('TENT-2P', 'S01')).reserved).toBe(tentsBefore.reserved - 2);
    expect((await stockOf('MAP-VELUWE', 'DC1')).reserved).toBe(mapsBefore.reserved - 1);

    // R-CAN-1: a cancelled order cannot be cancelled again.
    const again = await cashier.post<ErrorReply>(`/orders/${orderId}/cancel`, { version: after.version });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ code: 'OPERATION_NOT_ALLOWED', rule: 'R-CAN-1' });
  });

  it('R-RET-1, R-RET-2, R-RET-3, R-RET-4, R-PCK-5: a shipment invoiced at HQ is returned at the store; a shipping refund above the limit needs a manager, and the receipt shows the refund and the return order', async () => {
    // 2 × 12950 + shipping 1495 = 27395, paid in full by card.
    const cart = await buildCart(
      cashier,
      'C-1002',
      [
        {
          sku: 'BOOT-42',
          quantity: 2,
          delivery: {
            kind: 'ship',
            addressId: 'C-1002-home',
            modeOfDelivery: 'DHL',
            requestedDate: inDays(2),
            charge: 1495,
          },
        },
      ],
      [{ kind: 'addCardPayment', card: CARD, amount: 27395 }],
    );
    const created = expectStatus(await cashier.post<Completed>(`/carts/${cart.id}/checkout`, {}), 201);
    expect(created.receipt.tenders).toEqual([
      { tenderId: expect.any(String), method: 'card', kind: 'paid', amount: 27395, last4: '1111' },
    ]);
    const orderId = created.receipt.order.id;
    const placed = await readOrder(orderId);
    const [shipment] = placed.shipments;
    const [line] = placed.lines;
    if (!shipment || !line) throw new Error('the order has no shipment');

    // R-PCK-5: DC1 ships it; the invoice carries the shipping charge and the deposit pays it all.
    const shipped = expectStatus(
      await system.backOffice.post<{ order: RtsOrder; effect: Operation['effect'] }>(
        `/orders/${orderId}/ship`,
        { version: placed.version, shipmentId: shipment.id },
      ),
      200,
    );
    expect(shipped.effect).toMatchObject({ invoiced: 27395, depositApplied: 27395, due: 0, captured: 0 });
    const invoice = shipped.order.invoices.find((candidate) => candidate.kind === 'shipment');
    expect(invoice).toMatchObject({
      locationId: 'DC1',
      total: 27395,
      number: expect.any(String),
      lines: [{ lineId: line.id, quantity: 2, amount: 25900 }],
      charges: [{ code: 'SHIP', amount: 1495 }],
    });
    if (!invoice) throw new Error('no shipment invoice');
    const order = await readOrder(orderId);
    expect(order.status).toBe('delivered');
    const returnOne = {
      version: order.version,
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1 }],
    };

    // R-RET-1: a reason is required, and at most what the invoice holds comes back.
    const noReason = await cashier.post<ErrorReply>(`/orders/${orderId}/return`, {
      ...returnOne,
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    const tooMany = await cashier.post<ErrorReply>(`/orders/${orderId}/return`, {
      ...returnOne,
      lines: [{ lineId: line.id, quantity: 3 }],
      reason: 'too small',
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toMatchObject({
      code: 'RETURN_ABOVE_INVOICED',
      rule: 'R-RET-1',
      details: { returnable: 2, requested: 3 },
    });

    // R-RET-3: the proposal is the returned unit's share of the charge: 1495 over 2 units → 748.
    const proposal = expectStatus(
      await cashier.post<Operation>(`/orders/${orderId}/return?preview=true`, {
        ...returnOne,
        reason: 'too small',
      }),
      200,
    );
    expect(proposal.effect.refund).toBe(12950 + 748);
    expect(proposal.approvals).toEqual([]);
    expect(proposal.order.returnOrders).toEqual([expect.objectContaining({ shippingRefund: 748 })]);

    // 1200 is above the 1000 refundable without approval: not for a cashier.
    const asked = { ...returnOne, reason: 'too small', shippingRefund: 1200 };
    const refused = await cashier.post<ErrorReply>(`/orders/${orderId}/return`, asked);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      code: 'APPROVAL_REQUIRED',
      rule: 'R-SEC-2',
      permission: 'approveRefundOverLimit',
    });
    expect((await readOrder(orderId)).returnOrders).toEqual([]);

    const bootsBefore = await stockOf('BOOT-42', 'S01');
    const returned = expectStatus(
      await cashier.post<Operation>(`/orders/${orderId}/return`, { ...asked, managerOverride: MANAGER }),
      200,
    );
    // R-RET-2: 12950 + 1200 = 14150 back to the card that paid.
    expect(returned.effect).toMatchObject({ refund: 14150, invoiced: 0, charge: 0 });
    const [returnOrder] = returned.order.returnOrders;
    expect(returnOrder).toMatchObject({
      invoiceId: invoice.id,
      number: expect.any(String),
      reason: 'too small',
      locationId: 'S01',
      shippingRefund: 1200,
      total: 14150,
      lines: [{ lineId: line.id, quantity: 1, amount: 12950 }],
    });
    const receipt = returned.receipt as Receipt;
    expect(receipt).toMatchObject({
      kind: 'return',
      staffId: 'S01-cashier',
      approvedBy: 'S01-manager',
      lines: [{ sku: 'BOOT-42', quantity: 1, unitPrice: 12950, amount: -12950, vatRate: 21 }],
      charges: [{ kind: 'shippingRefund', code: 'SHIP', amount: -1200, vatRate: 21 }],
      total: -14150,
      // round(−14150 × 21 / 121) = −2456 (R-MON-4).
      vat: [{ rate: 21, gross: -14150, vat: -2456, net: -11694 }],
      tenders: [{ method: 'card', kind: 'refunded', amount: 14150 }],
      effect: { refund: 14150 },
      returnOrder: {
        id: returnOrder?.id,
        number: returnOrder?.number,
        invoiceId: invoice.id,
        invoiceNumber: invoice.number,
        reason: 'too small',
        shippingRefund: 1200,
      },
    });
    const after = await readOrder(orderId);
    expect(after.ledger.filter((entry) => entry.kind === 'refunded')).toEqual([
      expect.objectContaining({
        amount: 14150,
        from: 'invoice',
        invoiceId: invoice.id,
        returnOrderId: returnOrder?.id,
        tender: expect.objectContaining({ method: 'card' }),
      }),
    ]);
    expect(after.history.at(-1)).toMatchObject({
      operation: 'return',
      staffId: 'S01-cashier',
      approvedBy: 'S01-manager',
      details: { approvals: [{ permission: 'approveRefundOverLimit' }] },
    });
    // R-RET-4: the returned pair is back on the store's shelf.
    expect((await stockOf('BOOT-42', 'S01')).onHand).toBe(bootsBefore.onHand + 1);
  });

  it('R-PRO-1, R-DEP-4: "card required" set at HQ holds at S01 only after job 1070 ran; then a deposit alone is refused until a card is authorized for the balance', async () => {
    const profileAt = async (storeId: string) =>
      expectStatus(
        await system.backOffice.get<FunctionalityProfile>(`/functionality-profiles/${storeId}`),
        200,
      );
    const original = await profileAt('S01');
    expect(original.requirePaymentForFulfillment).toBe('NotRequired');
    const setProfile = async (
      requirePaymentForFulfillment: FunctionalityProfile['requirePaymentForFulfillment'],
    ) =>
      expectStatus(
        await system.backOffice.put('/functionality-profiles/S01', {
          requirePaymentForFulfillment,
          createCustomerOrderInAsyncMode: original.createCustomerOrderInAsyncMode,
          fallbackToAsyncWhenHqUnreachable: original.fallbackToAsyncWhenHqUnreachable,
        }),
        200,
      );
    // TENT-2P picked up at S01: deposit round(10 % × 19999) = 2000, balance 17999.
    const depositOnly = (register: RegisterClient, storeId: string) =>
      buildCart(
        register,
        'C-1003',
        [{ sku: 'TENT-2P', quantity: 1, delivery: { kind: 'pickup', storeId, date: inDays(2) } }],
        [{ kind: 'addCashPayment', amount: 2000 }],
      );

    await setProfile('CardRequired');
    try {
      expect((await profileAt('S01')).requirePaymentForFulfillment).toBe('CardRequired');
      // S01 has not got the change: paying the deposit only still goes through.
      const early = await depositOnly(cashier, 'S01');
      const earlyPreview = expectStatus(
        await cashier.post<Previewed>(`/carts/${early.id}/checkout?preview=true`, {}),
        200,
      );
      expect(earlyPreview.blockers).toEqual([]);
      const first = expectStatus(await cashier.post<Completed>(`/carts/${early.id}/checkout`, {}), 201);
      expect(first.receipt.money).toMatchObject({
        orderTotal: 19999,
        depositPaid: 2000,
        authorizationOpen: 0,
        balance: 17999,
      });

      const [channel] = await system.kassa.runDistributionJobs(['1070']);
      expect(channel?.runs.find((run) => run.storeId === 'S01')).toMatchObject({ status: 'applied' });

      // Now it has: the same cart is refused until a card is authorized for the balance.
      let cart = await depositOnly(cashier, 'S01');
      const preview = expectStatus(
        await cashier.post<Previewed>(`/carts/${cart.id}/checkout?preview=true`, {}),
        200,
      );
      expect(preview.blockers).toEqual([
        expect.objectContaining({
          code: 'CARD_AUTHORIZATION_REQUIRED',
          rule: 'R-DEP-4',
          details: { amount: 17999 },
        }),
      ]);
      const refused = await cashier.post<ErrorReply>(`/carts/${cart.id}/checkout`, {});
      expect(refused.status).toBe(402);
      expect(refused.body).toMatchObject({
        code: 'CARD_AUTHORIZATION_REQUIRED',
        rule: 'R-DEP-4',
        field: 'authorizations',
        details: { amount: 17999 },
      });
      cart = expectStatus(await cashier.get<CartView>(`/carts/${cart.id}`), 200);
      expect(cart).toMatchObject({ status: 'open', order: null });

      cart = await changeCart(cashier, cart, [{ kind: 'authorizeCard', card: CARD, amount: 17999 }]);
      const second = expectStatus(await cashier.post<Completed>(`/carts/${cart.id}/checkout`, {}), 201);
      expect(second.receipt.tenders).toEqual([
        { tenderId: expect.any(String), method: 'cash', kind: 'paid', amount: 2000 },
        { tenderId: expect.any(String), method: 'card', kind: 'authorized', amount: 17999, last4: '1111' },
      ]);
      expect(second.receipt.money).toMatchObject({
        orderTotal: 19999,
        depositPaid: 2000,
        authorizationOpen: 17999,
        balance: 17999,
      });

      // R-PRO-1 is per channel: S02's profile did not change, so it still lets the customer pay later.
      const atS02 = await system.store('S02').signIn('S02-cashier', 'kassa-cashier', 'R1');
      const s02Cart = await depositOnly(atS02, 'S02');
      expectStatus(await atS02.post<Completed>(`/carts/${s02Cart.id}/checkout`, {}), 201);
    } finally {
      await setProfile(original.requirePaymentForFulfillment);
      await system.kassa.runDistributionJobs(['1070']);
    }
  });

  it('R-ASY-1: with HQ stopped the checkout answers 503 and the cart keeps every line and tender; after HQ starts, the retry makes one order and charges the card once', async () => {
    const { hq } = system.kassa;
    // BAG-60L picked up at S01: deposit round(10 % × 8995) = 899.5 → 900 (R-MON-2), paid by card.
    const cart = await buildCart(
      cashier,
      'C-1004',
      [{ sku: 'BAG-60L', quantity: 1, delivery: { kind: 'pickup', storeId: 'S01', date: inDays(1) } }],
      [{ kind: 'addCardPayment', card: CARD, amount: 900 }],
    );
    const ordersBefore = await ordersOf('C-1004');
    const key = `checkout-${cart.id}`;

    await hq.stop();
    try {
      const down = await cashier.post<ErrorReply>(`/carts/${cart.id}/checkout`, {}, { idempotencyKey: key });
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ code: 'HQ_UNREACHABLE', rule: 'R-ASY-1' });
      const kept = expectStatus(await cashier.get<CartView>(`/carts/${cart.id}`), 200);
      expect(kept).toEqual(cart);
      expect(kept).toMatchObject({
        status: 'open',
        order: null,
        customer: { number: 'C-1004' },
        lines: [{ sku: 'BAG-60L', quantity: 1, delivery: { kind: 'pickup', storeId: 'S01' } }],
        tenders: [{ kind: 'card', amount: 900, last4: '1111' }],
      });
      // A card is tokenized at HQ when it is added: refused while HQ is down, and the cart stays as it was.
      const noCard = await cashier.post<ErrorReply>(`/carts/${cart.id}/changes`, {
        version: cart.version,
        changes: [{ kind: 'addCardPayment', card: CARD, amount: 100 }],
      });
      expect(noCard.status).toBe(503);
      expect(noCard.body).toMatchObject({ code: 'HQ_UNREACHABLE' });
      expect(expectStatus(await cashier.get<CartView>(`/carts/${cart.id}`), 200).version).toBe(cart.version);
      // The store's own catalog still answers.
      const products = expectStatus(
        await cashier.get<{ items: { sku: string }[] }>('/products?search=backpack'),
        200,
      );
      expect(products.items.map((product) => product.sku)).toContain('BAG-60L');
    } finally {
      await hq.start();
    }

    const retried = expectStatus(
      await cashier.post<Completed>(`/carts/${cart.id}/checkout`, {}, { idempotencyKey: key }),
      201,
    );
    expect(retried.cart).toMatchObject({
      status: 'completed',
      order: { number: retried.receipt.order.number },
    });
    expect(retried.receipt.tenders).toEqual([
      { tenderId: expect.any(String), method: 'card', kind: 'paid', amount: 900, last4: '1111' },
    ]);
    const again = expectStatus(
      await cashier.post<Completed>(`/carts/${cart.id}/checkout`, {}, { idempotencyKey: key }),
      201,
    );
    expect(again.receipt).toEqual(retried.receipt);

    const orders = await ordersOf('C-1004');
    expect(orders).toHaveLength(ordersBefore.length + 1);
    expect(orders.map((order) => order.number)).toContain(retried.receipt.order.number);
    const order = await readOrder(retried.receipt.order.number);
    const cardEntries = cardEntriesOf(order);
    expect(cardEntries).toEqual([expect.objectContaining({ kind: 'depositPaid', amount: 900 })]);
  }, 60_000);

  it('R-ASY-1: HQ killed (SIGKILL) while it works on a checkout; after it starts again, retries with the same key give exactly one order, the card charged once', async () => {
    const { hq } = system.kassa;
    const cart = await buildCart(
      cashier,
      'C-1004',
      [{ sku: 'BAG-60L', quantity: 1, delivery: { kind: 'pickup', storeId: 'S01', date: inDays(1) } }],
      [{ kind: 'addCardPayment', card: CARD, amount: 900 }],
    );
    const ordersBefore = await ordersOf('C-1004');
    const key = `checkout-${cart.id}`;

    // HQ waits on a lock this test holds, so it is certainly in the middle of the call when it dies.
    const lock = await lockHqStock(system, 'S01', 'BAG-60L');
    const sent = cashier.post<Completed | ErrorReply>(
      `/carts/${cart.id}/checkout`,
      {},
      { idempotencyKey: key },
    );
    try {
      await lock.waitUntilHqWaits();
      await hq.kill();
    } finally {
      await lock.release();
    }
    const first = await sent;
    expect(first.status).toBe(503);
    expect(first.body).toMatchObject({ code: 'HQ_UNREACHABLE', rule: 'R-ASY-1' });
    expect(expectStatus(await cashier.get<CartView>(`/carts/${cart.id}`), 200)).toEqual(cart);
    await hq.start();

    // On SQLite HQ died before it claimed the key: the first retry makes the order. On PostgreSQL it died
    // holding the claim (and having charged the card, then rolled back): until HQ takes the claim over as
    // abandoned (60 s after it was made), a retry is told the first call is still running.
    const outcomes: string[] = [];
    let retried: Reply<Completed | ErrorReply>;
    const giveUpAt = Date.now() + 90_000;
    for (;;) {
      retried = await cashier.post<Completed | ErrorReply>(
        `/carts/${cart.id}/checkout`,
        {},
        { idempotencyKey: key },
      );
      const outcome =
        retried.status === 201 ? '201' : `${retried.status} ${(retried.body as ErrorReply).code}`;
      if (outcomes.at(-1) !== outcome) outcomes.push(outcome);
      if (retried.status === 201 || Date.now() > giveUpAt) break;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    expect(outcomes).toEqual(lock.engine === 'sqlite' ? ['201'] : ['409 IDEMPOTENCY_KEY_IN_USE', '201']);
    const done = retried.body as Completed;
    const orders = await ordersOf('C-1004');
    expect(orders).toHaveLength(ordersBefore.length + 1);
    expect(orders.map((order) => order.number)).toContain(done.receipt.order.number);
    const order = await readOrder(done.receipt.order.number);
    const cardEntries = cardEntriesOf(order);
    expect(cardEntries).toEqual([expect.objectContaining({ kind: 'depositPaid', amount: 900 })]);
    const again = expectStatus(
      await cashier.post<Completed>(`/carts/${cart.id}/checkout`, {}, { idempotencyKey: key }),
      201,
    );
    expect(again.receipt).toEqual(done.receipt);
  }, 120_000);
});
