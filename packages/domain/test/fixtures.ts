import { Temporal } from 'temporal-polyfill';
import type {
  CommerceParameters,
  Decision,
  FunctionalityProfile,
  NewLine,
  NewShipment,
  OperationContext,
  OrderState,
  Outcome,
  Payment,
  Permission,
  StockAvailability,
  Tender,
} from '../src/index.ts';
import { commitCheck, isRefusal } from '../src/index.ts';

/** The demo company's Commerce parameters: 10 % deposit, 5 % cancellation charge, shipping refunds up to €10. */
export const parameters: CommerceParameters = {
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

export const chargeCodes = {
  SHIP: { code: 'SHIP', description: 'Shipping', vatRate: 21 },
  CANC: { code: 'CANC', description: 'Cancellation', vatRate: 21 },
};

export const payLater: FunctionalityProfile = {
  requirePaymentForFulfillment: 'NotRequired',
  createCustomerOrderInAsyncMode: false,
  fallbackToAsyncWhenHqUnreachable: false,
};

export const cardRequired: FunctionalityProfile = {
  ...payLater,
  requirePaymentForFulfillment: 'CardRequired',
};

/** Ids that read well in failures: o-1, o-2, … */
export function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

/** One sequence for every context, so ids never repeat across the steps of an order's life. */
const ids = sequentialIds();

export const AMSTERDAM = 'S01';
export const UTRECHT = 'S02';
export const DC = 'DC1';

export function context(overrides: Partial<OperationContext> & { at?: string } = {}): OperationContext {
  const { at, ...rest } = overrides;
  return {
    now: Temporal.Instant.from(at ?? '2026-11-27T10:00:00Z'),
    locationId: AMSTERDAM,
    timeZone: 'Europe/Amsterdam',
    parameters,
    profile: payLater,
    chargeCodes,
    newId: ids,
    ...rest,
  };
}

/** Plenty of everything everywhere, unless a test says otherwise. */
export const plentyOfStock: StockAvailability = () => 1000;

export function stockOf(levels: Record<string, number>): StockAvailability {
  return (locationId, productId) => levels[`${locationId}/${productId}`] ?? 0;
}

export const cash = (id = 'cash-1'): Tender => ({ id, method: 'cash' });
export const card = (id = 'card-1'): Tender => ({ id, method: 'card' });
export const pay = (tender: Tender, amount: number): Payment => ({ tender, amount });

export const tent: Omit<NewLine, 'delivery' | 'quantity'> = {
  productId: 'TENT-2P',
  description: 'Tent for two',
  unitPrice: 19999,
  vatRate: 21,
};
export const boots: Omit<NewLine, 'delivery' | 'quantity'> = {
  productId: 'BOOT-42',
  description: 'Hiking boots, size 42',
  unitPrice: 12950,
  vatRate: 21,
};
export const guide: Omit<NewLine, 'delivery' | 'quantity'> = {
  productId: 'BOOK-WAD',
  description: 'Guide to the Wadden',
  unitPrice: 2495,
  vatRate: 9,
};

export const homeAddress = {
  name: 'Anna de Vries',
  street: 'Prinsengracht 1',
  postalCode: '1015 AA',
  city: 'Amsterdam',
  country: 'NL',
};

export function shipment(id: string, charge: number, requestedDate = '2026-12-01'): NewShipment {
  return { id, address: homeAddress, modeOfDelivery: 'POSTNL', requestedDate, shipFrom: DC, charge };
}

/** Unwraps an outcome, failing the test with the refusal's message if there is none. */
export function accepted<T extends Outcome>(decision: Decision<T>): T {
  if (isRefusal(decision)) throw new Error(`refused: ${decision.code}: ${decision.message}`);
  return decision;
}

export const allPermissions: ReadonlySet<Permission> = new Set<Permission>([
  'createOrder',
  'editOrder',
  'findOrders',
  'pickUp',
  'cancel',
  'return',
  'overrideDeposit',
  'changeCancellationCharge',
  'approveRefundOverLimit',
]);

/** Accepts and commits as a tier would: a blocker or missing approval fails the test. */
export function committed<T extends Outcome>(
  decision: Decision<T>,
  granted: ReadonlySet<Permission> = allPermissions,
): T & { state: OrderState } {
  const outcome = accepted(decision);
  const blocked = commitCheck(outcome, granted);
  if (blocked) throw new Error(`cannot commit: ${blocked.code}: ${blocked.message}`);
  return outcome;
}
