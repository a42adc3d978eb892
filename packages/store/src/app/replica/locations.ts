import { DISTRIBUTED_PAYLOADS, type DistributedPayload } from '@kassa/contracts';
import { created, type Replica, updated } from './replica.ts';

/** Job 1070: a store or warehouse, for pickups at other stores and the warehouse that ships (R-CRE-2, R-CRE-6). */
export const locationReplica: Replica<DistributedPayload<'location'>> = {
  schema: DISTRIBUTED_PAYLOADS.location,
  keyOf: (location) => location.id,
  async upsert(trx, location, applying) {
    const values = {
      kind: location.kind,
      name: location.name,
      address_name: location.address.name,
      street: location.address.street,
      postal_code: location.address.postalCode,
      city: location.address.city,
      country: location.address.country,
      time_zone: location.timeZone,
      ships_from: location.shipsFrom,
      default_customer: location.defaultCustomer,
    };
    await trx
      .insertInto('locations')
      .values({ id: location.id, ...values, ...created(applying) })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, ...updated(applying) }))
      .execute();
  },
  async load(db, id) {
    const row = await db.selectFrom('locations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      address: {
        name: row.address_name,
        street: row.street,
        postalCode: row.postal_code,
        city: row.city,
        country: row.country,
      },
      timeZone: row.time_zone,
      shipsFrom: row.ships_from,
      defaultCustomer: row.default_customer,
    };
  },
};
