import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { cashier, type RunningHq, startHq, storeClient } from './hq-server.ts';
import {
  backOffice,
  carryOut,
  cash,
  createOrder,
  type Json,
  operate,
  pickup,
  START,
  type StoreClient,
  ship,
  shipment,
} from './rts-fixtures.ts';

describe.each(engines())('RTS: finding orders company-wide (R-FND-1) on %s', (engine) => {
  let hq: RunningHq;
  let s01: StoreClient;
  let s02: StoreClient;
  /** The orders the tests look for, by a name that says what they are. */
  const o: Record<string, Json> = {};

  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = storeClient(hq, 'S01');
    s02 = storeClient(hq, 'S02');
    const bram = { customerNumber: 'C-1002' };
    o.annaPickUpAtS01 = (await createOrder(s01, [pickup('BOOT-42', 1)], { payments: [cash(1295)] })).order;
    o.bramShipped = (
      await createOrder(s01, [ship('TENT-2P', 1)], {
        ...bram,
        shipments: [shipment(0, { addressId: 'A-2' })],
        payments: [cash(2000)],
      })
    ).order;
    o.annaHybridAtS02 = (
      await createOrder(s02, [carryOut('BOOK-WAD', 1), pickup('BOOK-WAD', 1)], {
        payments: [cash(2495 + 250)],
      })
    ).order;
    o.bramPickUpAtS02 = (
      await createOrder(s02, [pickup('BOOT-42', 1, 'S02', '2026-12-05')], { ...bram, payments: [cash(1295)] })
    ).order;
    o.annaCashAndCarry = (
      await createOrder(s01, [carryOut('BOOK-WAD', 1)], { payments: [cash(2495)] })
    ).order;
    const cancelled = await createOrder(s01, [pickup('TENT-2P', 1)], { ...bram, payments: [cash(2000)] });
    o.bramCancelled = (await operate(s01, cancelled.order, 'cancel', {})).order;
    // S02 ships its own orders from its own stock: "to ship" there lists them.
    await hq.database.db.updateTable('locations').set({ ships_from: null }).where('id', '=', 'S02').execute();
    o.bramShippedByS02 = (
      await createOrder(s02, [ship('BOOK-WAD', 1)], {
        ...bram,
        shipments: [shipment(0, { addressId: 'A-2', requestedDate: '2026-12-03' })],
        payments: [cash(250)],
      })
    ).order;
    // 00:30 on 2 December in Amsterdam, still 1 December in UTC.
    hq.setNow('2026-12-01T23:30:00Z');
    o.annaLater = (
      await createOrder(s01, [pickup('TENT-2P', 1, 'S01', '2026-12-03')], { payments: [cash(2000)] })
    ).order;
    hq.setNow(START);
    // An order that began offline carries the confirmation number its store gave it (R-CRE-7).
    await hq.database.db
      .updateTable('orders')
      .set({ confirmation_number: 'S01-R1-000045' })
      .where('id', '=', o.annaPickUpAtS01.id)
      .execute();
  });
  afterAll(() => hq.close());

  /** The names of the orders a search finds, sorted. */
  async function find(query: Record<string, string>, store: StoreClient = s01): Promise<string[]> {
    const found = await store.get(`/orders?${new URLSearchParams(query)}`);
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    const names = Object.fromEntries(Object.entries(o).map(([name, order]) => [order.number, name]));
    return found.body.orders.map((row: Json) => names[row.number] ?? row.number).sort();
  }
  const all = () => Object.keys(o).sort();
  const without = (...names: string[]) => all().filter((name) => !names.includes(name));

  it('R-FND-1 finds an order by its number, confirmation number, invoice number and pickup code', async () => {
    expect(await find({ number: o.bramShipped.number })).toEqual(['bramShipped']);
    expect(await find({ confirmationNumber: 'S01-R1-000045' })).toEqual(['annaPickUpAtS01']);
    const invoice = o.annaHybridAtS02.invoices[0].number;
    expect(invoice).toMatch(/^INV-\d{6}$/);
    expect(await find({ invoiceNumber: invoice })).toEqual(['annaHybridAtS02']);
    expect(await find({ invoiceNumber: o.annaCashAndCarry.invoices[0].number })).toEqual([
      'annaCashAndCarry',
    ]);
    expect(await find({ pickupCode: o.annaPickUpAtS01.pickupCode })).toEqual(['annaPickUpAtS01']);
    // Typed from a receipt in lower case.
    expect(await find({ pickupCode: o.annaPickUpAtS01.pickupCode.toLowerCase() })).toEqual([
      'annaPickUpAtS01',
    ]);
    expect(await find({ number: 'SO-999999' })).toEqual([]);
  });

  it('R-FND-1 finds the orders of a customer by number, name, e-mail or phone, at every store', async () => {
    const anna = ['annaCashAndCarry', 'annaHybridAtS02', 'annaLater', 'annaPickUpAtS01'];
    const bram = ['bramCancelled', 'bramPickUpAtS02', 'bramShipped', 'bramShippedByS02'];
    expect(await find({ customer: 'anna' })).toEqual(anna);
    expect(await find({ customer: 'Anna de V' })).toEqual(anna);
    expect(await find({ customer: 'C-1002' })).toEqual(bram);
    expect(await find({ customer: 'bram@example.nl' })).toEqual(bram);
    expect(await find({ customer: '+31611111111' })).toEqual(anna);
    expect(await find({ customer: 'Piet' })).toEqual([]);
    expect(await find({ customer: 'anna', storeId: 'S02' })).toEqual(['annaHybridAtS02']);
  });

  it('R-FND-1 finds by store and by status', async () => {
    expect(await find({ storeId: 'S02' })).toEqual([
      'annaHybridAtS02',
      'bramPickUpAtS02',
      'bramShippedByS02',
    ]);
    expect(await find({ status: 'cancelled' })).toEqual(['bramCancelled']);
    expect(await find({ status: 'delivered' })).toEqual(['annaCashAndCarry']);
    expect(await find({ status: 'partiallyDelivered' })).toEqual(['annaHybridAtS02']);
  });

  it('R-FND-1 finds by created date in the company time zone and by delivery date', async () => {
    expect(await find({ createdFrom: '2026-12-02' })).toEqual(['annaLater']);
    expect(await find({ createdTo: '2026-12-01' })).toEqual(without('annaLater'));
    expect(await find({ createdFrom: '2026-11-27', createdTo: '2026-11-27' })).toEqual(without('annaLater'));
    expect(await find({ deliveryFrom: '2026-12-03', deliveryTo: '2026-12-05' })).toEqual([
      'annaLater',
      'bramPickUpAtS02',
      'bramShippedByS02',
    ]);
    expect(await find({ deliveryTo: '2026-11-30' })).toEqual(['annaHybridAtS02', 'annaPickUpAtS01']);
  });

  it('R-FND-1 in the back office the presets look at every location, and storeId filters by the store that took the order', async () => {
    const office = await backOffice(hq);
    const names = Object.fromEntries(Object.entries(o).map(([name, order]) => [order.number, name]));
    const find = async (query: Record<string, string>) => {
      const found = await office.get(`/orders?${new URLSearchParams(query)}`);
      expect(found.status, JSON.stringify(found.body)).toBe(200);
      return found.body.orders.map((row: Json) => names[row.number] ?? row.number).sort();
    };
    expect(await find({ preset: 'toShip' })).toEqual(['bramShipped', 'bramShippedByS02']);
    expect(await find({ preset: 'toShip', storeId: 'S02' })).toEqual(['bramShippedByS02']);
  });

  it('R-FND-1 the presets list what is open to pick up here, to ship from here and to fulfil here', async () => {
    expect(await find({ preset: 'toPickUpHere' })).toEqual([
      'annaHybridAtS02',
      'annaLater',
      'annaPickUpAtS01',
    ]);
    expect(await find({ preset: 'toShip' })).toEqual([]);
    expect(await find({ preset: 'toFulfil' })).toEqual(['annaHybridAtS02', 'annaLater', 'annaPickUpAtS01']);
    expect(await find({ preset: 'toPickUpHere' }, s02)).toEqual(['bramPickUpAtS02']);
    expect(await find({ preset: 'toShip' }, s02)).toEqual(['bramShippedByS02']);
    expect(await find({ preset: 'toFulfil' }, s02)).toEqual(['bramPickUpAtS02', 'bramShippedByS02']);
    expect(await find({ preset: 'toPickUpHere', customer: 'C-1001', deliveryTo: '2026-11-30' })).toEqual([
      'annaHybridAtS02',
      'annaPickUpAtS01',
    ]);

    // Once picked up, an order is no longer to pick up.
    const order = o.annaPickUpAtS01;
    await operate(s01, order, 'pick-up', {
      actor: cashier,
      lines: [{ lineId: order.lines[0].id, quantity: 1 }],
      payments: [cash(12950 - 1295)],
    });
    expect(await find({ preset: 'toPickUpHere' })).toEqual(['annaHybridAtS02', 'annaLater']);
  });

  it('R-FND-1 results come newest first, a page at a time, each page continuing where the last ended', async () => {
    const whole = await s01.get('/orders?limit=100');
    expect(whole.body.next).toBeNull();
    expect(whole.body.orders).toHaveLength(Object.keys(o).length);
    expect(whole.body.orders[0].number).toBe(o.annaLater.number);
    const createdAt = whole.body.orders.map((row: Json) => row.createdAt);
    expect([...createdAt].sort().reverse()).toEqual(createdAt);

    const pages: Json[][] = [];
    let after: string | null = null;
    do {
      const page: { status: number; body: Json } = await s01.get(
        `/orders?limit=3${after ? `&after=${after}` : ''}`,
      );
      expect(page.status).toBe(200);
      pages.push(page.body.orders);
      after = page.body.next;
    } while (after);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 2]);
    expect(pages.flat()).toEqual(whole.body.orders);
    expect(whole.body.orders[0]).toEqual({
      id: o.annaLater.id,
      number: o.annaLater.number,
      type: 'customerOrder',
      status: 'open',
      storeId: 'S01',
      customerNumber: 'C-1001',
      customerName: 'Anna de Vries',
      confirmationNumber: null,
      total: 19999,
      deliveryDate: '2026-12-03',
      createdAt: '2026-12-01T23:30:00.000Z',
    });
  });
});
