import type { CardInput } from '@kassa/contracts';
import type { z } from 'zod';
import { type Failure, isFailure } from '../failure.ts';
import type { Store } from '../store-context.ts';

export interface CardToken {
  readonly token: string;
  readonly last4: string;
}

/**
 * Hands a card to HQ's payment connector and keeps only its token: the store never stores a card
 * number. A token moves no money (HQ charges it inside the operation that uses it), so asking twice is
 * harmless.
 */
export async function tokenizeCard(
  store: Store,
  card: z.infer<typeof CardInput>,
): Promise<CardToken | Failure> {
  const answer = await store.rts.post<CardToken>(
    '/payments/tokens',
    { number: card.number.replaceAll(' ', ''), expiry: card.expiry },
    {},
  );
  return isFailure(answer) ? answer : { token: answer.body.token, last4: answer.body.last4 };
}
