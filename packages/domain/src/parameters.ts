import { isMoney, isPercent, type Money, type Percent } from './money.ts';
import { type Refusal, refuse } from './refusal.ts';

/** Company-wide settings of customer orders, with the source's names (R-PAR-1). */
export interface CommerceParameters {
  readonly defaultDepositPercent: Percent;
  readonly cancellationChargePercent: Percent;
  readonly cancellationChargeCode: string;
  readonly shippingChargeCode: string;
  readonly refundShippingCharges: boolean;
  readonly maxShippingRefundWithoutApproval: Money;
  readonly quoteExpirationDays: number;
  readonly pickupModeOfDelivery: string;
  readonly carryOutModeOfDelivery: string;
}

export interface ChargeCode {
  readonly code: string;
  readonly description: string;
  readonly vatRate: Percent;
}

/** R-PRO-1: `CardRequired` is the source's "disable pay later" switch. */
export type PaymentRequirement = 'NotRequired' | 'CardRequired';

/** Per channel; reaches the store only through distribution job 1070. */
export interface FunctionalityProfile {
  readonly requirePaymentForFulfillment: PaymentRequirement;
  /** R-PRO-2 */
  readonly createCustomerOrderInAsyncMode: boolean;
  /** R-PRO-3 */
  readonly fallbackToAsyncWhenHqUnreachable: boolean;
}

export interface ParameterReferences {
  readonly chargeCodes: readonly string[];
  readonly modesOfDelivery: readonly string[];
}

/** R-PAR-1: every invalid field, each refusal naming it. An empty list means the parameters are valid. */
export function validateCommerceParameters(
  parameters: CommerceParameters,
  references: ParameterReferences,
): Refusal[] {
  const refusals: Refusal[] = [];
  const invalid = (field: keyof CommerceParameters, rule: string) =>
    refusals.push(refuse('INVALID_PARAMETER', `${field} ${rule}`, { field }));

  for (const field of ['defaultDepositPercent', 'cancellationChargePercent'] as const) {
    const value = parameters[field];
    if (!isPercent(value) || value < 0 || value > 100) {
      invalid(field, 'must be a percentage from 0 to 100 with at most two decimals');
    }
  }
  for (const field of ['cancellationChargeCode', 'shippingChargeCode'] as const) {
    if (!references.chargeCodes.includes(parameters[field]))
      invalid(field, 'must be an existing charge code');
  }
  if (typeof parameters.refundShippingCharges !== 'boolean')
    invalid('refundShippingCharges', 'must be yes or no');
  if (
    !isMoney(parameters.maxShippingRefundWithoutApproval) ||
    parameters.maxShippingRefundWithoutApproval < 0
  ) {
    invalid('maxShippingRefundWithoutApproval', 'must be an amount of at least 0');
  }
  if (!Number.isSafeInteger(parameters.quoteExpirationDays) || parameters.quoteExpirationDays < 0) {
    invalid('quoteExpirationDays', 'must be a whole number of days of at least 0');
  }
  for (const field of ['pickupModeOfDelivery', 'carryOutModeOfDelivery'] as const) {
    if (!references.modesOfDelivery.includes(parameters[field]))
      invalid(field, 'must be an existing mode of delivery');
  }
  if (parameters.pickupModeOfDelivery === parameters.carryOutModeOfDelivery) {
    invalid('carryOutModeOfDelivery', 'must differ from the pickup mode of delivery');
  }
  return refusals;
}
