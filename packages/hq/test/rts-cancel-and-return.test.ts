import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { cashier, manager, type RunningHq, startHq, storeClient } from './hq-server.ts';
import {
  authorizationOf,
  backOffice,
  cardTenders,
  cardToken,
  cash,
  createOrder,
  type Json,
  operate,
  pickup,
  type StoreClient,
  ship,
  shipment,
  stockLevel,
  TEST_CARDS,
} from './rts-fixtures.ts';

describe.each(engines())('RTS: cancelling and returning on %s', (engine) => {
  let hq: RunningHq;
  let s01: StoreClient;
  let s02: StoreClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = storeClient(hq, 'S01');
    s02 = storeClient(hq, 'S02');
  });
  afterAll(() => hq.close());

  it('R-CAN-1 R-CAN-2 R-CAN-3 cancelling charges 5 % of the open value from the deposit, refunds the rest, voids the card, drops shipping and releases stock', async () => {
    const token = await cardToken(s01, TEST_CARDS.approves);
    // 2 × 129.50 to pick up + 199.99 shipped with 6.95 shipping = 465.94; deposit 46.59; the rest authorized.
    const { order } = await createOrder(s01, [pickup('BOOT-42', 2), ship('TENT-2P', 1)], {
      shipments: [shipment(695)],
      payments: [cash(4659)],
      authorizations: [{ cardToken: token, amount: 41935 }],
    });
    const [authorization] = cardTenders(order);
    const before = {
      boots: await stockLevel(hq, 'S01', 'BOOT-42'),
      tent: await stockLevel(hq, 'DC1', 'TENT-2P'),
    };
    const body = { actor: cashier, version: 1 };

    // 5 % of 459.99 = 22.9995 → 23.00; the shipping charge is not part of the cancelled value.
    const expected = {
      charge: 2295,
      invoiced: 2295,
      depositApplied: 2295,
      due: 0,
      refund: 4659 - 2295,
      voided: 41935,
      orderTotal: 2295,
      balance: 0,
    };
    const preview = await s01.post(`/orders/${order.number}/cancel`, body, { preview: true });
    expect(preview.status).toBe(200);
    expect(preview.body.effect).toMatchObject(expected);
    const cancelled = await s01.post(`/orders/${order.number}/cancel`, body);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.effect).toMatchObject(expected);
    expect(cancelled.body.order.status).toBe('cancelled');
    expect(cancelled.body.order.lines.map((l: Json) => l.status)).toEqual(['cancelled', 'cancelled']);
    expect(cancelled.body.order.charges).toEqual([
      expect.objectContaining({ kind: 'shipping', amount: 695, status: 'dropped' }),
      expect.objectContaining({ kind: 'cancellation', code: 'CANC', amount: 2295, status: 'invoiced' }),
    ]);
    expect(cancelled.body.order.invoices).toEqual([
      expect.objectContaining({ kind: 'cancellation', total: 2295 }),
    ]);
    expect(cancelled.body.order.money).toMatchObject({
      paid: 2295,
      depositAvailable: 0,
      authorizationOpen: 0,
    });
    expect(authorizationOf(hq, authorization as string)).toMatchObject({ captured: 0, voided: 41935 });
    expect(await stockLevel(hq, 'S01', 'BOOT-42')).toEqual({
      ...before.boots,
      reserved: before.boots.reserved - 2,
    });
    expect(await stockLevel(hq, 'DC1', 'TENT-2P')).toEqual({
      ...before.tent,
      reserved: before.tent.reserved - 1,
    });

    const again = await s01.post(`/orders/${order.number}/cancel`, { actor: cashier, version: 2 });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ code: 'OPERATION_NOT_ALLOWED', rule: 'R-CAN-1' });
  });

  it('R-CAN-2 changing the cancellation charge needs changeCancellationCharge: a cashier gets 403, a manager override passes', async () => {
    const { order } = await createOrder(s01, [pickup('TENT-2P', 1)], { payments: [cash(2000)] });
    const waived = await s01.post(`/orders/${order.number}/cancel`, {
      actor: cashier,
      version: 1,
      chargeOverride: 0,
    });
    expect(waived.status).toBe(403);
    expect(waived.body).toMatchObject({ code: 'APPROVAL_REQUIRED', permission: 'changeCancellationCharge' });
    const tooHigh = await s01.post(`/orders/${order.number}/cancel`, {
      actor: manager,
      version: 1,
      chargeOverride: 20000,
    });
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.body).toMatchObject({
      code: 'CANCELLATION_CHARGE_OUT_OF_RANGE',
      rule: 'R-CAN-2',
      field: 'chargeOverride',
      details: { minimum: 0, maximum: 19999 },
    });
    const approved = await operate(s01, order, 'cancel', {
      actor: {
        ...cashier,
        permissions: [...cashier.permissions, 'changeCancellationCharge'],
        approvedBy: 'S01-MANAGER',
      },
      chargeOverride: 0,
    });
    expect(approved.effect).toMatchObject({ charge: 0, invoiced: 0, refund: 2000 });
    expect(approved.order.money).toMatchObject({ paid: 0, total: 0 });
    const detail = await s01.get(`/orders/${order.number}`);
    expect(detail.body.history.at(-1)).toMatchObject({
      operation: 'cancel',
      staffId: 'S01-CASHIER',
      approvedBy: 'S01-MANAGER',
      details: { chargeOverride: 0 },
    });
  });

  it('R-CAN-3 a charge above the deposit is due now', async () => {
    const { order } = await createOrder(s01, [pickup('TENT-2P', 1)], { actor: manager, depositOverride: 0 });
    const unpaid = await s01.post(`/orders/${order.number}/cancel`, { actor: cashier, version: 1 });
    expect(unpaid.status).toBe(402);
    expect(unpaid.body).toMatchObject({ code: 'PAYMENT_REQUIRED', rule: 'R-CAN-3', details: { due: 1000 } });
    const paid = await operate(s01, order, 'cancel', { payments: [cash(1000)] });
    expect(paid.effect).toMatchObject({
      charge: 1000,
      paidNow: 1000,
      depositApplied: 0,
      refund: 0,
      balance: 0,
    });
  });

  it('R-CAN-1 R-MON-2 cancelling a partly picked-up order cancels only what is open; the delivered unit stays', async () => {
    const { order } = await createOrder(s01, [pickup('BOOT-42', 2)], { payments: [cash(2590)] });
    const lineId = order.lines[0].id;
    await operate(s01, order, 'pick-up', { lines: [{ lineId, quantity: 1 }], payments: [cash(10360)] });
    const stock = await stockLevel(hq, 'S01', 'BOOT-42');
    // 5 % of 129.50 = 6.475 → 6.48, half away from zero; the deposit was used up by the pickup.
    const unpaid = await s01.post(`/orders/${order.number}/cancel`, { actor: cashier, version: 2 });
    expect(unpaid.status).toBe(402);
    expect(unpaid.body.details).toEqual({ due: 648 });
    const cancelled = await operate(s01, { number: order.number, version: 2 }, 'cancel', {
      payments: [cash(648)],
    });
    expect(cancelled.order.status).toBe('delivered');
    expect(cancelled.order.lines[0]).toMatchObject({
      status: 'delivered',
      quantities: { ordered: 2, delivered: 1, cancelled: 1, reserved: 0 },
    });
    expect(await stockLevel(hq, 'S01', 'BOOT-42')).toEqual({ ...stock, reserved: stock.reserved - 1 });
  });

  it('R-RET-1 R-RET-2 R-RET-3 R-RET-4 returns credit the invoice to the original tenders, propose the shipping share and need approval beyond 10.00', async () => {
    const token = await cardToken(s01, TEST_CARDS.approves);
    // 2 × 129.50 shipped with 15.00 shipping = 274.00; deposit 27.40 cash, 246.60 on the card.
    const { order } = await createOrder(s01, [ship('BOOT-42', 2)], {
      shipments: [shipment(1500)],
      payments: [cash(2740)],
      authorizations: [{ cardToken: token, amount: 24660 }],
    });
    const [authorization] = cardTenders(order);
    const lineId = order.lines[0].id;
    const shipped = await (await backOffice(hq)).post(`/orders/${order.number}/ship`, {
      version: 1,
      shipmentId: 'SH1',
    });
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
    expect(shipped.body.effect).toMatchObject({ invoiced: 27400, depositApplied: 2740, captured: 24660 });
    const invoiceId = shipped.body.order.invoices[0].id;
    const returnBody = (version: number, quantity: number, extra: Record<string, unknown> = {}) => ({
      actor: cashier,
      version,
      invoiceId,
      lines: [{ lineId, quantity }],
      reason: 'too small',
      ...extra,
    });

    const tooMany = await s02.post(`/orders/${order.number}/return`, returnBody(2, 3));
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toMatchObject({
      code: 'RETURN_ABOVE_INVOICED',
      rule: 'R-RET-1',
      field: 'lines[0].quantity',
      details: { returnable: 2, requested: 3 },
    });
    const noReason = await s02.post(`/orders/${order.number}/return`, returnBody(2, 1, { reason: '  ' }));
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    const otherInvoice = await s02.post(
      `/orders/${order.number}/return`,
      returnBody(2, 1, { invoiceId: 'INV-X' }),
    );
    expect(otherInvoice.status).toBe(422);
    expect(otherInvoice.body).toMatchObject({ code: 'UNKNOWN_INVOICE', field: 'invoiceId' });

    // One pair back at S02: 129.50 + its share of the shipping, 15.00 / 2 units = 7.50, under the limit.
    const s02Boots = await stockLevel(hq, 'S02', 'BOOT-42');
    const dc1Boots = await stockLevel(hq, 'DC1', 'BOOT-42');
    const first = await s02.post(`/orders/${order.number}/return`, returnBody(2, 1));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.effect).toMatchObject({ refund: 13700, invoiced: 0 });
    expect(first.body.returnOrders).toEqual([
      { id: expect.any(String), number: expect.stringMatching(/^RET-\d{6}$/) },
    ]);
    expect(first.body.order.returnOrders[0]).toMatchObject({
      invoiceId,
      reason: 'too small',
      shippingRefund: 750,
      total: 13700,
      locationId: 'S02',
    });
    // The card paid last, so it is refunded first.
    expect(authorizationOf(hq, authorization as string)).toMatchObject({ captured: 24660, refunded: 13700 });
    expect(first.body.order.status).toBe('delivered');
    expect(await stockLevel(hq, 'S02', 'BOOT-42')).toEqual({ ...s02Boots, onHand: s02Boots.onHand + 1 });
    expect(await stockLevel(hq, 'DC1', 'BOOT-42')).toEqual(dc1Boots);

    // The second pair brings the shipping refunds to 15.00, above the 10.00 a cashier may give.
    const overLimit = await s01.post(`/orders/${order.number}/return`, returnBody(3, 1));
    expect(overLimit.status).toBe(403);
    expect(overLimit.body).toMatchObject({ code: 'APPROVAL_REQUIRED', permission: 'approveRefundOverLimit' });
    const preview = await s01.post(`/orders/${order.number}/return`, returnBody(3, 1), { preview: true });
    expect(preview.body.approvals).toEqual([
      expect.objectContaining({ permission: 'approveRefundOverLimit' }),
    ]);
    const approved = await s01.post(
      `/orders/${order.number}/return`,
      returnBody(3, 1, {
        actor: {
          ...cashier,
          permissions: [...cashier.permissions, 'approveRefundOverLimit'],
          approvedBy: 'S01-MANAGER',
        },
      }),
    );
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    // 137.00 back: what is left on the card (109.60), then the cash deposit that paid the invoice (27.40).
    expect(approved.body.effect).toMatchObject({ refund: 13700 });
    const refunds = approved.body.order.ledger.filter((e: Json) => e.kind === 'refunded').slice(1);
    expect(refunds.map((e: Json) => [e.tender.method, e.amount])).toEqual([
      ['card', 10960],
      ['cash', 2740],
    ]);
    expect(authorizationOf(hq, authorization as string)).toMatchObject({ refunded: 24660 });
    expect(approved.body.order.money).toMatchObject({ paid: 0, balance: 0 });

    const nothingLeft = await s01.post(`/orders/${order.number}/return`, returnBody(4, 1));
    expect(nothingLeft.status).toBe(422);
    expect(nothingLeft.body.details).toEqual({ returnable: 0, requested: 1 });
    const detail = await s01.get(`/orders/${order.number}`);
    expect(detail.body.history.map((h: Json) => [h.operation, h.locationId, h.approvedBy])).toEqual([
      ['customerOrder', 'S01', null],
      ['ship', 'DC1', null],
      ['return', 'S02', null],
      ['return', 'S01', 'S01-MANAGER'],
    ]);
  });

  it('R-RET-3 without refundShippingCharges no shipping is refunded, and asking for it is refused', async () => {
    const params = () => hq.database.db.updateTable('commerce_parameters').where('id', '=', 1);
    await params().set({ refund_shipping_charges: 0 }).execute();
    try {
      const { order } = await createOrder(s01, [ship('BOOK-WAD', 1)], {
        shipments: [shipment(695)],
        payments: [cash(2495 + 695)],
      });
      const shipped = await (await backOffice(hq)).post(`/orders/${order.number}/ship`, {
        version: 1,
        shipmentId: 'SH1',
      });
      expect(shipped.body.effect).toMatchObject({ invoiced: 3190, depositApplied: 3190, due: 0 });
      const body = {
        actor: manager,
        version: 2,
        invoiceId: shipped.body.order.invoices[0].id,
        lines: [{ lineId: order.lines[0].id, quantity: 1 }],
        reason: 'damaged',
      };
      const asked = await s01.post(`/orders/${order.number}/return`, { ...body, shippingRefund: 695 });
      expect(asked.status).toBe(422);
      expect(asked.body).toMatchObject({
        code: 'SHIPPING_REFUND_NOT_ALLOWED',
        rule: 'R-RET-3',
        field: 'shippingRefund',
      });
      const returned = await operate(s01, { number: order.number, version: 2 }, 'return', body);
      expect(returned.effect.refund).toBe(2495);
      expect(returned.order.returnOrders[0]).toMatchObject({ shippingRefund: 0, total: 2495 });
    } finally {
      await params().set({ refund_shipping_charges: 1 }).execute();
    }
  });
});
