import type { CommerceParameters } from '@kassa/contracts';
import { loadCommerceParameters } from '../configuration.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';

/** The company-wide Commerce parameters (R-PAR-1). */
export async function getCommerceParameters(trx: Trx): Promise<CommerceParameters | Failure> {
  return (
    (await loadCommerceParameters(trx)) ?? fail('NOT_FOUND', 'the Commerce parameters are not set up yet')
  );
}
