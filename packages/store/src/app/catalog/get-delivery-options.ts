import type { DeliveryOptions } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../db/schema.ts';

/**
 * The choices of a delivery (R-CRE-2) from the replica of job 1070: the stores (this one first, then by
 * id) and the shipping modes of delivery, with today's date where this store is, since no delivery date
 * may be in the past there.
 */
export async function getDeliveryOptions(
  db: Kysely<Database>,
  storeId: string,
  now: Temporal.Instant,
): Promise<DeliveryOptions> {
  const stores = await db
    .selectFrom('locations')
    .select(['id', 'name', 'time_zone'])
    .where('kind', '=', 'store')
    .orderBy('id')
    .execute();
  const modes = await db
    .selectFrom('modes_of_delivery')
    .select(['code', 'name'])
    .where('kind', '=', 'shipping')
    .orderBy('code')
    .execute();
  const company = await db.selectFrom('company').select('time_zone').executeTakeFirst();
  const here = stores.find((store) => store.id === storeId);
  const timeZone = here?.time_zone ?? company?.time_zone ?? 'UTC';
  return {
    today: now.toZonedDateTimeISO(timeZone).toPlainDate().toString(),
    pickupStores: [...stores]
      .sort((a, b) => Number(b.id === storeId) - Number(a.id === storeId))
      .map(({ id, name }) => ({ id, name })),
    shippingModes: modes,
  };
}
