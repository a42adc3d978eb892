import type { ProductStock } from '@kassa/contracts';
import type { Failure } from '../failure.ts';
import { isFailure } from '../failure.ts';
import type { Store } from '../store-context.ts';

/**
 * R-CRE-6: where a product is available, for choosing a pickup store. Stock is HQ's (the store keeps no
 * replica of other locations' stock), so this asks RTS and answers HQ_UNREACHABLE while HQ is down.
 */
export async function getProductStock(store: Store, sku: string): Promise<ProductStock | Failure> {
  const answer = await store.rts.get<ProductStock>(`/stock/${encodeURIComponent(sku)}`);
  return isFailure(answer) ? answer : answer.body;
}
