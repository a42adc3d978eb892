import { randomUUID } from 'node:crypto';
import type { Money } from '@kassa/domain';
import type { PaymentConnector, PaymentResult } from './payment-connector.ts';

/**
 * Kassa's own card processor for tests, demos and training, as commercial POS systems ship one. It keeps
 * its authorizations in memory and behaves by card number:
 *
 * | card number          | behaviour                                                    |
 * |----------------------|--------------------------------------------------------------|
 * | 4111 1111 1111 1111  | approves everything                                          |
 * | 4000 0000 0000 0002  | declines every authorization                                 |
 * | 4000 0000 0000 0069  | authorizes, but the authorization has expired at capture     |
 *
 * Any other number is unknown to it. Expiry is not checked. A token names the test card it stands for, so
 * a token outlives the HQ process that issued it, as a processor's tokens do: a cart keeps its token while
 * HQ is down and restarted (R-ASY-1). Authorizations are kept in memory only.
 */
export const TEST_CARDS = {
  approves: '4111111111111111',
  declines: '4000000000000002',
  expires: '4000000000000069',
} as const;

interface Authorization {
  readonly card: string;
  readonly amount: Money;
  captured: Money;
  voided: Money;
  refunded: Money;
}

export function testPaymentConnector(): PaymentConnector & {
  authorizations(): ReadonlyMap<string, Readonly<Authorization>>;
} {
  const authorizations = new Map<string, Authorization>();
  const refuse = (code: 'CARD_DECLINED' | 'AUTHORIZATION_EXPIRED' | 'UNKNOWN_CARD', message: string) =>
    ({ ok: false, code, message }) as const;
  const authorization = (id: string): Authorization | undefined => authorizations.get(id);

  return {
    authorizations: () => authorizations,
    async tokenize({ number }) {
      const digits = number.replaceAll(/\s/g, '');
      if (!Object.values(TEST_CARDS).includes(digits as never))
        return refuse('UNKNOWN_CARD', 'the test connector does not know this card');
      const [kind] = Object.entries(TEST_CARDS).find(([, number]) => number === digits) ?? [];
      return { ok: true, token: `tok_${kind}_${randomUUID()}`, last4: digits.slice(-4) };
    },
    async authorize(token, amount) {
      const kind = /^tok_([a-z]+)_[0-9a-f-]{36}$/.exec(token)?.[1];
      const card =
        kind && Object.hasOwn(TEST_CARDS, kind) ? TEST_CARDS[kind as keyof typeof TEST_CARDS] : undefined;
      if (!card) return refuse('UNKNOWN_CARD', 'unknown card token');
      if (card === TEST_CARDS.declines) return refuse('CARD_DECLINED', 'the card was declined');
      const authorizationId = `auth_${randomUUID()}`;
      authorizations.set(authorizationId, { card, amount, captured: 0, voided: 0, refunded: 0 });
      return { ok: true, authorizationId, last4: card.slice(-4) };
    },
    async capture(id, amount): Promise<PaymentResult<object>> {
      const held = authorization(id);
      if (!held) return refuse('UNKNOWN_CARD', 'unknown authorization');
      if (held.card === TEST_CARDS.expires)
        return refuse('AUTHORIZATION_EXPIRED', 'the card authorization has expired');
      if (held.captured + held.voided + amount > held.amount)
        return refuse('CARD_DECLINED', 'capture above the authorization');
      held.captured += amount;
      return { ok: true };
    },
    async void(id, amount): Promise<PaymentResult<object>> {
      const held = authorization(id);
      if (!held) return refuse('UNKNOWN_CARD', 'unknown authorization');
      held.voided += Math.min(amount, held.amount - held.captured - held.voided);
      return { ok: true };
    },
    async refund(id, amount): Promise<PaymentResult<object>> {
      const held = authorization(id);
      if (!held) return refuse('UNKNOWN_CARD', 'unknown authorization');
      if (held.refunded + amount > held.captured)
        return refuse('CARD_DECLINED', 'refund above what was captured');
      held.refunded += amount;
      return { ok: true };
    },
  };
}
