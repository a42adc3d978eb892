import { REFUSALS, type Refusal, type RefusalCode } from '@kassa/domain';
import type { Failure } from './failure.ts';

/**
 * The HTTP status of each order-rule refusal, in one place for every server. Most are 422: the request
 * was understood and the rules say no. A missing approval is 403; settling money first is 402.
 */
const REFUSAL_STATUS: Record<RefusalCode, number> = {
  ...(Object.fromEntries(Object.keys(REFUSALS).map((code) => [code, 422])) as Record<RefusalCode, number>),
  APPROVAL_REQUIRED: 403,
  PAYMENT_REQUIRED: 402,
  DEPOSIT_BELOW_REQUIRED: 402,
  CARD_AUTHORIZATION_REQUIRED: 402,
};

/** A refusal of the order rules as the failure a server answers. */
export function fromRefusal(refusal: Refusal): Failure<RefusalCode> {
  const { ok: _ok, ...rest } = refusal;
  return { ok: false, status: REFUSAL_STATUS[refusal.code], ...rest };
}
