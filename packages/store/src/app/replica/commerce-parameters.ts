import { DISTRIBUTED_PAYLOADS, type DistributedPayload } from '@kassa/contracts';
import { created, fromBasisPoints, type Replica, toBasisPoints, updated } from './replica.ts';

/** Job 1070: the company-wide Commerce parameters (R-PAR-1); one row, HQ files it under `company`. */
export const commerceParametersReplica: Replica<DistributedPayload<'commerceParameters'>> = {
  schema: DISTRIBUTED_PAYLOADS.commerceParameters,
  keyOf: () => 'company',
  async upsert(trx, parameters, applying) {
    const values = {
      default_deposit_percent_bp: toBasisPoints(parameters.defaultDepositPercent),
      cancellation_charge_percent_bp: toBasisPoints(parameters.cancellationChargePercent),
      cancellation_charge_code: parameters.cancellationChargeCode,
      shipping_charge_code: parameters.shippingChargeCode,
      refund_shipping_charges: parameters.refundShippingCharges ? 1 : 0,
      max_shipping_refund_without_approval: parameters.maxShippingRefundWithoutApproval,
      quote_expiration_days: parameters.quoteExpirationDays,
      pickup_mode_of_delivery: parameters.pickupModeOfDelivery,
      carry_out_mode_of_delivery: parameters.carryOutModeOfDelivery,
    };
    await trx
      .insertInto('commerce_parameters')
      .values({ id: 1, ...values, ...created(applying) })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, ...updated(applying) }))
      .execute();
  },
  async load(db, key) {
    if (key !== 'company') return undefined;
    const row = await db.selectFrom('commerce_parameters').selectAll().where('id', '=', 1).executeTakeFirst();
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
  },
};
