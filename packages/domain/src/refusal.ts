import type { Permission } from './permissions.ts';

/** The SPEC rule a refusal enforces; a refusal always names one so the associate and the tests can trace it. */
export type RuleId =
  `R-${'MON' | 'PAR' | 'PRO' | 'CRE' | 'DEP' | 'FND' | 'EDT' | 'PCK' | 'CAN' | 'RET' | 'ASY' | 'SEC' | 'RCP'}-${number}`;

/**
 * Every business refusal the domain can return, with the rule it enforces. The HTTP layers map codes to
 * statuses and the clients translate them, both from this one list.
 */
export const REFUSALS = {
  INVALID_AMOUNT: 'R-MON-1',
  INVALID_PARAMETER: 'R-PAR-1',
  CUSTOMER_REQUIRED: 'R-CRE-1',
  NO_LINES: 'R-CRE-1',
  QUANTITY_NOT_POSITIVE: 'R-CRE-1',
  PRODUCT_NOT_SELLABLE: 'R-CRE-1',
  UNKNOWN_LINE: 'R-EDT-1',
  DUPLICATE_LINE: 'R-PCK-2',
  UNKNOWN_SHIPMENT: 'R-CRE-2',
  DUPLICATE_SHIPMENT: 'R-CRE-3',
  DATE_IN_PAST: 'R-CRE-2',
  INVALID_DATE: 'R-CRE-2',
  QUOTE_WITH_CARRY_OUT: 'R-CRE-5',
  QUOTE_TAKES_NO_PAYMENT: 'R-CRE-5',
  QUOTE_EXPIRED: 'R-CRE-5',
  NOT_ENOUGH_STOCK: 'R-CRE-6',
  LINE_BACKORDERED: 'R-CRE-6',
  DEPOSIT_OVERRIDE_OUT_OF_RANGE: 'R-DEP-2',
  DEPOSIT_BELOW_REQUIRED: 'R-DEP-3',
  PAYMENT_ABOVE_TOTAL: 'R-DEP-3',
  CARD_AUTHORIZATION_REQUIRED: 'R-DEP-4',
  AUTHORIZATION_NOT_BY_CARD: 'R-DEP-4',
  OPERATION_NOT_ALLOWED: 'R-EDT-1',
  QUANTITY_BELOW_FULFILLED: 'R-EDT-1',
  LINE_IN_FULFILLMENT: 'R-EDT-1',
  CARRY_OUT_ONLY_AT_CREATION: 'R-EDT-1',
  LINE_CANCELLED: 'R-PCK-1',
  NOT_FULFILLED_HERE: 'R-PCK-1',
  QUANTITY_ABOVE_UNPICKED: 'R-PCK-1',
  QUANTITY_ABOVE_PICKED: 'R-PCK-1',
  NOT_A_PICKUP_LINE: 'R-PCK-2',
  QUANTITY_ABOVE_OPEN: 'R-PCK-2',
  PAYMENT_REQUIRED: 'R-PCK-3',
  PAYMENT_ABOVE_DUE: 'R-PCK-3',
  NOT_A_SHIPPING_LINE: 'R-PCK-5',
  COLLECTOR_NOT_AUTHORIZED: 'R-PCK-6',
  CANCELLATION_CHARGE_OUT_OF_RANGE: 'R-CAN-2',
  UNKNOWN_INVOICE: 'R-RET-1',
  RETURN_ABOVE_INVOICED: 'R-RET-1',
  RETURN_REASON_REQUIRED: 'R-RET-1',
  SHIPPING_REFUND_NOT_ALLOWED: 'R-RET-3',
  APPROVAL_REQUIRED: 'R-SEC-2',
  STAGED_TRANSITION_NOT_ALLOWED: 'R-ASY-4',
} as const satisfies Record<string, RuleId>;

export type RefusalCode = keyof typeof REFUSALS;

export interface Refusal {
  readonly ok: false;
  readonly code: RefusalCode;
  readonly rule: RuleId;
  /** English; clients show their own translation of `code` with `details`. */
  readonly message: string;
  /** The input field at fault, as a path (`lines[2].quantity`), when there is one. */
  readonly field?: string;
  readonly details?: Readonly<Record<string, string | number>>;
  readonly permission?: Permission;
}

/** `rule` overrides the catalog's where one code serves several rules (an operation not allowed). */
export function refuse(
  code: RefusalCode,
  message: string,
  extra: {
    field?: string;
    details?: Record<string, string | number>;
    permission?: Permission;
    rule?: RuleId;
  } = {},
): Refusal {
  return { ok: false, code, rule: REFUSALS[code], message, ...extra };
}

/** A business decision: a refusal with its reason, or the outcome. Only bugs are thrown. */
export type Decision<T> = Refusal | T;

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
