import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  type Authorization,
  balances,
  type CreateOrderInput,
  cancelOrder,
  commitCheck,
  convertQuote,
  createOrder,
  type Decision,
  type Delivery,
  editOrder,
  fulfillingLocation,
  isRefusal,
  type LedgerEntry,
  type NewLine,
  ORDER_PROCESS,
  ORDER_STATUSES,
  type OrderChange,
  type OrderLine,
  type OrderOperation,
  type OrderState,
  type OrderStatus,
  type Outcome,
  openQuantity,
  orderStatus,
  type Payment,
  packLines,
  pickLines,
  pickUpOrder,
  type Refusal,
  returnOrder,
  shipOrder,
  shippingShare,
} from '../src/index.ts';
import {
  AMSTERDAM,
  allPermissions,
  boots,
  card,
  cardRequired,
  cash,
  context,
  DC,
  guide,
  pay,
  payLater,
  sequentialIds,
  shipment,
  tent,
  UTRECHT,
} from './fixtures.ts';

/*
 * Property tests over random orders and random sequences of operations (R-MON-3, R-MON-5, R-DEP-5, the
 * line quantities and the order process). A scenario is a random cart, created at S01 Amsterdam, followed
 * by up to eight random steps, some of them invalid on purpose, and sometimes a finishing phase that
 * ships, picks up and cancels whatever is left. Each outcome is committed only if `commitCheck` passes
 * with every permission granted; a payment blocker is answered by paying what it asks in cash (or by
 * authorizing a card for what it asks), and the step is tried again.
 */

// 1,000 runs each in CI; KASSA_PROPERTY_RUNS=20000 searches harder before a release.
const RUNS = { numRuns: Number(process.env.KASSA_PROPERTY_RUNS ?? 1000) };
/** Each property runs in a second or two alone; the margin is for a busy machine running every suite. */
const TIMEOUT = 60_000;

// ---------------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------------

type Product = Omit<NewLine, 'delivery' | 'quantity'>;

const SHIPMENT_IDS = ['SH1', 'SH2'] as const;

/** The demo products, or a product at a random price (sometimes free) and VAT rate. */
const productArb: fc.Arbitrary<Product> = fc.oneof(
  fc.constantFrom(tent, boots, guide),
  fc.record({
    productId: fc.constantFrom('MUG-1', 'CAP-2'),
    description: fc.constant('Random product'),
    unitPrice: fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 30_000 }), weight: 9 },
      { arbitrary: fc.constant(0), weight: 1 },
    ),
    vatRate: fc.constantFrom(0, 9, 21),
  }),
);

const pickupDateArb = fc.constantFrom('2026-11-28', '2026-11-30', '2026-12-02', '2026-12-20');

const pickupArb: fc.Arbitrary<Delivery> = fc.record({
  kind: fc.constant('pickup' as const),
  storeId: fc.constantFrom(AMSTERDAM, UTRECHT),
  date: pickupDateArb,
});

const shipArb: fc.Arbitrary<Delivery> = fc.record({
  kind: fc.constant('ship' as const),
  shipmentId: fc.constantFrom(...SHIPMENT_IDS),
});

/** Carry out (now, at S01), pick up at S01 or S02, or ship in one of two shipments. */
const deliveryArb: fc.Arbitrary<Delivery> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'carryOut' as const }), weight: 1 },
  { arbitrary: pickupArb, weight: 3 },
  { arbitrary: shipArb, weight: 3 },
);

const cartLineArb: fc.Arbitrary<NewLine> = fc
  .record({
    product: productArb,
    quantity: fc.integer({ min: 1, max: 5 }),
    delivery: deliveryArb,
    backorder: fc.boolean(),
  })
  .map(({ product, ...rest }) => ({ ...product, ...rest }));

const shippingChargeArb = fc.integer({ min: 0, max: 2000 });

/**
 * How much the customer pays, between what must be collected now and the order total, split over cash
 * and a card; and whether a card is authorized for the rest (R-DEP-4). `short` pays half of what is
 * needed, so the blocker is answered in cash.
 */
const paymentPlanArb = fc.record({
  level: fc.oneof(
    fc.constantFrom('required' as const, 'total' as const, 'short' as const),
    fc.integer({ min: 0, max: 1000 }),
  ),
  cashPerMille: fc.integer({ min: 0, max: 1000 }),
  authorize: fc.constantFrom('none' as const, 'rest' as const, 'half' as const),
});
type PaymentPlan = typeof paymentPlanArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Something of the order by position, counted round its lines (invoices, shipments); -1 names nothing
 * that exists (an invalid step).
 */
const refArb = fc.oneof(
  { arbitrary: fc.nat({ max: 9 }), weight: 9 },
  { arbitrary: fc.constant(-1), weight: 1 },
);
const lineRefArb = refArb;

/** A quantity to act on: usually small, sometimes 0 (invalid), sometimes all that is open. */
const quantityArb: fc.Arbitrary<number | 'open'> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 6 },
  { arbitrary: fc.constant('open' as const), weight: 3 },
  { arbitrary: fc.constantFrom(0, 5), weight: 1 },
);

/** Where a pick, pack or pickup happens: usually where the line is fulfilled, sometimes anywhere. */
const whereArb = fc.oneof(
  { arbitrary: fc.constant('right' as const), weight: 3 },
  { arbitrary: fc.constantFrom(AMSTERDAM, UTRECHT, DC), weight: 1 },
);

const lineQuantityArb = fc.record({ line: lineRefArb, quantity: quantityArb });

const changeArb = fc.oneof(
  fc.record({
    kind: fc.constant('addLine' as const),
    product: productArb,
    quantity: fc.integer({ min: 1, max: 5 }),
    delivery: deliveryArb,
  }),
  fc.record({
    kind: fc.constant('changeQuantity' as const),
    line: lineRefArb,
    quantity: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({ kind: fc.constant('removeLine' as const), line: lineRefArb }),
  fc.record({ kind: fc.constant('changeDelivery' as const), line: lineRefArb, delivery: deliveryArb }),
  fc.record({
    kind: fc.constant('addShipment' as const),
    shipmentId: fc.constantFrom('SH1', 'SH2', 'SH3'),
    charge: shippingChargeArb,
  }),
  fc.record({
    kind: fc.constant('changeShipment' as const),
    shipmentId: fc.constantFrom(...SHIPMENT_IDS),
    charge: shippingChargeArb,
  }),
  fc.record({ kind: fc.constant('overrideDeposit' as const), amount: fc.integer({ min: 0, max: 20_000 }) }),
  fc.record({ kind: fc.constant('clearDepositOverride' as const) }),
  fc.record({
    kind: fc.constant('recalculatePrices' as const),
    product: productArb,
    unitPrice: fc.integer({ min: 0, max: 30_000 }),
  }),
  fc.record({ kind: fc.constant('setCollectors' as const), collectors: fc.constantFrom([], ['Piet']) }),
);
type ChangeSpec = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

const pickArb = fc.record({
  kind: fc.constant('pick' as const),
  line: lineRefArb,
  quantity: quantityArb,
  where: whereArb,
});

const packArb = fc.record({
  kind: fc.constant('pack' as const),
  line: lineRefArb,
  quantity: quantityArb,
  where: whereArb,
});

const pickUpArb = fc.record({
  kind: fc.constant('pickUp' as const),
  lines: fc.array(lineQuantityArb, { minLength: 1, maxLength: 2 }),
  where: whereArb,
  collectedBy: fc.constantFrom(undefined, undefined, 'Piet', 'Stranger'),
});

const shipStepArb = fc.record({
  kind: fc.constant('ship' as const),
  shipment: refArb,
  lines: fc.option(fc.array(lineQuantityArb, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  payDue: fc.boolean(),
});

const cancelArb = fc.record({
  kind: fc.constant('cancel' as const),
  chargeOverride: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
});

/** Against a random invoice (or none), lines of that invoice by position. */
const returnArb = fc.record({
  kind: fc.constant('return' as const),
  invoice: refArb,
  lines: fc.array(fc.record({ line: refArb, quantity: fc.integer({ min: 1, max: 2 }) }), {
    minLength: 1,
    maxLength: 2,
  }),
  reason: fc.constantFrom('too small', 'changed mind', '  '),
  shippingRefund: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined, freq: 3 }),
});

const editArb = fc.record({
  kind: fc.constant('edit' as const),
  changes: fc.array(changeArb, { minLength: 1, maxLength: 3 }),
  backorder: fc.boolean(),
  payment: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined, freq: 3 }),
  authorization: fc.option(fc.integer({ min: 1, max: 50_000 }), { nil: undefined, freq: 3 }),
});

const convertArb = fc.record({
  kind: fc.constant('convertQuote' as const),
  payment: paymentPlanArb,
  depositOverridePerMille: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined, freq: 3 }),
  backorder: fc.boolean(),
});

/** Cancelling ends most sequences, so it comes up less often than the rest. */
const stepArb = fc.oneof(
  { arbitrary: pickArb, weight: 3 },
  { arbitrary: packArb, weight: 3 },
  { arbitrary: pickUpArb, weight: 4 },
  { arbitrary: shipStepArb, weight: 4 },
  { arbitrary: cancelArb, weight: 1 },
  { arbitrary: returnArb, weight: 4 },
  { arbitrary: editArb, weight: 4 },
  { arbitrary: convertArb, weight: 2 },
);
type Step = (typeof stepArb extends fc.Arbitrary<infer T> ? T : never) & { hoursLater: number };

const timedStepArb: fc.Arbitrary<Step> = fc
  .tuple(stepArb, fc.integer({ min: 0, max: 18 }))
  .map(([step, hoursLater]) => ({ ...step, hoursLater }));

/** Stock everywhere, or a few units of every product at every location (backorders, refusals). */
const stockLevelArb = fc.oneof(
  { arbitrary: fc.constant(1000), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 8 }), weight: 1 },
);

const scenarioArb = fc.record({
  type: fc.oneof(
    { arbitrary: fc.constant('customerOrder' as const), weight: 4 },
    { arbitrary: fc.constant('quote' as const), weight: 1 },
  ),
  profile: fc.constantFrom('NotRequired' as const, 'CardRequired' as const),
  lines: fc.array(cartLineArb, { minLength: 1, maxLength: 5 }),
  shippingCharges: fc.tuple(shippingChargeArb, shippingChargeArb),
  stockLevel: stockLevelArb,
  payment: paymentPlanArb,
  /** R-DEP-2: per mille of the ship and pickup part. */
  depositOverridePerMille: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined, freq: 4 }),
  collectors: fc.constantFrom([], ['Piet']),
  quoteExpiresOn: fc.constantFrom(undefined, undefined, '2026-11-28'),
  steps: fc.array(timedStepArb, { maxLength: 8 }),
  finish: fc.boolean(),
  /** Returns after the finishing phase, on a delivered or cancelled order. */
  returnsAfter: fc.array(returnArb, { maxLength: 2 }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------------------------------
// Running a scenario
// ---------------------------------------------------------------------------------------------------

/** What a property looks at while a scenario runs. */
interface Checks {
  /** After every call of an operation on an existing order, with a copy of its state taken before. */
  readonly call?: (state: OrderState, copy: OrderState, decision: Decision<Outcome>) => void;
  /** After every committed step (`before` is undefined for the creation). */
  readonly commit?: (before: OrderState | undefined, outcome: Outcome) => void;
  /** Once, on the last state. */
  readonly end?: (state: OrderState) => void;
  /** Deep-freeze every state handed to an operation, so a mutation throws. */
  readonly freeze?: boolean;
}

/** Payments and authorizations added to a step to answer its blockers. */
interface Extra {
  readonly payments: Payment[];
  readonly authorizations: Authorization[];
}

const START = Temporal.Instant.from('2026-11-27T10:00:00Z');

class Run {
  readonly newId = sequentialIds();
  hours = 0;
  constructor(
    readonly scenario: Scenario,
    readonly checks: Checks,
  ) {}

  ctx(locationId: string) {
    return context({
      at: START.add({ hours: this.hours }).toString(),
      locationId,
      profile: this.scenario.profile === 'CardRequired' ? cardRequired : payLater,
      newId: this.newId,
    });
  }

  readonly availability = () => this.scenario.stockLevel;

  /**
   * Calls an operation, commits its outcome if `commitCheck` lets it, and answers a payment blocker by
   * paying in cash what it asks (or authorizing a card) and trying again. Returns the next state.
   */
  attempt(state: OrderState, call: (extra: Extra) => Decision<Outcome>): OrderState {
    const extra: Extra = { payments: [], authorizations: [] };
    for (let tries = 0; tries < 3; tries++) {
      const copy = this.checks.call ? structuredClone(state) : undefined;
      const decision = call(extra);
      if (copy) this.checks.call?.(state, copy, decision);
      if (isRefusal(decision)) return state;
      const blocked = commitCheck(decision, allPermissions);
      if (!blocked) {
        this.checks.commit?.(state, decision);
        return this.checks.freeze ? deepFreeze(decision.state) : decision.state;
      }
      if (!answerBlocker(blocked, decision, extra)) return state;
    }
    return state;
  }
}

function answerBlocker(blocked: Refusal, outcome: Outcome, extra: Extra): boolean {
  switch (blocked.code) {
    case 'PAYMENT_REQUIRED':
    case 'DEPOSIT_BELOW_REQUIRED':
      if (outcome.effect.toCollect <= 0) return false;
      extra.payments.push(pay(cash('cash-due'), outcome.effect.toCollect));
      return true;
    case 'CARD_AUTHORIZATION_REQUIRED': {
      const amount = Number(blocked.details?.amount ?? 0);
      if (amount <= 0) return false;
      extra.authorizations.push({ tender: card('card-2'), amount });
      return true;
    }
    default:
      return false;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** `minimum` is what must be paid now, `maximum` what may be paid at most (the order total). */
function planPayments(plan: PaymentPlan, minimum: number, maximum: number): Extra {
  const amount =
    plan.level === 'required'
      ? minimum
      : plan.level === 'total'
        ? maximum
        : plan.level === 'short'
          ? Math.floor(minimum / 2)
          : minimum + Math.round(((maximum - minimum) * plan.level) / 1000);
  const inCash = Math.round((amount * plan.cashPerMille) / 1000);
  const onCard = amount - inCash;
  const payments = [
    ...(inCash > 0 ? [pay(cash(), inCash)] : []),
    ...(onCard > 0 ? [pay(card(), onCard)] : []),
  ];
  const rest = maximum - amount;
  const authorized = plan.authorize === 'rest' ? rest : plan.authorize === 'half' ? Math.floor(rest / 2) : 0;
  return { payments, authorizations: authorized > 0 ? [{ tender: card(), amount: authorized }] : [] };
}

function create(run: Run): OrderState | undefined {
  const s = run.scenario;
  const quote = s.type === 'quote';
  const input: CreateOrderInput = {
    type: s.type,
    customerId: 'C-1',
    // R-CRE-5: a quote has no carry-out lines; those become pickups here.
    lines: s.lines.map((line) =>
      quote && line.delivery.kind === 'carryOut'
        ? { ...line, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-30' } }
        : line,
    ),
    shipments: SHIPMENT_IDS.map((id, index) => shipment(id, s.shippingCharges[index] ?? 0)),
    collectors: s.collectors,
    availability: run.availability,
    ...(quote && s.quoteExpiresOn ? { quoteExpiresOn: s.quoteExpiresOn } : {}),
  };
  const ctx = run.ctx(AMSTERDAM);
  // Dry runs tell what the cart costs and what must be collected, as the POS shows it.
  const bare = createOrder(input, ctx);
  if (isRefusal(bare)) return undefined;
  const carriedOut = bare.invoices.reduce((acc, invoice) => acc + invoice.total, 0);
  const base = bare.effect.orderTotal - carriedOut;
  const withOverride: CreateOrderInput =
    s.depositOverridePerMille !== undefined && !quote
      ? { ...input, depositOverride: Math.round((base * s.depositOverridePerMille) / 1000) }
      : input;
  const preview = createOrder(withOverride, ctx);
  if (isRefusal(preview)) return undefined;
  const planned = quote
    ? { payments: [], authorizations: [] }
    : planPayments(s.payment, preview.effect.toCollect, preview.effect.orderTotal);

  const extra: Extra = { payments: [], authorizations: [] };
  for (let tries = 0; tries < 3; tries++) {
    const decision = createOrder(
      {
        ...withOverride,
        payments: [...planned.payments, ...extra.payments],
        authorizations: [...planned.authorizations, ...extra.authorizations],
      },
      ctx,
    );
    if (isRefusal(decision)) return undefined;
    const blocked = commitCheck(decision, allPermissions);
    if (!blocked) {
      run.checks.commit?.(undefined, decision);
      return run.checks.freeze ? deepFreeze(decision.state) : decision.state;
    }
    if (!answerBlocker(blocked, decision, extra)) return undefined;
  }
  return undefined;
}

function at<T>(items: readonly T[], ref: number): T | undefined {
  return ref < 0 || items.length === 0 ? undefined : items[ref % items.length];
}

function lineAt(state: OrderState, ref: number): OrderLine | undefined {
  return at(state.order.lines, ref);
}

function lineIdAt(state: OrderState, ref: number): string {
  return lineAt(state, ref)?.id ?? 'no-such-line';
}

/** `open` is all the step can still do with the line: pick the unpicked, pack the unpacked, deliver the open. */
function quantityOf(
  line: OrderLine | undefined,
  quantity: number | 'open',
  left: (line: OrderLine) => number = openQuantity,
): number {
  if (quantity !== 'open') return quantity;
  return line ? left(line) : 1;
}

const unpicked = (line: OrderLine) =>
  line.quantities.ordered - line.quantities.cancelled - line.quantities.picked;
const unpacked = (line: OrderLine) => line.quantities.picked - line.quantities.packed;

function locate(state: OrderState, line: OrderLine | undefined, where: 'right' | string): string {
  if (where !== 'right') return where;
  return line ? fulfillingLocation(state.order, line) : AMSTERDAM;
}

function selections(state: OrderState, picks: readonly { line: number; quantity: number | 'open' }[]) {
  return picks.map(({ line, quantity }) => ({
    lineId: lineIdAt(state, line),
    quantity: quantityOf(lineAt(state, line), quantity),
  }));
}

function toChange(state: OrderState, spec: ChangeSpec): OrderChange {
  switch (spec.kind) {
    case 'addLine':
      return { kind: 'addLine', line: { ...spec.product, quantity: spec.quantity, delivery: spec.delivery } };
    case 'changeQuantity':
      return { kind: 'changeQuantity', lineId: lineIdAt(state, spec.line), quantity: spec.quantity };
    case 'removeLine':
      return { kind: 'removeLine', lineId: lineIdAt(state, spec.line) };
    case 'changeDelivery':
      return { kind: 'changeDelivery', lineIds: [lineIdAt(state, spec.line)], delivery: spec.delivery };
    case 'addShipment':
      return { kind: 'addShipment', shipment: shipment(spec.shipmentId, spec.charge) };
    case 'changeShipment':
      return { kind: 'changeShipment', shipmentId: spec.shipmentId, charge: spec.charge };
    case 'overrideDeposit':
      return { kind: 'overrideDeposit', amount: spec.amount };
    case 'clearDepositOverride':
      return { kind: 'clearDepositOverride' };
    case 'recalculatePrices':
      return {
        kind: 'recalculatePrices',
        prices: { [spec.product.productId]: { unitPrice: spec.unitPrice, vatRate: spec.product.vatRate } },
      };
    case 'setCollectors':
      return { kind: 'setCollectors', collectors: spec.collectors };
  }
}

function runStep(run: Run, state: OrderState, step: Step): OrderState {
  switch (step.kind) {
    case 'pick':
    case 'pack': {
      // Mostly a line with something left to pick (or pack), so that packing happens at all.
      const left = step.kind === 'pick' ? unpicked : unpacked;
      const candidates = state.order.lines.filter((l) => left(l) > 0 && l.delivery.kind !== 'carryOut');
      const line = at(candidates.length > 0 ? candidates : state.order.lines, step.line);
      const input = {
        lines: [{ lineId: line?.id ?? 'no-such-line', quantity: quantityOf(line, step.quantity, left) }],
      };
      const ctx = run.ctx(locate(state, line, step.where));
      return run.attempt(state, () =>
        step.kind === 'pick' ? pickLines(state, input, ctx) : packLines(state, input, ctx),
      );
    }
    case 'pickUp': {
      const first = lineAt(state, step.lines[0]?.line ?? 0);
      const ctx = run.ctx(locate(state, first, step.where));
      const lines = selections(state, step.lines);
      return run.attempt(state, (extra) =>
        pickUpOrder(
          state,
          {
            lines,
            payments: extra.payments,
            ...(step.collectedBy !== undefined ? { collectedBy: step.collectedBy } : {}),
          },
          ctx,
        ),
      );
    }
    case 'ship':
      return ship(
        run,
        state,
        at(state.order.shipments, step.shipment)?.id ?? 'no-such-shipment',
        step.lines && selections(state, step.lines),
        step.payDue,
      );
    case 'cancel':
      return cancel(run, state, step.chargeOverride);
    case 'return': {
      const invoice = at(state.invoices, step.invoice);
      const lines = step.lines.map(({ line, quantity }) => ({
        lineId: (invoice && at(invoice.lines, line)?.lineId) ?? lineIdAt(state, line),
        quantity,
      }));
      const ctx = run.ctx(AMSTERDAM);
      return run.attempt(state, () =>
        returnOrder(
          state,
          {
            invoiceId: invoice?.id ?? 'no-such-invoice',
            lines,
            reason: step.reason,
            ...(step.shippingRefund !== undefined ? { shippingRefund: step.shippingRefund } : {}),
          },
          ctx,
        ),
      );
    }
    case 'edit': {
      const changes = step.changes.map((spec) => toChange(state, spec));
      const ctx = run.ctx(AMSTERDAM);
      return run.attempt(state, (extra) =>
        editOrder(
          state,
          {
            changes,
            availability: run.availability,
            backorder: step.backorder,
            payments: [...(step.payment ? [pay(cash(), step.payment)] : []), ...extra.payments],
            authorizations: [
              ...(step.authorization ? [{ tender: card(), amount: step.authorization }] : []),
              ...extra.authorizations,
            ],
          },
          ctx,
        ),
      );
    }
    case 'convertQuote':
      return convert(run, state, step.payment, step.depositOverridePerMille, step.backorder);
  }
}

function ship(
  run: Run,
  state: OrderState,
  shipmentId: string,
  lines: { lineId: string; quantity: number }[] | undefined,
  payDue: boolean,
): OrderState {
  const ctx = run.ctx(DC);
  const input = { shipmentId, ...(lines ? { lines } : {}) };
  return run.attempt(state, () => {
    const first = shipOrder(state, input, ctx);
    if (!payDue || isRefusal(first)) return first;
    // The customer pays what the deposit and the authorized cards leave unpaid (R-PCK-5).
    const unpaid = first.effect.due - first.effect.captured;
    return unpaid > 0
      ? shipOrder(state, { ...input, payments: [pay(cash('cash-due'), unpaid)] }, ctx)
      : first;
  });
}

function cancel(run: Run, state: OrderState, chargeOverride: number | undefined): OrderState {
  const ctx = run.ctx(AMSTERDAM);
  return run.attempt(state, (extra) =>
    cancelOrder(
      state,
      { payments: extra.payments, ...(chargeOverride !== undefined ? { chargeOverride } : {}) },
      ctx,
    ),
  );
}

function convert(
  run: Run,
  state: OrderState,
  plan: PaymentPlan,
  depositOverridePerMille: number | undefined,
  backorder: boolean,
): OrderState {
  const ctx = run.ctx(AMSTERDAM);
  const input = { availability: run.availability, backorder };
  return run.attempt(state, (extra) => {
    const bare = convertQuote(state, input, ctx);
    if (isRefusal(bare) || depositOverridePerMille === undefined) return withPlan(bare);
    const depositOverride = Math.round((bare.effect.orderTotal * depositOverridePerMille) / 1000);
    return withPlan(convertQuote(state, { ...input, depositOverride }, ctx), { depositOverride });

    function withPlan(preview: Decision<Outcome>, override: { depositOverride?: number } = {}) {
      if (isRefusal(preview)) return preview;
      const planned = planPayments(plan, preview.effect.toCollect, preview.effect.orderTotal);
      return convertQuote(
        state,
        {
          ...input,
          ...override,
          payments: [...planned.payments, ...extra.payments],
          authorizations: [...planned.authorizations, ...extra.authorizations],
        },
        ctx,
      );
    }
  });
}

/** Delivers what can be delivered, pays what is due on delivery, then cancels what is left. */
function finish(run: Run, start: OrderState): OrderState {
  let state = start;
  if (state.order.type === 'quote') {
    state = convert(run, state, { level: 'required', cashPerMille: 500, authorize: 'rest' }, undefined, true);
  }
  for (const shipmentId of new Set(state.order.shipments.map((s) => s.id))) {
    const lines = state.order.lines
      .filter((l) => l.delivery.kind === 'ship' && l.delivery.shipmentId === shipmentId)
      .filter((l) => Math.min(openQuantity(l), l.quantities.reserved) > 0)
      .map((l) => ({ lineId: l.id, quantity: Math.min(openQuantity(l), l.quantities.reserved) }));
    if (lines.length > 0) state = ship(run, state, shipmentId, lines, true);
  }
  for (const line of state.order.lines) {
    const current = state.order.lines.find((l) => l.id === line.id);
    if (current?.delivery.kind !== 'pickup') continue;
    const quantity = Math.min(openQuantity(current), current.quantities.reserved);
    if (quantity === 0) continue;
    const ctx = run.ctx(current.delivery.storeId);
    const before = state;
    state = run.attempt(before, (extra) =>
      pickUpOrder(before, { lines: [{ lineId: current.id, quantity }], payments: extra.payments }, ctx),
    );
  }
  if (state.order.lines.some((l) => openQuantity(l) > 0)) state = cancel(run, state, undefined);
  return state;
}

function simulate(scenario: Scenario, checks: Checks): void {
  const run = new Run(scenario, checks);
  let state = create(run);
  if (!state) return;
  for (const step of scenario.steps) {
    run.hours += step.hoursLater;
    state = runStep(run, state, step);
  }
  if (scenario.finish) {
    run.hours += 1;
    state = finish(run, state);
    for (const step of scenario.returnsAfter) {
      run.hours += 1;
      state = runStep(run, state, { ...step, hoursLater: 1 });
    }
  }
  checks.end?.(state);
}

// ---------------------------------------------------------------------------------------------------
// Ledger sums computed from the raw entries, independently of `balances`
// ---------------------------------------------------------------------------------------------------

function sumOf(entries: readonly LedgerEntry[], ...kinds: LedgerEntry['kind'][]): number {
  return entries.filter((e) => kinds.includes(e.kind)).reduce((acc, e) => acc + e.amount, 0);
}

function rawPaid(entries: readonly LedgerEntry[]): number {
  return sumOf(entries, 'depositPaid', 'balancePaid', 'cardCaptured') - sumOf(entries, 'refunded', 'paidOut');
}

const TRANSITIONS: Record<string, Partial<Record<OrderOperation, readonly OrderStatus[]>>> = ORDER_PROCESS;

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------

describe('properties over random orders and random sequences of operations', () => {
  it(
    'R-MON-5 the ledger never loses or invents money: paid = deposit available + settled, every effect matches its ledger delta, and a finished order with nothing due has paid exactly what it owes',
    () => {
      fc.assert(
        fc.property(scenarioArb, (scenario) =>
          simulate(scenario, {
            commit(before, outcome) {
              const priorLedger = before?.ledger ?? [];
              const ledger = outcome.state.ledger;
              // Append-only: what was there stays, the new entries follow.
              expect(ledger.slice(0, priorLedger.length)).toEqual(priorLedger);
              expect(ledger.slice(priorLedger.length)).toEqual(outcome.entries);

              const a = balances(priorLedger);
              const b = balances(ledger);
              expect(b.paid).toBe(b.depositAvailable + b.settled);
              expect(b.paid).toBe(rawPaid(ledger));
              expect(b.paid).toBe(b.received - b.refunded - b.paidOut);
              expect(b.due).toBeGreaterThanOrEqual(0);

              const e = outcome.effect;
              const credited = outcome.returnOrders.reduce((acc, r) => acc + r.total, 0);
              expect(e.paidNow + e.captured - e.refund).toBe(b.paid - a.paid);
              expect(e.invoiced - credited).toBe(b.receivable - a.receivable);
              expect(e.depositApplied).toBe(b.depositApplied - a.depositApplied);
              const perTender = (x: typeof b, key: 'authorized' | 'captured' | 'voided') =>
                x.perTender.reduce((acc, t) => acc + t[key], 0);
              expect(e.authorized).toBe(perTender(b, 'authorized') - perTender(a, 'authorized'));
              expect(e.captured).toBe(perTender(b, 'captured') - perTender(a, 'captured'));
              expect(e.voided).toBe(perTender(b, 'voided') - perTender(a, 'voided'));
            },
            end(state) {
              const b = balances(state.ledger);
              const status = orderStatus(state.order);
              if (status === 'delivered' || status === 'cancelled') {
                // Nothing stays parked on a finished order.
                expect(b.depositAvailable).toBe(0);
                expect(b.authorizationOpen).toBe(0);
                if (b.due === 0) expect(b.paid).toBe(b.receivable);
              }
              expect(
                sumOf(state.ledger, 'depositPaid', 'balancePaid', 'cardCaptured') -
                  sumOf(state.ledger, 'refunded') -
                  sumOf(state.ledger, 'paidOut'),
              ).toBe(b.paid);
            },
          }),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'R-MON-5 / R-DEP-5 refunds never exceed what each tender paid, captures never exceed what is authorized and not voided',
    () => {
      fc.assert(
        fc.property(scenarioArb, (scenario) =>
          simulate(scenario, {
            commit(_before, outcome) {
              for (const t of balances(outcome.state.ledger).perTender) {
                expect(t.refunded).toBeLessThanOrEqual(t.received);
                expect(t.captured).toBeLessThanOrEqual(t.authorized - t.voided);
                expect(t.refunded).toBeGreaterThanOrEqual(0);
                expect(t.captured).toBeGreaterThanOrEqual(0);
                expect(t.voided).toBeGreaterThanOrEqual(0);
              }
            },
          }),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'R-MON-5 applied deposit never exceeds deposit paid, per tender and in total; deposit available and open authorizations never go below 0',
    () => {
      fc.assert(
        fc.property(scenarioArb, (scenario) =>
          simulate(scenario, {
            commit(_before, outcome) {
              const b = balances(outcome.state.ledger);
              for (const t of b.perTender) {
                expect(t.depositApplied).toBeLessThanOrEqual(t.depositPaid);
                expect(t.depositApplied + t.depositRefunded).toBeLessThanOrEqual(t.depositPaid);
                expect(t.depositAvailable).toBeGreaterThanOrEqual(0);
                expect(t.authorizationOpen).toBeGreaterThanOrEqual(0);
              }
              expect(b.depositApplied).toBeLessThanOrEqual(b.depositPaid);
              expect(b.depositAvailable).toBeGreaterThanOrEqual(0);
              expect(b.authorizationOpen).toBeGreaterThanOrEqual(0);
            },
          }),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'R-EDT-1 / R-CRE-6 line quantities stay in order: 0 ≤ delivered ≤ packed ≤ picked ≤ ordered − cancelled, invoiced ≤ delivered, returned ≤ invoiced, 0 ≤ reserved ≤ open',
    () => {
      fc.assert(
        fc.property(scenarioArb, (scenario) =>
          simulate(scenario, {
            commit(_before, outcome) {
              for (const line of outcome.state.order.lines) {
                const q = line.quantities;
                for (const value of Object.values(q)) expect(Number.isSafeInteger(value)).toBe(true);
                expect(q.ordered).toBeGreaterThan(0);
                expect(q.cancelled).toBeGreaterThanOrEqual(0);
                expect(q.delivered).toBeGreaterThanOrEqual(0);
                expect(q.delivered).toBeLessThanOrEqual(q.packed);
                expect(q.packed).toBeLessThanOrEqual(q.picked);
                expect(q.picked).toBeLessThanOrEqual(q.ordered - q.cancelled);
                expect(q.invoiced).toBeLessThanOrEqual(q.delivered);
                expect(q.returned).toBeGreaterThanOrEqual(0);
                expect(q.returned).toBeLessThanOrEqual(q.invoiced);
                expect(q.reserved).toBeGreaterThanOrEqual(0);
                expect(q.reserved).toBeLessThanOrEqual(openQuantity(line));
              }
            },
          }),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'R-CRE-3 every shipment carries at most one live shipping charge, and every charge belongs to a shipment of the order',
    () => {
      fc.assert(
        fc.property(scenarioArb, (scenario) =>
          simulate(scenario, {
            commit(_before, outcome) {
              const { order } = outcome.state;
              const shipping = order.charges.filter((c) => c.kind === 'shipping' && c.status !== 'dropped');
              for (const shipmentId of new Set(shipping.map((c) => c.shipmentId))) {
                expect(shipping.filter((c) => c.shipmentId === shipmentId)).toHaveLength(1);
                expect(order.shipments.map((s) => s.id)).toContain(shipmentId);
              }
            },
          }),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'R-EDT-4 a refused operation changes nothing, and no operation ever mutates the state it is given',
    () => {
      fc.assert(
        fc.property(scenarioArb, (scenario) =>
          simulate(scenario, {
            freeze: true,
            call(state, copy, decision) {
              expect(state).toEqual(copy);
              if (isRefusal(decision)) {
                expect(decision.ok).toBe(false);
                expect(typeof decision.rule).toBe('string');
              } else {
                expect(decision.state).not.toBe(state);
              }
            },
          }),
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'R-EDT-1 / R-CAN-1 every committed step ends in a status the ORDER_PROCESS table allows (conclude never throws)',
    () => {
      fc.assert(
        fc.property(scenarioArb, (scenario) => {
          expect(() =>
            simulate(scenario, {
              commit(before, outcome) {
                const to = orderStatus(outcome.state.order);
                expect(ORDER_STATUSES).toContain(to);
                if (!before) {
                  expect(outcome.operation).toBe('create');
                  return;
                }
                const from = orderStatus(before.order);
                const operation = outcome.operation as OrderOperation;
                expect(TRANSITIONS[from]?.[operation] ?? []).toContain(to);
              },
            }),
          ).not.toThrow();
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------------
// R-MON-3: shipping refunds of returns add up to the shipment's charge
// ---------------------------------------------------------------------------------------------------

const shippedOrderArb = fc.record({
  lines: fc.array(
    fc.record({
      product: productArb,
      quantity: fc.integer({ min: 1, max: 5 }),
      shipmentId: fc.constantFrom(...SHIPMENT_IDS),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  charges: fc.tuple(shippingChargeArb, shippingChargeArb),
  /** Ship each shipment in two parts (the charge goes with the first invoice, R-PCK-5). */
  split: fc.boolean(),
  /** Picks the next unit to return among those left. */
  returnOrder: fc.array(fc.nat({ max: 1000 }), { minLength: 25, maxLength: 25 }),
});

describe('shipping refunds (R-MON-3, R-RET-3)', () => {
  it(
    'R-MON-3 returning every unit of a shipment one by one proposes shipping refunds that add up exactly to its invoiced charge',
    () => {
      fc.assert(
        fc.property(shippedOrderArb, ({ lines, charges, split, returnOrder: picks }) => {
          const newId = sequentialIds();
          const at = (hours: number, locationId: string) =>
            context({ at: START.add({ hours }).toString(), locationId, newId });
          const total =
            lines.reduce((acc, l) => acc + l.product.unitPrice * l.quantity, 0) +
            SHIPMENT_IDS.reduce(
              (acc, id, i) => (lines.some((l) => l.shipmentId === id) ? acc + (charges[i] ?? 0) : acc),
              0,
            );
          const created = createOrder(
            {
              type: 'customerOrder',
              customerId: 'C-1',
              lines: lines.map(({ product, quantity, shipmentId }) => ({
                ...product,
                quantity,
                delivery: { kind: 'ship', shipmentId },
              })),
              shipments: SHIPMENT_IDS.map((id, i) => shipment(id, charges[i] ?? 0)),
              payments: total > 0 ? [pay(card(), total)] : [],
              availability: () => 1000,
            },
            at(0, AMSTERDAM),
          );
          let state = commitOrFail(created);

          for (const shipmentId of SHIPMENT_IDS) {
            const own = state.order.lines.filter(
              (l) => l.delivery.kind === 'ship' && l.delivery.shipmentId === shipmentId,
            );
            if (own.length === 0) continue;
            const firstPart = own
              .map((l) => ({ lineId: l.id, quantity: Math.floor(l.quantities.ordered / 2) }))
              .filter((l) => l.quantity > 0);
            if (split && firstPart.length > 0) {
              state = commitOrFail(shipOrder(state, { shipmentId, lines: firstPart }, at(24, DC)));
            }
            state = commitOrFail(shipOrder(state, { shipmentId }, at(48, DC)));
          }

          // Every unit invoiced, as (invoice, line) pairs, returned one at a time in a random order.
          const units = state.invoices.flatMap((invoice) =>
            invoice.lines.flatMap((l) =>
              Array.from({ length: l.quantity }, () => ({ invoiceId: invoice.id, lineId: l.lineId })),
            ),
          );
          const refunded = new Map<string, number>();
          for (let n = 0; units.length > 0; n++) {
            const [unit] = units.splice((picks[n % picks.length] ?? 0) % units.length, 1);
            if (!unit) break;
            const line = state.order.lines.find((l) => l.id === unit.lineId);
            if (line?.delivery.kind !== 'ship') throw new Error('a shipped line expected');
            const share = shippingShare(state.order, line, 1);
            const returned = returnOrder(
              state,
              { invoiceId: unit.invoiceId, lines: [{ lineId: unit.lineId, quantity: 1 }], reason: 'too big' },
              at(72 + n, AMSTERDAM),
            );
            if (isRefusal(returned)) throw new Error(`refused: ${returned.code}: ${returned.message}`);
            expect(returned.proposedShippingRefund).toBe(share);
            expect(returned.returnOrder.shippingRefund).toBe(share);
            const id = line.delivery.shipmentId;
            refunded.set(id, (refunded.get(id) ?? 0) + returned.proposedShippingRefund);
            state = commitOrFail(returned);
          }

          SHIPMENT_IDS.forEach((id, i) => {
            if (!lines.some((l) => l.shipmentId === id)) return;
            expect(refunded.get(id) ?? 0).toBe(charges[i]);
          });
          // Everything came back: the customer has paid nothing net.
          expect(balances(state.ledger)).toMatchObject({ paid: 0, receivable: 0, due: 0 });
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

function commitOrFail(decision: Decision<Outcome>): OrderState {
  if (isRefusal(decision)) throw new Error(`refused: ${decision.code}: ${decision.message}`);
  const blocked = commitCheck(decision, allPermissions);
  if (blocked) throw new Error(`cannot commit: ${blocked.code}: ${blocked.message}`);
  return decision.state;
}
