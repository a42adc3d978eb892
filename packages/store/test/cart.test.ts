import { describe, expect, it } from 'vitest';
import {
  applyCartChange,
  type Cart,
  type CartCustomer,
  cartView,
  newCart,
  type ResolvedCartChange,
} from '../src/app/carts/cart.ts';
import { type Failure, isFailure } from '../src/app/failure.ts';

const TENT = { sku: 'TENT-2P', name: 'Tent, 2 persons', price: 19995, vatRate: 21 };
const BAG = { sku: 'BAG-DOWN', name: 'Sleeping bag, down 100%', price: 12950, vatRate: 9 };
const STOVE = { sku: 'STOVE', name: 'Camping stove', price: 4995, vatRate: 21 };

const ANNA: CartCustomer = {
  number: 'C-1001',
  name: 'Anna de Vries',
  addresses: [
    { id: 'C-1001-HOME', label: 'Anna de Vries, Prinsengracht 1, 1015 DK Amsterdam, NL' },
    { id: 'C-1001-WORK', label: 'Anna de Vries, Damrak 70, 1012 LM Amsterdam, NL' },
  ],
};
const BRAM: CartCustomer = { number: 'C-1002', name: 'Bram Jansen', addresses: [] };

const add = (product: typeof TENT, quantity = 1): ResolvedCartChange => ({
  kind: 'addProduct',
  product,
  quantity,
});
const ship = (
  lineIds: readonly string[] | undefined,
  shipment: { addressId?: string; modeOfDelivery?: string; requestedDate?: string; charge?: number } = {},
): ResolvedCartChange => ({
  kind: 'setDelivery',
  lineIds,
  delivery: {
    kind: 'ship',
    shipment: {
      addressId: 'C-1001-HOME',
      modeOfDelivery: 'STANDARD',
      requestedDate: '2026-12-01',
      charge: 0,
      ...shipment,
    },
  },
});
const carryOut = (lineIds?: readonly string[]): ResolvedCartChange => ({
  kind: 'setDelivery',
  lineIds,
  delivery: { kind: 'carryOut' },
});
const pickup = (lineIds?: readonly string[]): ResolvedCartChange => ({
  kind: 'setDelivery',
  lineIds,
  delivery: { kind: 'pickup', storeId: 'S02', date: '2026-12-03' },
});

/** Freezes the cart all the way down: a change that mutated its input would throw (ES modules are strict). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Applies the changes in order, as one call's `changes[0..]`, failing the test on a refusal. */
function apply(cart: Cart, ...changes: ResolvedCartChange[]): Cart {
  let next = deepFreeze(cart);
  for (const [index, change] of changes.entries()) {
    const applied = applyCartChange(next, change, index);
    if (isFailure(applied)) throw new Error(`changes[${index}] refused: ${JSON.stringify(applied)}`);
    next = deepFreeze(applied);
  }
  return next;
}

/** The refusal of the last change, the ones before it applying. */
function refusal(cart: Cart, ...changes: ResolvedCartChange[]): Failure {
  const before = apply(cart, ...changes.slice(0, -1));
  const last = changes.length - 1;
  const refused = applyCartChange(before, changes[last] as ResolvedCartChange, last);
  if (!isFailure(refused)) throw new Error(`changes[${last}] was applied`);
  return refused;
}

const empty = () => newCart('cart-1', 'REG-1');
const view = (cart: Cart) => cartView(cart, { status: 'open', version: 7, order: null });
const deliveries = (cart: Cart) => Object.fromEntries(cart.lines.map((line) => [line.id, line.delivery]));

describe('the cart, pure (SPEC §4)', () => {
  it('R-CRE-1 a new cart is an empty customer order at its register', () => {
    expect(view(empty())).toEqual({
      id: 'cart-1',
      registerId: 'REG-1',
      status: 'open',
      version: 7,
      type: 'customerOrder',
      customer: null,
      lines: [],
      shipments: [],
      depositOverride: null,
      quoteExpiresOn: null,
      collectors: [],
      tenders: [],
      totals: { lines: 0, charges: 0, total: 0, tendered: 0, change: 0 },
      order: null,
    });
  });

  it('R-CRE-1 adding the same SKU twice counts up on its carried-out line; another SKU is a new line', () => {
    const cart = apply(empty(), add(TENT), add(BAG, 2), add(TENT, 3));
    expect(cart.lines).toEqual([
      {
        id: 'L1',
        sku: 'TENT-2P',
        description: 'Tent, 2 persons',
        quantity: 4,
        unitPrice: 19995,
        vatRate: 21,
        delivery: { kind: 'carryOut' },
        backorder: false,
      },
      {
        id: 'L2',
        sku: 'BAG-DOWN',
        description: 'Sleeping bag, down 100%',
        quantity: 2,
        unitPrice: 12950,
        vatRate: 9,
        delivery: { kind: 'carryOut' },
        backorder: false,
      },
    ]);
    expect(cart.nextId).toBe(3);
  });

  it('R-CRE-2 a SKU added again after its line was set to ship or pick up is a new carried-out line', () => {
    const cart = apply(
      { ...empty(), customer: ANNA },
      add(TENT),
      ship(['L1']),
      add(TENT, 2),
      pickup(['L3']),
      add(TENT),
      add(TENT),
    );
    expect(cart.lines.map((line) => [line.id, line.quantity, line.delivery.kind])).toEqual([
      ['L1', 1, 'ship'],
      ['L3', 2, 'pickup'],
      ['L4', 2, 'carryOut'],
    ]);
  });

  it('R-CRE-2 R-CRE-3 ship selected: the same address, mode and date make one shipment, another date a second', () => {
    const cart = apply(
      { ...empty(), customer: ANNA },
      add(TENT),
      add(BAG),
      add(STOVE),
      ship(['L1'], { charge: 495 }),
      ship(['L2'], { charge: 695 }),
      ship(['L3'], { requestedDate: '2026-12-02', charge: 300 }),
    );
    expect(cart.shipments).toEqual([
      // The second "ship selected" to the same shipment set its charge anew.
      {
        id: 'SHP4',
        addressId: 'C-1001-HOME',
        modeOfDelivery: 'STANDARD',
        requestedDate: '2026-12-01',
        charge: 695,
      },
      {
        id: 'SHP5',
        addressId: 'C-1001-HOME',
        modeOfDelivery: 'STANDARD',
        requestedDate: '2026-12-02',
        charge: 300,
      },
    ]);
    expect(deliveries(cart)).toEqual({
      L1: { kind: 'ship', shipmentId: 'SHP4' },
      L2: { kind: 'ship', shipmentId: 'SHP4' },
      L3: { kind: 'ship', shipmentId: 'SHP5' },
    });
    expect(view(cart).totals).toMatchObject({ lines: 19995 + 12950 + 4995, charges: 995 });
  });

  it("R-CRE-2 a line joining a shipment without naming a charge keeps the shipment's charge", () => {
    const withoutCharge: ResolvedCartChange = {
      kind: 'setDelivery',
      lineIds: ['L2'],
      delivery: {
        kind: 'ship',
        shipment: {
          addressId: 'C-1001-HOME',
          modeOfDelivery: 'STANDARD',
          requestedDate: '2026-12-01',
        },
      },
    };
    const cart = apply(
      { ...empty(), customer: ANNA },
      add(TENT),
      add(BAG),
      ship(['L1'], { charge: 495 }),
      withoutCharge,
    );
    expect(cart.shipments.map((s) => [s.id, s.charge])).toEqual([['SHP3', 495]]);
    expect(deliveries(cart)).toMatchObject({ L2: { kind: 'ship', shipmentId: 'SHP3' } });
  });

  it('R-CRE-2 another address or another mode of delivery is another shipment', () => {
    const cart = apply(
      { ...empty(), customer: ANNA },
      add(TENT),
      add(BAG),
      add(STOVE),
      ship(['L1']),
      ship(['L2'], { addressId: 'C-1001-WORK' }),
      ship(['L3'], { modeOfDelivery: 'EXPRESS' }),
    );
    expect(cart.shipments.map((s) => s.id)).toEqual(['SHP4', 'SHP5', 'SHP6']);
    expect(deliveries(cart)).toEqual({
      L1: { kind: 'ship', shipmentId: 'SHP4' },
      L2: { kind: 'ship', shipmentId: 'SHP5' },
      L3: { kind: 'ship', shipmentId: 'SHP6' },
    });
  });

  it('R-CRE-2 ship all, pick up all and carry out all set every line when no lines are selected', () => {
    const shipped = apply({ ...empty(), customer: ANNA }, add(TENT), add(BAG), ship(undefined));
    expect(deliveries(shipped)).toEqual({
      L1: { kind: 'ship', shipmentId: 'SHP3' },
      L2: { kind: 'ship', shipmentId: 'SHP3' },
    });
    const picked = apply(shipped, pickup());
    expect(deliveries(picked)).toEqual({
      L1: { kind: 'pickup', storeId: 'S02', date: '2026-12-03' },
      L2: { kind: 'pickup', storeId: 'S02', date: '2026-12-03' },
    });
    expect(picked.shipments).toEqual([]);
    expect(Object.values(deliveries(apply(picked, carryOut())))).toEqual([
      { kind: 'carryOut' },
      { kind: 'carryOut' },
    ]);
  });

  it('R-CRE-3 moving all lines off a shipment drops it and its charge; one line left keeps it', () => {
    const shipped = apply(
      { ...empty(), customer: ANNA },
      add(TENT),
      add(BAG),
      ship(['L1', 'L2'], { charge: 495 }),
    );
    expect(view(shipped).totals).toMatchObject({ charges: 495, total: 19995 + 12950 + 495 });

    const oneLeft = apply(shipped, pickup(['L1']));
    expect(oneLeft.shipments.map((s) => [s.id, s.charge])).toEqual([['SHP3', 495]]);

    const none = apply(oneLeft, carryOut(['L2']));
    expect(none.shipments).toEqual([]);
    expect(view(none).totals).toMatchObject({ charges: 0, total: 19995 + 12950 });
  });

  it('R-CRE-3 removing the last line of a shipment drops the shipment and its charge', () => {
    const cart = apply({ ...empty(), customer: ANNA }, add(TENT), add(BAG), ship(['L2'], { charge: 495 }), {
      kind: 'removeLine',
      lineId: 'L2',
    });
    expect(cart.lines.map((line) => line.id)).toEqual(['L1']);
    expect(cart.shipments).toEqual([]);
    expect(view(cart).totals).toEqual({ lines: 19995, charges: 0, total: 19995, tendered: 0, change: 0 });
  });

  it("R-CRE-2 changing the customer drops the shipments to the old customer's addresses and carries their lines out", () => {
    const cart = apply(
      { ...empty(), customer: ANNA },
      add(TENT),
      add(BAG),
      add(STOVE),
      ship(['L1'], { charge: 495 }),
      pickup(['L2']),
      { kind: 'setCustomer', customer: BRAM },
    );
    expect(cart.customer).toEqual(BRAM);
    expect(cart.shipments).toEqual([]);
    expect(deliveries(cart)).toEqual({
      L1: { kind: 'carryOut' },
      L2: { kind: 'pickup', storeId: 'S02', date: '2026-12-03' },
      L3: { kind: 'carryOut' },
    });
    expect(view(cart).totals.charges).toBe(0);
  });

  it('R-CRE-2 the same customer set again keeps the shipments to the addresses they still have', () => {
    const moved = { ...ANNA, addresses: ANNA.addresses.filter((a) => a.id === 'C-1001-WORK') };
    const cart = apply(
      { ...empty(), customer: ANNA },
      add(TENT),
      add(BAG),
      ship(['L1'], { charge: 495 }),
      ship(['L2'], { addressId: 'C-1001-WORK', charge: 300 }),
      { kind: 'setCustomer', customer: moved },
    );
    expect(cart.shipments.map((s) => [s.id, s.addressId, s.charge])).toEqual([['SHP4', 'C-1001-WORK', 300]]);
    expect(deliveries(cart)).toEqual({ L1: { kind: 'carryOut' }, L2: { kind: 'ship', shipmentId: 'SHP4' } });
  });

  it('R-CRE-2 removing the customer carries out every shipped line and drops the shipments', () => {
    const cart = apply(
      { ...empty(), customer: ANNA },
      add(TENT),
      add(BAG),
      ship(['L1'], { charge: 495 }),
      pickup(['L2']),
      { kind: 'removeCustomer' },
    );
    expect(cart.customer).toBeUndefined();
    expect(cart.shipments).toEqual([]);
    expect(deliveries(cart)).toEqual({
      L1: { kind: 'carryOut' },
      L2: { kind: 'pickup', storeId: 'S02', date: '2026-12-03' },
    });
  });

  it.each([
    ['removing', { kind: 'removeLine', lineId: 'L9' }, 'lineId'],
    ['changing the quantity of', { kind: 'changeQuantity', lineId: 'L9', quantity: 2 }, 'lineId'],
    ['backordering', { kind: 'setBackorder', lineId: 'L9', backorder: true }, 'lineId'],
    [
      'carrying out',
      { kind: 'setDelivery', lineIds: ['L1', 'L9'], delivery: { kind: 'carryOut' } },
      'lineIds',
    ],
  ] as const)('%s an unknown line is refused naming changes[i] and the field', (_, change, field) => {
    const failure = refusal(empty(), add(TENT), add(BAG), change);
    expect(failure).toMatchObject({
      ok: false,
      status: 404,
      code: 'NOT_FOUND',
      field: `changes[2].${field}`,
    });
    expect(failure.message).toContain('L9');
  });

  it('removing an unknown tender is refused naming changes[i].tenderId', () => {
    const failure = refusal(empty(), { kind: 'removeTender', tenderId: 'T1' });
    expect(failure).toMatchObject({ status: 404, code: 'NOT_FOUND', field: 'changes[0].tenderId' });
  });

  it('R-CRE-1 a delivery for all lines of a cart without lines is refused', () => {
    expect(refusal(empty(), carryOut())).toMatchObject({
      status: 422,
      code: 'NO_LINES',
      field: 'changes[0].lineIds',
    });
  });

  it('R-CRE-1 quantities change and lines go; ids are never reused', () => {
    const cart = apply(
      empty(),
      add(TENT),
      add(BAG),
      { kind: 'changeQuantity', lineId: 'L1', quantity: 5 },
      { kind: 'removeLine', lineId: 'L2' },
      add(BAG),
      { kind: 'setBackorder', lineId: 'L3', backorder: true },
    );
    expect(cart.lines.map((line) => [line.id, line.sku, line.quantity, line.backorder])).toEqual([
      ['L1', 'TENT-2P', 5, false],
      ['L3', 'BAG-DOWN', 1, true],
    ]);
  });

  it('R-MON-1 totals: lines at their gross price times quantity, shipping charges, cash tendered and the change', () => {
    const cart = apply(
      { ...empty(), customer: ANNA },
      add(TENT, 2),
      add(BAG),
      ship(['L2'], { charge: 495 }),
      { kind: 'addTender', tender: { kind: 'cash', amount: 20000, tendered: 25000 } },
      { kind: 'addTender', tender: { kind: 'cash', amount: 1000, tendered: 1000 } },
      {
        kind: 'addTender',
        tender: { kind: 'card', amount: 10000, cardToken: 'tok-secret', last4: '4242' },
      },
      {
        kind: 'addTender',
        tender: { kind: 'cardAuthorization', amount: 5000, cardToken: 'tok-held', last4: '1111' },
      },
    );
    const shown = view(cart);
    expect(shown.lines.map((line) => [line.id, line.amount])).toEqual([
      ['L1', 39990],
      ['L2', 12950],
    ]);
    expect(shown.totals).toEqual({
      lines: 52940,
      charges: 495,
      total: 53435,
      // Cash only: what was handed over, and what goes back.
      tendered: 26000,
      change: 5000,
    });
    // The screen sees the last four digits, never the card token.
    expect(shown.tenders).toEqual([
      { id: 'T4', kind: 'cash', amount: 20000, tendered: 25000, last4: null },
      { id: 'T5', kind: 'cash', amount: 1000, tendered: 1000, last4: null },
      { id: 'T6', kind: 'card', amount: 10000, tendered: null, last4: '4242' },
      { id: 'T7', kind: 'cardAuthorization', amount: 5000, tendered: null, last4: '1111' },
    ]);
    expect(JSON.stringify(shown)).not.toContain('tok-');

    const fewer = apply(cart, { kind: 'removeTender', tenderId: 'T4' });
    expect(view(fewer).totals).toMatchObject({ tendered: 1000, change: 0 });
    expect(fewer.tenders.map((t) => t.id)).toEqual(['T5', 'T6', 'T7']);
  });

  it('R-DEP-2 a deposit override keeps who approved it; clearing it returns to the calculated deposit', () => {
    const overridden = apply(empty(), {
      kind: 'overrideDeposit',
      amount: 0,
      approvedBy: 'S01-MANAGER',
    });
    expect(view(overridden).depositOverride).toEqual({ amount: 0, approvedBy: 'S01-MANAGER' });
    const cleared = apply(overridden, { kind: 'clearDepositOverride' });
    expect(view(cleared).depositOverride).toBeNull();
    expect('depositOverride' in cleared).toBe(false);
  });

  it('R-CRE-5 R-PCK-6 type, quote expiry and collectors are kept as given', () => {
    const cart = apply(
      empty(),
      { kind: 'setType', type: 'quote' },
      { kind: 'setQuoteExpiry', date: '2026-12-31' },
      { kind: 'setCollectors', collectors: ['Kees de Vries'] },
    );
    expect(view(cart)).toMatchObject({
      type: 'quote',
      quoteExpiresOn: '2026-12-31',
      collectors: ['Kees de Vries'],
    });
  });
});
