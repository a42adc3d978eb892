import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import type { Tender } from './tender.ts';

/**
 * The tender input a refusal names: the card's number or expiry (tokenizing), the cash handed over, or,
 * for a refused payment (`payments[0]`, a card declined when charged), the input of the method used.
 */
export function tenderInputOf(
  error: ApiError | null | undefined,
  method: Tender['method'],
): 'handed' | 'number' | 'expiry' | undefined {
  const field = error?.field ?? '';
  if (field === 'card.number') return 'number';
  if (field === 'card.expiry') return 'expiry';
  if (field === 'cashTendered') return 'handed';
  if (field.startsWith('payments')) return method === 'cash' ? 'handed' : 'number';
  return undefined;
}
