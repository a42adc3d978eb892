import type { CommerceParameters, FunctionalityProfile } from '@kassa/domain';
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
