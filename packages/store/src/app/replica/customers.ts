import { DISTRIBUTED_PAYLOADS, type DistributedPayload } from '@kassa/contracts';
import { created, type Replica, updated } from './replica.ts';

/** Job 1010: a customer with all their addresses; an address HQ no longer lists is removed. */
export const customerReplica: Replica<DistributedPayload<'customer'>> = {
  schema: DISTRIBUTED_PAYLOADS.customer,
  keyOf: (customer) => customer.number,
  async upsert(trx, customer, applying) {
    const values = { name: customer.name, email: customer.email, phone: customer.phone };
    await trx
      .insertInto('customers')
      .values({ number: customer.number, ...values, ...created(applying) })
      .onConflict((oc) => oc.column('number').doUpdateSet({ ...values, ...updated(applying) }))
      .execute();
    const ids = customer.addresses.map((address) => address.id);
    let removed = trx.deleteFrom('customer_addresses').where('customer_number', '=', customer.number);
    if (ids.length > 0) removed = removed.where('id', 'not in', ids);
    await removed.execute();
    for (const [position, address] of customer.addresses.entries()) {
      // customer_number is updated too: an address id HQ freed at one customer may come back at another.
      const values = {
        customer_number: customer.number,
        position,
        name: address.name,
        street: address.street,
        postal_code: address.postalCode,
        city: address.city,
        country: address.country,
      };
      await trx
        .insertInto('customer_addresses')
        .values({ id: address.id, ...values, ...created(applying) })
        .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, ...updated(applying) }))
        .execute();
    }
  },
  async load(db, number) {
    const customer = await db
      .selectFrom('customers')
      .select(['number', 'name', 'email', 'phone'])
      .where('number', '=', number)
      .executeTakeFirst();
    if (!customer) return undefined;
    const addresses = await db
      .selectFrom('customer_addresses')
      .select(['id', 'name', 'street', 'postal_code', 'city', 'country'])
      .where('customer_number', '=', number)
      .orderBy('position')
      .execute();
    return {
      ...customer,
      addresses: addresses.map(({ postal_code, ...address }) => ({ ...address, postalCode: postal_code })),
    };
  },
};
