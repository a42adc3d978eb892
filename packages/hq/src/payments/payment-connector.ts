import type { Money } from '@kassa/domain';

/** What a card processor answers; a refusal is an answer, not an error. */
export type PaymentResult<T> =
  | ({ ok: true } & T)
  | { ok: false; code: 'CARD_DECLINED' | 'AUTHORIZATION_EXPIRED' | 'UNKNOWN_CARD'; message: string };

/**
 * The boundary to the card processor (ARCHITECTURE.md). An authorization id is the card tender's id on the
 * order: captures, voids and refunds name it.
 */
export interface PaymentConnector {
  /** Turns card details into a token the POS can hand to HQ without holding the card number. */
  tokenize(card: {
    number: string;
    expiry: string;
  }): Promise<PaymentResult<{ token: string; last4: string }>>;
  /** Processors name the card they authorized by its last four digits, which receipts print. */
  authorize(token: string, amount: Money): Promise<PaymentResult<{ authorizationId: string; last4: string }>>;
  capture(authorizationId: string, amount: Money): Promise<PaymentResult<object>>;
  void(authorizationId: string, amount: Money): Promise<PaymentResult<object>>;
  refund(authorizationId: string, amount: Money): Promise<PaymentResult<object>>;
}
