import { describe, expect, it } from 'vitest';
import {
  cancelOrder,
  commitCheck,
  convertQuote,
  createOrder,
  type Decision,
  editOrder,
  isAllowed,
  isRefusal,
  type LineQuantities,
  lineStatus,
  type NewLine,
  NO_QUANTITIES,
  OPERATION_PERMISSION,
  type OperationContext,
  ORDER_PROCESS,
  ORDER_STATUSES,
  type OrderChange,
  type OrderLine,
  type OrderOperation,
  type OrderState,
  type OrderStatus,
  type Outcome,
  orderStatus,
  type Payment,
  packLines,
  pickLines,
  pickUpOrder,
  returnOrder,
  shipOrder,
} from '../src/index.ts';
import {
  AMSTERDAM,
  accepted,
  allPermissions,
  boots,
  cash,
  context,
  DC,
  guide,
  pay,
  plentyOfStock,
  sequentialIds,
  shipment,
  tent,
} from './fixtures.ts';

// ---------------------------------------------------------------------------------------------------------
// Real orders, built through the operations a tier would run. One id generator per order, so invoice and
// ledger ids never collide however many contexts the steps use.

type At = (overrides?: Partial<OperationContext> & { at?: string }) => OperationContext;

interface Run {
  readonly state: OrderState;
  readonly at: At;
}

type Step = (run: Run) => Decision<Outcome>;

const bootsToPickUp = (quantity: number): NewLine => ({
  ...boots,
  quantity,
  delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-30' },
});
const tentToShip: NewLine = { ...tent, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } };

/** Two pairs of boots to pick up at Amsterdam and a tent shipped from the DC with a €6.95 charge. */
const MIXED = [bootsToPickUp(2), tentToShip];
const PICKUP_ONLY = [bootsToPickUp(1)];
const SHIP_ONLY = [tentToShip];

/**
 * Runs an operation as a tier would: if all that stands in the way is money to collect, the customer
 * pays it in cash and the operation runs again; the result must then pass `commitCheck`.
 */
function settled(attempt: (payments: readonly Payment[]) => Decision<Outcome>): Decision<Outcome> {
  const first = attempt([]);
  if (isRefusal(first) || first.effect.toCollect === 0) return first;
  return attempt([pay(cash('cash-due'), first.effect.toCollect)]);
}

function create(type: 'customerOrder' | 'quote', lines: readonly NewLine[]): Run {
  const attempt = (payments: readonly Payment[]) => {
    const newId = sequentialIds();
    const at: At = (overrides = {}) => context({ newId, ...overrides });
    const outcome = createOrder(
      {
        type,
        customerId: 'C-2001',
        lines,
        shipments: [shipment('SH1', 695)],
        payments,
        availability: plentyOfStock,
      },
      at(),
    );
    return { outcome, at };
  };
  const first = attempt([]);
  const { outcome, at } =
    type === 'customerOrder' && !isRefusal(first.outcome) && first.outcome.effect.toCollect > 0
      ? attempt([pay(cash('cash-deposit'), first.outcome.effect.toCollect)])
      : first;
  const done = accepted(outcome);
  expect(commitCheck(done, allPermissions)).toBeUndefined();
  return { state: done.state, at };
}

function then(run: Run, ...steps: Step[]): Run {
  let current = run;
  for (const step of steps) {
    const outcome = accepted(step(current));
    expect(commitCheck(outcome, allPermissions)).toBeUndefined();
    current = { state: outcome.state, at: current.at };
  }
  return current;
}

function lineOf(state: OrderState, productId: string): string {
  const line = state.order.lines.find((candidate) => candidate.productId === productId);
  if (!line) throw new Error(`no line of ${productId}`);
  return line.id;
}

function goodsInvoiceOf(state: OrderState, productId: string): string {
  const lineId = lineOf(state, productId);
  return state.invoices.find((invoice) => invoice.lines.some((l) => l.lineId === lineId))?.id ?? 'no-invoice';
}

const pick =
  (productId: string, quantity: number, locationId = AMSTERDAM): Step =>
  (r) =>
    pickLines(r.state, { lines: [{ lineId: lineOf(r.state, productId), quantity }] }, r.at({ locationId }));
const pack =
  (productId: string, quantity: number, locationId = AMSTERDAM): Step =>
  (r) =>
    packLines(r.state, { lines: [{ lineId: lineOf(r.state, productId), quantity }] }, r.at({ locationId }));
const pickUp =
  (productId: string, quantity: number): Step =>
  (r) =>
    settled((payments) =>
      pickUpOrder(r.state, { lines: [{ lineId: lineOf(r.state, productId), quantity }], payments }, r.at()),
    );
const ship =
  (shipmentId = 'SH1'): Step =>
  (r) =>
    shipOrder(r.state, { shipmentId }, r.at({ locationId: DC }));
const cancel: Step = (r) => settled((payments) => cancelOrder(r.state, { payments }, r.at()));
const convert: Step = (r) =>
  settled((payments) => convertQuote(r.state, { availability: plentyOfStock, payments }, r.at()));
const edit =
  (changes: (state: OrderState) => OrderChange[]): Step =>
  (r) =>
    settled((payments) =>
      editOrder(r.state, { changes: changes(r.state), availability: plentyOfStock, payments }, r.at()),
    );
const nameCollector = edit(() => [{ kind: 'setCollectors', collectors: ['Bram de Vries'] }]);
const removeLines = (...productIds: string[]) =>
  edit((state) => productIds.map((productId) => ({ kind: 'removeLine', lineId: lineOf(state, productId) })));
const giveBack =
  (productId: string, quantity: number): Step =>
  (r) =>
    returnOrder(
      r.state,
      {
        invoiceId: goodsInvoiceOf(r.state, productId),
        lines: [{ lineId: lineOf(r.state, productId), quantity }],
        reason: 'does not fit',
      },
      r.at(),
    );

// One order in each status. The record's type makes a new status fail to compile until it has an order.
const IN_STATUS: Record<OrderStatus, () => Run> = {
  quote: () => create('quote', MIXED),
  open: () => create('customerOrder', MIXED),
  // The DC picked the tent.
  processing: () => then(create('customerOrder', MIXED), pick(tent.productId, 1, DC)),
  // …and one pair of boots was collected at Amsterdam.
  partiallyDelivered: () =>
    then(create('customerOrder', MIXED), pick(tent.productId, 1, DC), pickUp(boots.productId, 1)),
  delivered: () => then(create('customerOrder', MIXED), pickUp(boots.productId, 2), ship()),
  cancelled: () => then(create('customerOrder', MIXED), cancel),
};

/** An attempt at every operation, with an input that suits the order built for each status. */
const ATTEMPT: Record<OrderOperation, Step> = {
  edit: nameCollector,
  convertQuote: convert,
  pick: pick(boots.productId, 1),
  pack: pack(tent.productId, 1, DC),
  pickUp: pickUp(boots.productId, 1),
  ship: ship(),
  cancel,
  return: giveBack(boots.productId, 1),
};

const OPERATIONS = Object.keys(OPERATION_PERMISSION).filter(
  (operation): operation is OrderOperation => operation !== 'create',
);

// ---------------------------------------------------------------------------------------------------------

describe('the order process table (STYLE 2: a state machine as data)', () => {
  it('has an entry for every status and no other', () => {
    expect(Object.keys(ORDER_PROCESS).sort()).toEqual([...ORDER_STATUSES].sort());
  });

  const targets = ORDER_STATUSES.flatMap((from) =>
    Object.entries(ORDER_PROCESS[from]).flatMap(([operation, to]) =>
      (to as readonly string[]).map((target) => [from, operation, target] as const),
    ),
  );

  it.each(targets)('%s —%s→ %s leads to a known status by a known operation', (_from, operation, target) => {
    expect(ORDER_STATUSES).toContain(target);
    expect(OPERATIONS).toContain(operation);
  });

  it('every operation is allowed in some status', () => {
    const used = new Set(ORDER_STATUSES.flatMap((status) => Object.keys(ORDER_PROCESS[status])));
    expect([...used].sort()).toEqual([...OPERATIONS].sort());
  });

  it('every status is reachable in the table from the statuses an order is created in', () => {
    const reached = new Set<OrderStatus>(['quote', 'open']);
    const queue = [...reached];
    for (let from = queue.shift(); from; from = queue.shift()) {
      for (const to of Object.values(ORDER_PROCESS[from]).flat() as OrderStatus[]) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    expect([...reached].sort()).toEqual([...ORDER_STATUSES].sort());
  });

  it('a cancelled order allows nothing and a delivered one only returns', () => {
    expect(ORDER_PROCESS.cancelled).toEqual({});
    expect(Object.keys(ORDER_PROCESS.delivered)).toEqual(['return']);
  });
});

describe('every status is reached by a real order built from createOrder (R-CRE-4, R-CRE-5, R-PCK-1, R-PCK-4, R-PCK-5, R-CAN-1)', () => {
  it.each(ORDER_STATUSES)('an order ends up %s', (status) => {
    expect(orderStatus(IN_STATUS[status]().state.order)).toBe(status);
  });

  it('createOrder starts a quote, an open customer order, a partially delivered hybrid order or a delivered cash-and-carry sale', () => {
    const guidesOut: NewLine = { ...guide, quantity: 1, delivery: { kind: 'carryOut' } };
    const carts: [string, 'customerOrder' | 'quote', NewLine[], OrderStatus][] = [
      ['quote', 'quote', MIXED, 'quote'],
      ['customer order', 'customerOrder', MIXED, 'open'],
      ['hybrid', 'customerOrder', [guidesOut, ...PICKUP_ONLY], 'partiallyDelivered'],
      ['cash and carry', 'customerOrder', [guidesOut], 'delivered'],
    ];
    for (const [_name, type, lines, status] of carts) {
      expect(orderStatus(create(type, lines).state.order)).toBe(status);
    }
  });
});

describe('every transition in the table is taken by a real operation (R-EDT-1, R-CRE-5, R-PCK-1..5, R-CAN-1, R-RET-1)', () => {
  const fresh = (lines: readonly NewLine[]) => () => create('customerOrder', lines);
  const after =
    (base: () => Run, ...steps: Step[]) =>
    () =>
      then(base(), ...steps);
  const quoted = () => create('quote', MIXED);
  const mixed = fresh(MIXED);
  const mixedPicked = after(mixed, pick(boots.productId, 1));
  const mixedHalfDelivered = IN_STATUS.partiallyDelivered;

  // [from, operation, to, the order before, the operation]
  const transitions: [OrderStatus, OrderOperation, OrderStatus, () => Run, Step][] = [
    ['quote', 'edit', 'quote', quoted, nameCollector],
    ['quote', 'convertQuote', 'open', quoted, convert],
    ['quote', 'cancel', 'cancelled', quoted, cancel],
    ['open', 'edit', 'open', mixed, nameCollector],
    ['open', 'pick', 'processing', mixed, pick(boots.productId, 1)],
    ['open', 'pickUp', 'partiallyDelivered', mixed, pickUp(boots.productId, 1)],
    ['open', 'pickUp', 'delivered', fresh(PICKUP_ONLY), pickUp(boots.productId, 1)],
    ['open', 'ship', 'partiallyDelivered', mixed, ship()],
    ['open', 'ship', 'delivered', fresh(SHIP_ONLY), ship()],
    ['open', 'cancel', 'cancelled', mixed, cancel],
    ['processing', 'edit', 'processing', mixedPicked, nameCollector],
    // Removing the only picked line puts the picked pair back on the shelf.
    ['processing', 'edit', 'open', mixedPicked, removeLines(boots.productId)],
    ['processing', 'pick', 'processing', mixedPicked, pick(boots.productId, 1)],
    ['processing', 'pack', 'processing', mixedPicked, pack(boots.productId, 1)],
    ['processing', 'pickUp', 'partiallyDelivered', mixedPicked, pickUp(boots.productId, 1)],
    [
      'processing',
      'pickUp',
      'delivered',
      after(fresh(PICKUP_ONLY), pick(boots.productId, 1)),
      pickUp(boots.productId, 1),
    ],
    ['processing', 'ship', 'partiallyDelivered', mixedPicked, ship()],
    ['processing', 'ship', 'delivered', after(fresh(SHIP_ONLY), pick(tent.productId, 1, DC)), ship()],
    ['processing', 'cancel', 'cancelled', mixedPicked, cancel],
    ['partiallyDelivered', 'edit', 'partiallyDelivered', mixedHalfDelivered, nameCollector],
    ['partiallyDelivered', 'pick', 'partiallyDelivered', mixedHalfDelivered, pick(boots.productId, 1)],
    ['partiallyDelivered', 'pack', 'partiallyDelivered', mixedHalfDelivered, pack(tent.productId, 1, DC)],
    ['partiallyDelivered', 'pickUp', 'partiallyDelivered', mixedHalfDelivered, pickUp(boots.productId, 1)],
    [
      'partiallyDelivered',
      'pickUp',
      'delivered',
      after(mixedHalfDelivered, ship()),
      pickUp(boots.productId, 1),
    ],
    ['partiallyDelivered', 'ship', 'partiallyDelivered', mixedHalfDelivered, ship()],
    [
      'partiallyDelivered',
      'ship',
      'delivered',
      after(mixedHalfDelivered, pickUp(boots.productId, 1)),
      ship(),
    ],
    ['partiallyDelivered', 'cancel', 'delivered', mixedHalfDelivered, cancel],
    ['partiallyDelivered', 'return', 'partiallyDelivered', mixedHalfDelivered, giveBack(boots.productId, 1)],
    ['delivered', 'return', 'delivered', IN_STATUS.delivered, giveBack(boots.productId, 1)],
  ];

  it.each(transitions)('%s —%s→ %s', (from, operation, to, before, step) => {
    const run = before();
    expect(orderStatus(run.state.order)).toBe(from);
    const outcome = accepted(step(run));
    expect(outcome.operation).toBe(operation);
    expect(commitCheck(outcome, allPermissions)).toBeUndefined();
    expect(orderStatus(outcome.state.order)).toBe(to);
  });

  it('the list above is exactly the table', () => {
    const fromTable = ORDER_STATUSES.flatMap((from) =>
      Object.entries(ORDER_PROCESS[from]).flatMap(([operation, to]) =>
        (to as readonly string[]).map((target) => `${from} ${operation} ${target}`),
      ),
    );
    expect(transitions.map(([from, operation, to]) => `${from} ${operation} ${to}`).sort()).toEqual(
      fromTable.sort(),
    );
  });
});

describe('an operation the table does not allow in a status is refused OPERATION_NOT_ALLOWED (R-EDT-1, R-CAN-1, R-RET-1)', () => {
  const cells = ORDER_STATUSES.flatMap((status) =>
    OPERATIONS.map((operation) => [status, operation, isAllowed(status, operation)] as const),
  );

  it.each(cells)('%s order, %s: allowed %s', (status, operation, allowed) => {
    const run = IN_STATUS[status]();
    const decision = ATTEMPT[operation](run);
    if (allowed) {
      const outcome = accepted(decision);
      const targets: readonly OrderStatus[] =
        (ORDER_PROCESS[status] as Partial<Record<OrderOperation, readonly OrderStatus[]>>)[operation] ?? [];
      expect(targets).toContain(orderStatus(outcome.state.order));
    } else {
      expect(decision).toMatchObject({
        ok: false,
        code: 'OPERATION_NOT_ALLOWED',
        details: { operation, status },
      });
    }
  });

  it.each([
    ['picking up a cancelled order', 'cancelled', 'pickUp'],
    ['returning from a quote', 'quote', 'return'],
    ['editing a delivered order', 'delivered', 'edit'],
    ['cancelling a delivered order', 'delivered', 'cancel'],
    ['cancelling a cancelled order', 'cancelled', 'cancel'],
    ['converting an open order as if it were a quote', 'open', 'convertQuote'],
    ['packing a quote', 'quote', 'pack'],
    ['shipping a delivered order', 'delivered', 'ship'],
    ['returning from an open order with nothing invoiced', 'open', 'return'],
  ] as const)('%s is refused', (_name, status, operation) => {
    const decision = ATTEMPT[operation](IN_STATUS[status]());
    expect(decision).toMatchObject({
      ok: false,
      code: 'OPERATION_NOT_ALLOWED',
      details: { operation, status },
    });
    expect(isRefusal(decision) && decision.message).toBe(`cannot ${operation} an order that is ${status}`);
  });
});

// ---------------------------------------------------------------------------------------------------------

function lineWith(quantities: Partial<LineQuantities>): OrderLine {
  return {
    id: 'line-1',
    productId: boots.productId,
    description: boots.description,
    unitPrice: boots.unitPrice,
    vatRate: boots.vatRate,
    delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-30' },
    quantities: { ...NO_QUANTITIES, ordered: 3, ...quantities },
  };
}

describe('line and order statuses are derived from quantities, never stored (R-PCK-1, R-PCK-4, R-CAN-1, R-RET-1)', () => {
  it.each([
    ['nothing done yet', {}, 'open'],
    ['reserved but not picked', { reserved: 3 }, 'open'],
    ['some units picked', { picked: 2 }, 'picked'],
    ['all units picked', { picked: 3 }, 'picked'],
    ['picked and some packed', { picked: 3, packed: 1 }, 'packed'],
    ['one unit delivered', { picked: 1, packed: 1, delivered: 1, invoiced: 1 }, 'partiallyDelivered'],
    ['all delivered', { picked: 3, packed: 3, delivered: 3, invoiced: 3 }, 'delivered'],
    ['all cancelled', { cancelled: 3 }, 'cancelled'],
    [
      'one delivered, the rest cancelled',
      { picked: 1, packed: 1, delivered: 1, invoiced: 1, cancelled: 2 },
      'delivered',
    ],
    ['part cancelled, the rest open', { cancelled: 1 }, 'open'],
    [
      'delivered and then returned: a return does not reopen it',
      { picked: 3, packed: 3, delivered: 3, invoiced: 3, returned: 3 },
      'delivered',
    ],
  ] as const)('a line with %s is %s', (_name, quantities, status) => {
    expect(lineStatus(lineWith(quantities))).toBe(status);
  });

  const base = create('customerOrder', MIXED).state.order;
  const open = lineWith({});
  const picked = lineWith({ picked: 1 });
  const packed = lineWith({ picked: 1, packed: 1 });
  const partly = lineWith({ picked: 1, packed: 1, delivered: 1, invoiced: 1 });
  const delivered = lineWith({ picked: 3, packed: 3, delivered: 3, invoiced: 3 });
  const cancelled = lineWith({ cancelled: 3 });

  it.each([
    ['a quote, whatever its lines', 'quote', [open, open], 'quote'],
    ['a quote whose lines are all cancelled', 'quote', [cancelled], 'cancelled'],
    ['only open lines', 'customerOrder', [open, open], 'open'],
    ['one line picked', 'customerOrder', [open, picked], 'processing'],
    ['one line packed', 'customerOrder', [packed, open], 'processing'],
    ['one line partly delivered', 'customerOrder', [partly, picked], 'partiallyDelivered'],
    ['one line delivered, another open', 'customerOrder', [delivered, open], 'partiallyDelivered'],
    ['every line delivered', 'customerOrder', [delivered, delivered], 'delivered'],
    ['one line delivered, the other cancelled', 'customerOrder', [delivered, cancelled], 'delivered'],
    ['every line cancelled', 'customerOrder', [cancelled, cancelled], 'cancelled'],
    ['one line cancelled, another open', 'customerOrder', [cancelled, open], 'open'],
    ['one line cancelled, another picked', 'customerOrder', [cancelled, picked], 'processing'],
  ] as const)('an order with %s is %s', (_name, type, lines, status) => {
    expect(orderStatus({ ...base, type, lines })).toBe(status);
  });
});
