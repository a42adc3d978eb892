import type { ModeOfDelivery } from '@kassa/contracts';
import type { Trx } from '../transaction.ts';

/** Every mode of delivery: the shipping modes, the pickup mode and the carry-out mode. */
export async function listModesOfDelivery(trx: Trx): Promise<ModeOfDelivery[]> {
  return trx.selectFrom('modes_of_delivery').select(['code', 'name', 'kind']).orderBy('code').execute();
}
