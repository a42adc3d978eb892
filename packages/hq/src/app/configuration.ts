import type {
  ChargeCode,
  CommerceParameters,
  FunctionalityProfile,
  OperationContext,
  PaymentRequirement,
} from '@kassa/domain';
import type { Temporal } from 'temporal-polyfill';
import { type Failure, fail } from './failure.ts';
import type { Trx } from './transaction.ts';

export const fromBasisPoints = (bp: number): number => bp / 100;
export const toBasisPoints = (percent: number): number => Math.round(percent * 100);

export async function loadCommerceParameters(trx: Trx): Promise<CommerceParameters | undefined> {
  const row = await trx.selectFrom('commerce_parameters').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return undefined;
  return {
    defaultDepositPercent: fromBasisPoints(row.default_deposit_percent_bp),
    cancellationChargePercent: fromBasisPoints(row.cancellation_charge_percent_bp),
    cancellationChargeCode: row.cancellation_charge_code,
    shippingChargeCode: row.shipping_charge_code,
    refundShippingCharges: row.refund_shipping_charges === 1,
    maxShippingRefundWithoutApproval: row.max_shipping_refund_without_approval,
    quoteExpirationDays: row.quote_expiration_days,
    pickupModeOfDelivery: row.pickup_mode_of_delivery,
    carryOutModeOfDelivery: row.carry_out_mode_of_delivery,
  };
}

export async function loadProfile(trx: Trx, storeId: string): Promise<FunctionalityProfile | undefined> {
  const row = await trx
    .selectFrom('functionality_profiles')
    .selectAll()
    .where('store_id', '=', storeId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    requirePaymentForFulfillment: row.require_payment_for_fulfillment,
    createCustomerOrderInAsyncMode: row.create_customer_order_in_async_mode === 1,
    fallbackToAsyncWhenHqUnreachable: row.fallback_to_async_when_hq_unreachable === 1,
  };
}

/** The profile a location without one (a warehouse shipping for HQ) decides by: pay later allowed. */
const NO_PROFILE: FunctionalityProfile = {
  requirePaymentForFulfillment: 'NotRequired',
  createCustomerOrderInAsyncMode: false,
  fallbackToAsyncWhenHqUnreachable: false,
};

/**
 * Everything the domain decides from at a location: its time zone, the parameters, its profile, the
 * charge codes. A store says which pay-later rule its own copy of the profile holds (R-PRO-1).
 */
export async function loadOperationContext(
  trx: Trx,
  locationId: string,
  now: Temporal.Instant,
  newId: () => string,
  store: { paymentRequirement?: PaymentRequirement | undefined } = {},
): Promise<OperationContext | Failure> {
  const location = await trx
    .selectFrom('locations')
    .select(['id', 'time_zone', 'kind'])
    .where('id', '=', locationId)
    .executeTakeFirst();
  if (!location)
    return fail('UNKNOWN_LOCATION', `location ${locationId} does not exist`, { field: 'locationId' });
  const parameters = await loadCommerceParameters(trx);
  if (!parameters) return fail('NOT_CONFIGURED', 'the Commerce parameters are not set up yet');
  const stored = (await loadProfile(trx, locationId)) ?? NO_PROFILE;
  const profile = store.paymentRequirement
    ? { ...stored, requirePaymentForFulfillment: store.paymentRequirement }
    : stored;
  const codes = await trx.selectFrom('charge_codes').selectAll().execute();
  const chargeCodes: Record<string, ChargeCode> = {};
  for (const code of codes) {
    chargeCodes[code.code] = {
      code: code.code,
      description: code.description,
      vatRate: fromBasisPoints(code.vat_rate_bp),
    };
  }
  return { now, locationId, timeZone: location.time_zone, parameters, profile, chargeCodes, newId };
}
