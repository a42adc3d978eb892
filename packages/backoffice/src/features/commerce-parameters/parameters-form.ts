import type { CommerceParameters } from '@kassa/contracts';
import { moneyInput, parseMoney } from '@kassa/web-kit/format/money-input.ts';

/** R-PAR-1's fields, in the order of the source's Commerce parameters page. */
export const PARAMETER_FIELDS = [
  'defaultDepositPercent',
  'cancellationChargePercent',
  'cancellationChargeCode',
  'shippingChargeCode',
  'refundShippingCharges',
  'maxShippingRefundWithoutApproval',
  'quoteExpirationDays',
  'pickupModeOfDelivery',
  'carryOutModeOfDelivery',
] as const satisfies readonly (keyof CommerceParameters)[];
export type ParameterField = (typeof PARAMETER_FIELDS)[number];

/** The page's inputs as typed: text, a choice, or yes/no. */
export type ParameterForm = Record<ParameterField, string>;

/** What is wrong with what was typed, before HQ is asked; each has a text under `parameters.problems`. */
export type Problem = 'percent' | 'amount' | 'days' | 'required';

export type ReadForm =
  | { readonly ok: true; readonly parameters: CommerceParameters }
  | { readonly ok: false; readonly problems: Partial<Record<ParameterField, Problem>> };

/** The parameters as the page shows them: percentages as typed (12.5), the amount in euros (25.00). */
export function formOf(parameters: CommerceParameters): ParameterForm {
  return {
    defaultDepositPercent: String(parameters.defaultDepositPercent),
    cancellationChargePercent: String(parameters.cancellationChargePercent),
    cancellationChargeCode: parameters.cancellationChargeCode,
    shippingChargeCode: parameters.shippingChargeCode,
    refundShippingCharges: parameters.refundShippingCharges ? 'yes' : 'no',
    maxShippingRefundWithoutApproval: moneyInput(parameters.maxShippingRefundWithoutApproval),
    quoteExpirationDays: String(parameters.quoteExpirationDays),
    pickupModeOfDelivery: parameters.pickupModeOfDelivery,
    carryOutModeOfDelivery: parameters.carryOutModeOfDelivery,
  };
}

/** 0 to 100 with at most two decimals, with a point or a comma (R-PAR-1). */
function percent(text: string): number | undefined {
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(`${match[1]}.${match[2] ?? '0'}`);
  return value <= 100 ? value : undefined;
}

/** A whole number of days, 0 to 3650 (what HQ accepts). */
function days(text: string): number | undefined {
  const match = /^\s*(\d{1,4})\s*$/.exec(text);
  const value = match ? Number(match[1]) : undefined;
  return value !== undefined && value <= 3650 ? value : undefined;
}

/**
 * What was typed as the parameters HQ takes, or every field that cannot be (R-PAR-1). Whether a charge
 * code or mode of delivery exists, and is of the right kind, HQ decides: it names the field it refuses.
 */
export function readForm(form: ParameterForm): ReadForm {
  const problems: Partial<Record<ParameterField, Problem>> = {};
  const number = <T>(field: ParameterField, value: T | undefined, problem: Problem): T | undefined => {
    if (value === undefined) problems[field] = problem;
    return value;
  };
  const code = (field: ParameterField) => {
    const value = form[field].trim();
    if (value === '') problems[field] = 'required';
    return value;
  };
  const parameters = {
    defaultDepositPercent: number('defaultDepositPercent', percent(form.defaultDepositPercent), 'percent'),
    cancellationChargePercent: number(
      'cancellationChargePercent',
      percent(form.cancellationChargePercent),
      'percent',
    ),
    cancellationChargeCode: code('cancellationChargeCode'),
    shippingChargeCode: code('shippingChargeCode'),
    refundShippingCharges: form.refundShippingCharges === 'yes',
    maxShippingRefundWithoutApproval: number(
      'maxShippingRefundWithoutApproval',
      parseMoney(form.maxShippingRefundWithoutApproval),
      'amount',
    ),
    quoteExpirationDays: number('quoteExpirationDays', days(form.quoteExpirationDays), 'days'),
    pickupModeOfDelivery: code('pickupModeOfDelivery'),
    carryOutModeOfDelivery: code('carryOutModeOfDelivery'),
  };
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, parameters: parameters as CommerceParameters };
}
