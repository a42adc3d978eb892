import type { CommerceParameters } from '@kassa/contracts';
import { type Refusal, refuse, validateCommerceParameters } from '@kassa/domain';
import { toBasisPoints } from '../configuration.ts';
import { recordChange } from '../distribution/record-change.ts';
import { type Failure, fromRefusal } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import type { Saved } from './saved.ts';

/**
 * R-PAR-1: every invalid field in one answer. The first names `field`, `details` names each with its
 * reason, so the back office can mark them all at once.
 */
export function invalidParameters(refusals: readonly [Refusal, ...Refusal[]]): Failure {
  const [first] = refusals;
  const details = Object.fromEntries(refusals.map((r) => [r.field ?? 'body', r.message]));
  const message = refusals.length === 1 ? first.message : refusals.map((r) => r.message).join('; ');
  return { ...fromRefusal(first), message, details };
}

const MODE_KINDS = { pickupModeOfDelivery: 'pickup', carryOutModeOfDelivery: 'carryOut' } as const;

/**
 * R-PAR-1: the domain's checks against the charge codes and modes of delivery HQ has, and one the
 * domain cannot see: the pickup and carry-out modes have those kinds. The domain checks types at run
 * time as well, so this also judges a body its schema refused, to name every invalid field at once.
 */
export async function commerceParameterRefusals(
  trx: Trx,
  parameters: CommerceParameters,
): Promise<Refusal[]> {
  const [codes, modes] = await Promise.all([
    trx.selectFrom('charge_codes').select('code').execute(),
    trx.selectFrom('modes_of_delivery').select(['code', 'kind']).execute(),
  ]);
  const refusals = validateCommerceParameters(parameters, {
    chargeCodes: codes.map((c) => c.code),
    modesOfDelivery: modes.map((m) => m.code),
  });
  const kinds = new Map(modes.map((m) => [m.code, m.kind]));
  for (const [field, kind] of Object.entries(MODE_KINDS) as [keyof typeof MODE_KINDS, string][]) {
    const actual = kinds.get(parameters[field]);
    if (actual !== undefined && actual !== kind) {
      refusals.push(
        refuse(
          'INVALID_PARAMETER',
          `${field} must be a mode of delivery of kind ${kind}: ${parameters[field]} is ${actual}`,
          { field },
        ),
      );
    }
  }
  return refusals;
}

/** Sets the Commerce parameters once they pass every check of R-PAR-1. */
export async function setCommerceParameters(
  trx: Trx,
  parameters: CommerceParameters,
  at: string,
): Promise<Saved<CommerceParameters> | Failure> {
  const [first, ...rest] = await commerceParameterRefusals(trx, parameters);
  if (first) return invalidParameters([first, ...rest]);
  const existing = await trx
    .selectFrom('commerce_parameters')
    .select('id')
    .where('id', '=', 1)
    .executeTakeFirst();
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
    .values({ id: 1, ...values, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, updated_at: at }))
    .execute();
  await recordChange(trx, { entity: 'commerceParameters', key: 'company', payload: parameters, at });
  return { created: !existing, value: parameters };
}
