import { randomUUID } from 'node:crypto';
import type {
  CartChange,
  CartView,
  ErrorReply,
  FindOrdersReply,
  Receipt,
  RtsOperationReply,
  RtsOrder,
  StoreOperationReply,
} from '@kassa/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDays } from '../src/dates.ts';
import { expectStatus } from '../src/expect-status.ts';
import type { RegisterClient, System } from '../src/system.ts';
import { startSystem } from '../src/system.ts';

/** HQ's dry run as the register sees it: the order it would be, the money effect and what still blocks it. */
type Preview = RtsOperationReply & { blockers: ErrorReply[] };
type CheckedOut = { preview: false; cart: CartView; receipt: Receipt };
type HqOrder = RtsOrder;

// The demo's prices (gross cents, R-MON-4) and Commerce parameters (packages/hq/src/demo/demo-data.ts).
const TENT_2P = 19999; // 21 %
const TENT_4P = 44900; // 21 %
const BOOT_42 = 12950; // 21 %
const BAG_60L = 8995; // 21 %
const LAMP_HEAD = 2495; // 21 %
const MAP_VELUWE = 1295; // 9 %
const DEPOSIT_PERCENT = 10;
const QUOTE_EXPIRATION_DAYS = 14;
const CARD = { number: '4111111111111111', expiry: '12/29' };

/** R-MON-4: the VAT in a gross amount, rounded half away from zero (R-MON-2); only positive amounts here. */
const vatIn = (gross: number, rate: number) => Math.round((gross * rate) / (100 + rate));

const byRate = (vat: readonly { rate: number }[]) => [...vat].sort((a, b) => a.rate - b.rate);

describe('customer orders at the store, HQ and both demo stores as processes (SPEC §4–§7, §12)', () => {
  let system: System;
  let s01: RegisterClient;
  let s02: RegisterClient;

  beforeAll(async () => {
    system = await startSystem();
    s01 = await system.store('S01').signIn('S01-cashier', 'kassa-cashier', 'R1');
    s02 = await system.store('S02').signIn('S02-cashier', 'kassa-cashier', 'R1');
  }, 60_000);
  afterAll(async () => {
    await system?.close();
  }, 30_000);

  async function openCart(register: RegisterClient): Promise<CartView> {
    return expectStatus(await register.post<CartView>('/carts'), 201);
  }

  async function change(register: RegisterClient, cart: CartView, changes: CartChange[]): Promise<CartView> {
    const changed = expectStatus(
      await register.post<CartView>(`/carts/${cart.id}/changes`, { version: cart.version, changes }),
      200,
    );
    expect(changed.version).toBe(cart.version + 1);
    return changed;
  }

  async function preview(register: RegisterClient, cart: CartView): Promise<Preview> {
    return expectStatus(await register.post<Preview>(`/carts/${cart.id}/checkout?preview=true`, {}), 200);
  }

  async function checkout(register: RegisterClient, cart: CartView): Promise<CheckedOut> {
    return expectStatus(await register.post<CheckedOut>(`/carts/${cart.id}/checkout`, {}), 201);
  }

  async function readOrder(register: RegisterClient, idOrNumber: string): Promise<HqOrder> {
    return expectStatus(await register.get<HqOrder>(`/orders/${idOrNumber}`), 200);
  }

  async function find(register: RegisterClient, query: string): Promise<FindOrdersReply['orders']> {
    return expectStatus(await register.get<FindOrdersReply>(`/orders?${query}`), 200).orders;
  }

  /** An order made at S01 with the lines given, paying the deposit in cash; answers its create receipt. */
  async function orderAtS01(customerNumber: string, changes: CartChange[], cash: number): Promise<Receipt> {
    const cart = await change(s01, await openCart(s01), [
      { kind: 'setCustomer', customerNumber },
      ...changes,
      { kind: 'addCashPayment', amount: cash },
    ]);
    return (await checkout(s01, cart)).receipt;
  }

  it('R-CRE-2 R-CRE-3 R-CRE-4 R-CRE-7 R-DEP-1 R-DEP-3 R-DEP-5 R-RCP-1 R-ASY-1: a hybrid order made at S01 (shipped, picked up at S02, carried out) with a deposit in cash and by card gets its HQ number at once, a full receipt, and exactly one order however often it is sent', async () => {
    const shipDate = inDays(3);
    const pickupDate = inDays(2);
    const shippingCharge = 695;
    let cart = await change(s01, await openCart(s01), [
      { kind: 'setCustomer', customerNumber: 'C-1001' },
      { kind: 'addProduct', sku: 'TENT-2P', quantity: 1 },
      { kind: 'addProduct', sku: 'BOOT-42', quantity: 1 },
      { kind: 'scanBarcode', barcode: '9789012345685', quantity: 1 },
    ]);
    expect(cart.lines.map((line) => [line.id, line.sku, line.delivery.kind])).toEqual([
      ['L1', 'TENT-2P', 'carryOut'],
      ['L2', 'BOOT-42', 'carryOut'],
      ['L3', 'MAP-VELUWE', 'carryOut'],
    ]);
    cart = await change(s01, cart, [
      {
        kind: 'setDelivery',
        lineIds: ['L1'],
        delivery: {
          kind: 'ship',
          addressId: 'C-1001-home',
          modeOfDelivery: 'POSTNL',
          requestedDate: shipDate,
          charge: shippingCharge,
        },
      },
      {
        kind: 'setDelivery',
        lineIds: ['L2'],
        delivery: { kind: 'pickup', storeId: 'S02', date: pickupDate },
      },
    ]);

    const orderTotal = TENT_2P + BOOT_42 + MAP_VELUWE + shippingCharge;
    // R-DEP-1: the percent of the ship and pickup lines with their charge; the carry-out line in full besides.
    const deposit = Math.round(((TENT_2P + shippingCharge + BOOT_42) * DEPOSIT_PERCENT) / 100);
    expect(deposit).toBe(3364);
    const dueNow = MAP_VELUWE + deposit;
    expect(cart.totals).toMatchObject({ total: orderTotal, charges: shippingCharge });

    const unpaid = await preview(s01, cart);
    expect(unpaid.preview).toBe(true);
    expect(unpaid.effect).toMatchObject({ orderTotal, depositRequired: deposit, toCollect: dueNow });
    expect(unpaid.blockers).toEqual([
      expect.objectContaining({
        code: 'DEPOSIT_BELOW_REQUIRED',
        rule: 'R-DEP-3',
        details: { required: dueNow, paid: 0, shortfall: dueNow },
      }),
    ]);

    // 20.00 in cash from a 50 note: short of the deposit, so HQ refuses and the cart stays as it was.
    cart = await change(s01, cart, [{ kind: 'addCashPayment', amount: 2000, tendered: 5000 }]);
    expect((await preview(s01, cart)).effect.toCollect).toBe(dueNow - 2000);
    const short = await s01.post<ErrorReply>(`/carts/${cart.id}/checkout`, {});
    expect(short.status, JSON.stringify(short.body)).toBe(402);
    expect(short.body).toMatchObject({
      code: 'DEPOSIT_BELOW_REQUIRED',
      rule: 'R-DEP-3',
      details: { required: dueNow, paid: 2000, shortfall: dueNow - 2000 },
    });
    const stillOpen = expectStatus(await s01.get<CartView>(`/carts/${cart.id}`), 200);
    expect(stillOpen).toMatchObject({ status: 'open', order: null, version: cart.version });
    const createdToday = `/orders?customer=C-1001&createdFrom=${inDays()}`;
    expect(expectStatus(await system.backOffice.get<FindOrdersReply>(createdToday), 200).orders).toEqual([]);

    // The rest by card: HQ forgot the key it refused (decision 0010), so the same cart goes through now.
    cart = await change(s01, cart, [{ kind: 'addCardPayment', card: CARD, amount: 3000 }]);
    expect(cart.tenders.map((t) => [t.kind, t.amount, t.last4])).toEqual([
      ['cash', 2000, null],
      ['card', 3000, '1111'],
    ]);
    const paid = await preview(s01, cart);
    expect(paid.blockers).toEqual([]);
    expect(paid.effect).toMatchObject({ toCollect: 0, depositRequired: deposit, paidNow: 5000 });

    const key = randomUUID();
    const done = await s01.post<CheckedOut>(`/carts/${cart.id}/checkout`, {}, { idempotencyKey: key });
    const { receipt, cart: completed } = expectStatus(done, 201);
    const number = receipt.order.number;
    expect(number).toMatch(/^SO-\d{6}$/);
    expect(completed).toMatchObject({
      status: 'completed',
      order: { id: receipt.order.id, number, receiptId: receipt.id },
    });

    expect(receipt).toMatchObject({
      kind: 'create',
      store: { id: 'S01', name: 'Amsterdam', timeZone: 'Europe/Amsterdam' },
      registerId: 'R1',
      staffId: 'S01-cashier',
      approvedBy: null,
      order: {
        number,
        confirmationNumber: null,
        type: 'customerOrder',
        status: 'partiallyDelivered',
        customer: { number: 'C-1001', name: 'Anna de Vries' },
        quoteExpiresOn: null,
      },
      total: orderTotal,
      collectedBy: null,
    });
    expect(receipt.order.pickupCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(receipt.lines).toEqual([
      {
        lineId: expect.any(String),
        sku: 'TENT-2P',
        description: 'Trekking tent for two',
        quantity: 1,
        unitPrice: TENT_2P,
        amount: TENT_2P,
        vatRate: 21,
        delivery: {
          kind: 'ship',
          shipmentId: expect.any(String),
          address: {
            name: 'Anna de Vries',
            street: 'Prinsengracht 263',
            postalCode: '1016 GV',
            city: 'Amsterdam',
            country: 'NL',
          },
          modeOfDelivery: 'POSTNL',
          modeOfDeliveryName: 'PostNL parcel',
          requestedDate: shipDate,
        },
      },
      {
        lineId: expect.any(String),
        sku: 'BOOT-42',
        description: 'Hiking boots, size 42',
        quantity: 1,
        unitPrice: BOOT_42,
        amount: BOOT_42,
        vatRate: 21,
        delivery: { kind: 'pickup', storeId: 'S02', storeName: 'Utrecht', date: pickupDate },
      },
      {
        lineId: expect.any(String),
        sku: 'MAP-VELUWE',
        description: 'Walking map of the Veluwe',
        quantity: 1,
        unitPrice: MAP_VELUWE,
        amount: MAP_VELUWE,
        vatRate: 9,
        delivery: { kind: 'carryOut' },
      },
    ]);
    expect(receipt.charges).toEqual([
      { chargeId: expect.any(String), kind: 'shipping', code: 'SHIP', amount: shippingCharge, vatRate: 21 },
    ]);
    // R-MON-4 on each rate's summed gross: 21 % on 336.44 is 58.39, 9 % on 12.95 is 1.07.
    const gross21 = TENT_2P + BOOT_42 + shippingCharge;
    expect([vatIn(gross21, 21), vatIn(MAP_VELUWE, 9)]).toEqual([5839, 107]);
    expect(byRate(receipt.vat)).toEqual([
      { rate: 9, net: MAP_VELUWE - 107, vat: 107, gross: MAP_VELUWE },
      { rate: 21, net: gross21 - 5839, vat: 5839, gross: gross21 },
    ]);
    // The carry-out invoice is paid first, from the cash; the rest of the cash and the card are deposit.
    expect(receipt.money).toEqual({
      orderTotal,
      depositRequired: deposit,
      depositPaid: 5000 - MAP_VELUWE,
      depositAvailable: 5000 - MAP_VELUWE,
      paid: 5000,
      refunded: 0,
      authorizationOpen: 0,
      due: 0,
      balance: orderTotal - 5000,
    });
    expect(receipt.tenders).toEqual([
      { tenderId: expect.any(String), method: 'cash', kind: 'paid', amount: 2000 },
      { tenderId: expect.any(String), method: 'card', kind: 'paid', amount: 3000, last4: '1111' },
    ]);
    expect(receipt.cash).toEqual({ tendered: 5000, change: 3000 });
    expect(receipt.effect).toMatchObject({ invoiced: MAP_VELUWE, paidNow: 5000, depositApplied: 0 });
    expect(receipt.invoices).toEqual([
      { id: expect.any(String), number: expect.any(String), kind: 'carryOut' },
    ]);

    const stored = expectStatus(await s01.get<Receipt>(`/receipts/${receipt.id}`), 200);
    expect(stored).toEqual(receipt);
    const html = expectStatus(await s01.get<string>(`/receipts/${receipt.id}/html?language=nl`), 200);
    for (const printed of [
      number,
      receipt.order.pickupCode as string,
      'Aanbetaling vereist',
      '€ 33,64',
      'Wisselgeld',
      '€ 30,00',
      'Utrecht',
      'Prinsengracht 263',
      'PostNL parcel',
      '1111',
    ]) {
      expect(html).toContain(printed);
    }

    // R-ASY-1: the order is at HQ when the receipt prints, with the same figures.
    const atHq = expectStatus(await system.backOffice.get<HqOrder>(`/orders/${number}`), 200);
    expect(atHq).toMatchObject({
      id: receipt.order.id,
      number,
      storeId: 'S01',
      type: 'customerOrder',
      pickupCode: receipt.order.pickupCode,
      money: { total: orderTotal, depositRequired: deposit, paid: 5000 },
    });
    // R-DEP-5: each tender keeps its own part of the deposit, so a refund goes back to it.
    expect(atHq.money.perTender.map((t) => [t.tender.method, t.depositPaid]).sort()).toEqual([
      ['card', 3000],
      ['cash', 2000 - MAP_VELUWE],
    ]);

    // The register retries (the answer was lost): the same receipt, and still one order at HQ.
    const retry = await s01.post<CheckedOut>(`/carts/${cart.id}/checkout`, {}, { idempotencyKey: key });
    expect(expectStatus(retry, 201).receipt).toEqual(receipt);
    const orders = expectStatus(await system.backOffice.get<FindOrdersReply>(createdToday), 200).orders;
    expect(orders.map((o) => [o.number, o.total])).toEqual([[number, orderTotal]]);
  });

  it('R-CRE-5 R-DEP-1 R-DEP-3: a quote takes no payment and reserves nothing; converted at the store with its deposit paid, it becomes a customer order', async () => {
    const cart = await change(s01, await openCart(s01), [
      { kind: 'setCustomer', customerNumber: 'C-1002' },
      { kind: 'setType', type: 'quote' },
      { kind: 'addProduct', sku: 'TENT-4P', quantity: 1 },
      { kind: 'addProduct', sku: 'BAG-60L', quantity: 1 },
      {
        kind: 'setDelivery',
        lineIds: ['L1'],
        delivery: { kind: 'pickup', storeId: 'S01', date: inDays(5) },
      },
      {
        kind: 'setDelivery',
        lineIds: ['L2'],
        delivery: {
          kind: 'ship',
          addressId: 'C-1002-home',
          modeOfDelivery: 'DHL',
          requestedDate: inDays(6),
          charge: 495,
        },
      },
    ]);
    const total = TENT_4P + BAG_60L + 495;
    const quotePreview = await preview(s01, cart);
    expect(quotePreview.blockers).toEqual([]);
    expect(quotePreview.effect).toMatchObject({ orderTotal: total, depositRequired: 0, toCollect: 0 });

    // A quote refuses money offered for it.
    const paying = await change(s01, cart, [{ kind: 'addCashPayment', amount: 1000 }]);
    const refused = await s01.post<ErrorReply>(`/carts/${cart.id}/checkout`, {});
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body).toMatchObject({ code: 'QUOTE_TAKES_NO_PAYMENT', rule: 'R-CRE-5' });
    const unpaid = await change(s01, paying, [
      { kind: 'removeTender', tenderId: paying.tenders[0]?.id as string },
    ]);

    const { receipt } = await checkout(s01, unpaid);
    expect(receipt.order).toMatchObject({
      type: 'quote',
      status: 'quote',
      customer: { number: 'C-1002', name: 'Bram Jansen' },
      quoteExpiresOn: inDays(QUOTE_EXPIRATION_DAYS),
    });
    expect(receipt.order.number).toMatch(/^SO-\d{6}$/);
    expect(receipt.money).toMatchObject({ orderTotal: total, depositRequired: 0, paid: 0, balance: total });
    expect(receipt.tenders).toEqual([]);
    expect(receipt.invoices).toEqual([]);

    const quote = await readOrder(s01, receipt.order.number);
    expect(quote).toMatchObject({ type: 'quote', status: 'quote' });
    expect(quote.lines.map((line) => line.quantities.reserved)).toEqual([0, 0]);

    const deposit = Math.round(((TENT_4P + BAG_60L + 495) * DEPOSIT_PERCENT) / 100);
    expect(deposit).toBe(5439);
    const asked = expectStatus(
      await s01.post<StoreOperationReply & Preview>(`/orders/${quote.id}/convert?preview=true`, {
        version: quote.version,
      }),
      200,
    );
    expect(asked.effect).toMatchObject({ depositRequired: deposit, toCollect: deposit, orderTotal: total });
    expect(asked.blockers).toEqual([
      expect.objectContaining({ code: 'DEPOSIT_BELOW_REQUIRED', rule: 'R-DEP-3' }),
    ]);
    expect((await readOrder(s01, quote.id)).type).toBe('quote');

    const tooLittle = await s01.post<ErrorReply>(`/orders/${quote.id}/convert`, {
      version: quote.version,
      payments: [{ method: 'cash', amount: deposit - 1 }],
    });
    expect(tooLittle.status, JSON.stringify(tooLittle.body)).toBe(402);
    expect(tooLittle.body).toMatchObject({ code: 'DEPOSIT_BELOW_REQUIRED', rule: 'R-DEP-3' });

    const converted = expectStatus(
      await s01.post<StoreOperationReply>(`/orders/${quote.id}/convert`, {
        version: quote.version,
        payments: [{ method: 'cash', amount: deposit }],
      }),
      200,
    );
    expect(converted.receipt).toBeNull();
    expect(converted.effect).toMatchObject({ paidNow: deposit, depositRequired: deposit, toCollect: 0 });
    expect(converted.order).toMatchObject({
      number: receipt.order.number,
      type: 'customerOrder',
      status: 'open',
      version: quote.version + 1,
      quoteExpiresOn: null,
    });
    const atHq = expectStatus(await system.backOffice.get<HqOrder>(`/orders/${receipt.order.number}`), 200);
    expect(atHq).toMatchObject({
      type: 'customerOrder',
      status: 'open',
      money: {
        total,
        depositRequired: deposit,
        paid: deposit,
        depositAvailable: deposit,
        balance: total - deposit,
      },
    });
    // Converting reserves the stock the quote did not (R-CRE-6).
    expect(atHq.lines.map((line) => line.quantities.reserved)).toEqual([1, 1]);

    const again = await s01.post<ErrorReply>(`/orders/${quote.id}/convert`, { version: atHq.version });
    expect(again.status, JSON.stringify(again.body)).toBe(422);
    expect(again.body).toMatchObject({ code: 'OPERATION_NOT_ALLOWED', rule: 'R-CRE-5' });
  });

  it('R-FND-1 R-EDT-1 R-EDT-3 R-EDT-4 R-MON-2: an order made at S01 is found at S02 by number, customer name and "to pick up here", edited there after a preview, and a stale edit is refused with nothing lost', async () => {
    const pickupDate = inDays(4);
    // R-MON-2: 10 % of 24.95 is 2.495, rounded half away from zero to 2.50.
    const deposit = Math.round((LAMP_HEAD * DEPOSIT_PERCENT) / 100);
    expect(deposit).toBe(250);
    const created = await orderAtS01(
      'C-1003',
      [
        { kind: 'addProduct', sku: 'LAMP-HEAD', quantity: 1 },
        { kind: 'setDelivery', delivery: { kind: 'pickup', storeId: 'S02', date: pickupDate } },
      ],
      deposit,
    );
    const number = created.order.number;
    expect(created.money).toMatchObject({ orderTotal: LAMP_HEAD, depositRequired: deposit, paid: deposit });

    const byNumber = await find(s02, `number=${number}`);
    expect(byNumber).toEqual([
      expect.objectContaining({
        id: created.order.id,
        number,
        type: 'customerOrder',
        status: 'open',
        storeId: 'S01',
        customerNumber: 'C-1003',
        customerName: 'Chantal Bakker',
        total: LAMP_HEAD,
        deliveryDate: pickupDate,
      }),
    ]);
    expect(await find(s02, 'number=SO-999999')).toEqual([]);
    for (const name of ['chantal', 'Chantal Bak']) {
      const found = await find(s02, `customer=${encodeURIComponent(name)}`);
      expect(found.map((o) => o.number)).toEqual([number]);
    }
    // "To pick up here" is about the store asking: the order waits at S02, not at S01 where it was made.
    expect((await find(s02, 'preset=toPickUpHere')).map((o) => o.number)).toContain(number);
    expect((await find(s01, 'preset=toPickUpHere')).map((o) => o.number)).not.toContain(number);

    const order = await readOrder(s02, number);
    const lampLine = order.lines[0]?.id as string;
    const edit = {
      version: order.version,
      changes: [
        { kind: 'changeQuantity', lineId: lampLine, quantity: 3 },
        {
          kind: 'addLine',
          line: {
            sku: 'MAP-VELUWE',
            quantity: 1,
            delivery: { kind: 'pickup', storeId: 'S02', date: pickupDate },
          },
        },
      ],
    };
    const total = 3 * LAMP_HEAD + MAP_VELUWE;
    const newDeposit = Math.round((total * DEPOSIT_PERCENT) / 100);
    expect(newDeposit).toBe(878);
    // R-EDT-3: the deposit is recomputed; the preview says what is short, and changes nothing.
    const asked = expectStatus(
      await s02.post<StoreOperationReply & Preview>(`/orders/${order.id}/edit?preview=true`, edit),
      200,
    );
    expect(asked.effect).toMatchObject({
      orderTotal: total,
      depositRequired: newDeposit,
      toCollect: newDeposit - deposit,
      balance: total - deposit,
      paidNow: 0,
    });
    expect(asked.blockers).toEqual([
      expect.objectContaining({
        code: 'DEPOSIT_BELOW_REQUIRED',
        rule: 'R-DEP-3',
        details: { required: newDeposit, paid: deposit, shortfall: newDeposit - deposit },
      }),
    ]);
    expect((await readOrder(s02, order.id)).version).toBe(order.version);

    const unpaid = await s02.post<ErrorReply>(`/orders/${order.id}/edit`, edit);
    expect(unpaid.status, JSON.stringify(unpaid.body)).toBe(402);
    expect(unpaid.body).toMatchObject({ code: 'DEPOSIT_BELOW_REQUIRED', rule: 'R-DEP-3' });

    const edited = expectStatus(
      await s02.post<StoreOperationReply>(`/orders/${order.id}/edit`, {
        ...edit,
        payments: [{ method: 'cash', amount: newDeposit - deposit }],
      }),
      200,
    );
    // The shortfall was paid: the customer gets a receipt of the order as it now stands (ADR 0018).
    expect(edited.receipt).toMatchObject({
      kind: 'edit',
      total,
      tenders: [{ method: 'cash', kind: 'paid', amount: newDeposit - deposit }],
      money: { orderTotal: total, depositRequired: newDeposit, paid: newDeposit },
    });
    expect(edited.effect).toMatchObject({ orderTotal: total, paidNow: newDeposit - deposit, toCollect: 0 });
    expect(edited.order.version).toBe(order.version + 1);
    expect(
      edited.order.lines.map((line) => [
        line.productId,
        line.unitPrice,
        line.quantities.ordered,
        line.delivery,
      ]),
    ).toEqual([
      ['LAMP-HEAD', LAMP_HEAD, 3, { kind: 'pickup', storeId: 'S02', date: pickupDate }],
      ['MAP-VELUWE', MAP_VELUWE, 1, { kind: 'pickup', storeId: 'S02', date: pickupDate }],
    ]);

    // A second associate saves an edit made on the version read before: refused, and nothing is lost.
    const stale = await s01.post<ErrorReply>(`/orders/${order.id}/edit`, {
      version: order.version,
      changes: [{ kind: 'changeQuantity', lineId: lampLine, quantity: 1 }],
    });
    expect(stale.status, JSON.stringify(stale.body)).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      rule: 'R-EDT-4',
      details: { expected: order.version, actual: order.version + 1 },
    });
    const atHq = expectStatus(await system.backOffice.get<HqOrder>(`/orders/${number}`), 200);
    expect(atHq.version).toBe(order.version + 1);
    expect(atHq.lines.map((line) => line.quantities.ordered)).toEqual([3, 1]);
    expect(atHq.money).toMatchObject({
      total,
      depositRequired: newDeposit,
      paid: newDeposit,
      balance: total - newDeposit,
    });
    expect((await find(s02, `number=${number}`))[0]?.total).toBe(total);
  });

  it('R-PCK-1 R-PCK-2 R-PCK-3 R-PCK-4 R-PCK-6 R-RCP-1: two tents made at S01 are picked and packed at S02 and picked up there one at a time, paying what is due each time, until the order is delivered', async () => {
    const pickupDate = inDays(1);
    const deposit = Math.round((2 * TENT_2P * DEPOSIT_PERCENT) / 100);
    expect(deposit).toBe(4000);
    const created = await orderAtS01(
      'C-1004',
      [
        { kind: 'addProduct', sku: 'TENT-2P', quantity: 2 },
        { kind: 'setDelivery', delivery: { kind: 'pickup', storeId: 'S02', date: pickupDate } },
      ],
      deposit,
    );
    const number = created.order.number;
    const code = created.order.pickupCode as string;
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(created.money).toMatchObject({ orderTotal: 2 * TENT_2P, depositRequired: deposit, paid: deposit });

    // R-PCK-6: the code on the receipt finds the order, also typed without the hyphen in lower case.
    for (const typed of [code, code.replace('-', '').toLowerCase()]) {
      const found = await find(s02, `pickupCode=${encodeURIComponent(typed)}`);
      expect(found.map((o) => o.number)).toEqual([number]);
    }

    let order = await readOrder(s02, number);
    const line = order.lines[0]?.id as string;
    expect(order.lines[0]?.quantities).toMatchObject({ ordered: 2, reserved: 2, picked: 0 });

    // R-PCK-1: only the store the line is picked up at picks it.
    const elsewhere = await s01.post<ErrorReply>(`/orders/${order.id}/pick`, {
      version: order.version,
      lines: [{ lineId: line, quantity: 2 }],
    });
    expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(422);
    expect(elsewhere.body).toMatchObject({ code: 'NOT_FULFILLED_HERE', rule: 'R-PCK-1' });

    const picked = expectStatus(
      await s02.post<StoreOperationReply>(`/orders/${order.id}/pick`, {
        version: order.version,
        lines: [{ lineId: line, quantity: 2 }],
      }),
      200,
    );
    expect(picked.order.status).toBe('processing');
    expect(picked.order.lines[0]?.quantities).toMatchObject({ picked: 2, packed: 0 });
    // R-PCK-1: a unit is picked once; a second associate picking it again is refused.
    const twice = await s02.post<ErrorReply>(`/orders/${order.id}/pick`, {
      version: picked.order.version,
      lines: [{ lineId: line, quantity: 1 }],
    });
    expect(twice.status, JSON.stringify(twice.body)).toBe(422);
    expect(twice.body).toMatchObject({ code: 'QUANTITY_ABOVE_UNPICKED', rule: 'R-PCK-1' });
    const packed = expectStatus(
      await s02.post<StoreOperationReply>(`/orders/${order.id}/pack`, {
        version: picked.order.version,
        lines: [{ lineId: line, quantity: 2 }],
      }),
      200,
    );
    expect(packed.order.lines[0]?.quantities).toMatchObject({ picked: 2, packed: 2, delivered: 0 });
    order = packed.order as HqOrder;

    // First tent: the deposit covers 40.00 of it, the rest is due now (R-PCK-3).
    const one = { version: order.version, lines: [{ lineId: line, quantity: 1 }] };
    const firstDue = TENT_2P - deposit;
    const asked = expectStatus(
      await s02.post<StoreOperationReply & Preview>(`/orders/${order.id}/pick-up?preview=true`, one),
      200,
    );
    expect(asked.receipt).toBeNull();
    expect(asked.effect).toMatchObject({
      invoiced: TENT_2P,
      depositApplied: deposit,
      due: firstDue,
      toCollect: firstDue,
    });
    expect(asked.blockers).toEqual([
      expect.objectContaining({ code: 'PAYMENT_REQUIRED', rule: 'R-PCK-3', details: { due: firstDue } }),
    ]);
    const unpaid = await s02.post<ErrorReply>(`/orders/${order.id}/pick-up`, one);
    expect(unpaid.status, JSON.stringify(unpaid.body)).toBe(402);
    expect(unpaid.body).toMatchObject({ code: 'PAYMENT_REQUIRED', rule: 'R-PCK-3' });

    const first = expectStatus(
      await s02.post<StoreOperationReply>(`/orders/${order.id}/pick-up`, {
        ...one,
        payments: [{ method: 'cash', amount: firstDue }],
        cashTendered: 20000,
      }),
      200,
    );
    const firstReceipt = first.receipt as Receipt;
    expect(firstReceipt.cash).toEqual({ tendered: 20000, change: 20000 - firstDue });
    expect(firstReceipt).toMatchObject({
      kind: 'pickup',
      store: { id: 'S02', name: 'Utrecht' },
      staffId: 'S02-cashier',
      order: { number, status: 'partiallyDelivered', pickupCode: code },
      total: TENT_2P,
      effect: { invoiced: TENT_2P, depositApplied: deposit, due: firstDue, paidNow: firstDue },
      money: {
        orderTotal: 2 * TENT_2P,
        depositRequired: deposit,
        depositPaid: deposit,
        depositAvailable: 0,
        paid: deposit + firstDue,
        due: 0,
        balance: TENT_2P,
      },
      collectedBy: 'customer',
    });
    // R-PCK-4: the receipt is about the unit picked up now, invoiced on its own pickup invoice.
    expect(firstReceipt.lines).toEqual([
      {
        lineId: line,
        sku: 'TENT-2P',
        description: 'Trekking tent for two',
        quantity: 1,
        unitPrice: TENT_2P,
        amount: TENT_2P,
        vatRate: 21,
        delivery: { kind: 'pickup', storeId: 'S02', storeName: 'Utrecht', date: pickupDate },
      },
    ]);
    expect(firstReceipt.vat).toEqual([
      { rate: 21, net: TENT_2P - vatIn(TENT_2P, 21), vat: vatIn(TENT_2P, 21), gross: TENT_2P },
    ]);
    expect(firstReceipt.tenders).toEqual([
      { tenderId: expect.any(String), method: 'cash', kind: 'paid', amount: firstDue },
    ]);
    expect(firstReceipt.invoices).toEqual([
      { id: expect.any(String), number: expect.any(String), kind: 'pickup' },
    ]);
    expect(first.order.lines[0]?.quantities).toMatchObject({ delivered: 1, invoiced: 1, reserved: 1 });

    // R-PCK-2: at most the open quantity.
    const tooMany = await s02.post<ErrorReply>(`/orders/${order.id}/pick-up`, {
      version: first.order.version,
      lines: [{ lineId: line, quantity: 2 }],
    });
    expect(tooMany.status, JSON.stringify(tooMany.body)).toBe(422);
    expect(tooMany.body).toMatchObject({ code: 'QUANTITY_ABOVE_OPEN', rule: 'R-PCK-2' });

    // Second tent: no deposit left, so all of it is due.
    const last = { version: first.order.version, lines: [{ lineId: line, quantity: 1 }] };
    const lastAsked = expectStatus(
      await s02.post<StoreOperationReply & Preview>(`/orders/${order.id}/pick-up?preview=true`, last),
      200,
    );
    expect(lastAsked.effect).toMatchObject({ invoiced: TENT_2P, depositApplied: 0, due: TENT_2P });
    // The rest by card: the register tokenizes it at the store, HQ charges it with the pickup.
    const token = expectStatus(
      await s02.post<{ token: string; last4: string }>('/payments/card-tokens', CARD),
      201,
    );
    expect(token.last4).toBe('1111');
    const second = expectStatus(
      await s02.post<StoreOperationReply>(`/orders/${order.id}/pick-up`, {
        ...last,
        payments: [{ method: 'card', cardToken: token.token, amount: TENT_2P }],
      }),
      200,
    );
    const secondReceipt = second.receipt as Receipt;
    expect(secondReceipt.tenders).toEqual([
      expect.objectContaining({ method: 'card', kind: 'paid', amount: TENT_2P }),
    ]);
    expect(secondReceipt.id).not.toBe(firstReceipt.id);
    expect(secondReceipt.lines).toEqual([
      expect.objectContaining({ lineId: line, quantity: 1, amount: TENT_2P }),
    ]);
    expect(secondReceipt).toMatchObject({
      kind: 'pickup',
      order: { status: 'delivered' },
      total: TENT_2P,
      effect: { invoiced: TENT_2P, depositApplied: 0, due: TENT_2P, paidNow: TENT_2P },
      money: { orderTotal: 2 * TENT_2P, paid: 2 * TENT_2P, due: 0, balance: 0, depositAvailable: 0 },
    });
    expect(secondReceipt.invoices).toHaveLength(1);
    expect(secondReceipt.invoices[0]?.id).not.toBe(firstReceipt.invoices[0]?.id);

    const atHq = expectStatus(await system.backOffice.get<HqOrder>(`/orders/${number}`), 200);
    expect(atHq.status).toBe('delivered');
    expect(atHq.lines[0]?.quantities).toMatchObject({ ordered: 2, delivered: 2, invoiced: 2, reserved: 0 });
    expect(atHq.invoices.map((invoice) => [invoice.kind, invoice.total])).toEqual([
      ['pickup', TENT_2P],
      ['pickup', TENT_2P],
    ]);
    expect(atHq.money).toMatchObject({ total: 2 * TENT_2P, paid: 2 * TENT_2P, balance: 0, due: 0 });
    // Nothing is left to pick up at S02 for this order.
    expect((await find(s02, 'preset=toPickUpHere')).map((o) => o.number)).not.toContain(number);
  });

  it("R-CRE-1 R-RCP-1: a sale carried out whole that names nobody is a cash-and-carry sale to the store's walk-in customer; a pickup line needs the real customer", async () => {
    const cart = await change(s01, await openCart(s01), [
      { kind: 'addProduct', sku: 'MAP-VELUWE', quantity: 2 },
      { kind: 'addCashPayment', amount: 2 * MAP_VELUWE, tendered: 5000 },
    ]);
    const sold = await checkout(s01, cart);
    expect(sold.receipt).toMatchObject({
      kind: 'create',
      order: { customer: { number: 'C-0000', name: 'Walk-in customer' }, status: 'delivered' },
      total: 2 * MAP_VELUWE,
      cash: { tendered: 5000, change: 5000 - 2 * MAP_VELUWE },
      money: { paid: 2 * MAP_VELUWE, balance: 0 },
    });

    const later = await change(s01, await openCart(s01), [
      { kind: 'addProduct', sku: 'MAP-VELUWE', quantity: 1 },
      { kind: 'setDelivery', delivery: { kind: 'pickup', storeId: 'S02', date: inDays(2) } },
    ]);
    const refused = await s01.post<ErrorReply>(`/carts/${later.id}/checkout`, {});
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body).toMatchObject({ code: 'CUSTOMER_REQUIRED', rule: 'R-CRE-1', field: 'customer' });
  });
});
