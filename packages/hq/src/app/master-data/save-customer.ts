import type { Customer } from '@kassa/contracts';
import { recordChange } from '../distribution/record-change.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import { keyTaken, type Saved, type SaveMode } from './saved.ts';

/**
 * Creates or replaces a customer with their addresses: the addresses sent are all the customer has.
 * Orders keep a copy of the address they ship to, so removing one changes no order. With `create`, an
 * existing number is refused and kept.
 */
export async function saveCustomer(
  trx: Trx,
  customer: Customer,
  at: string,
  mode: SaveMode = 'upsert',
): Promise<Saved<Customer> | Failure> {
  const existing = await trx
    .selectFrom('customers')
    .select('number')
    .where('number', '=', customer.number)
    .executeTakeFirst();
  if (existing && mode === 'create') return keyTaken('customer', 'number', customer.number);
  const ids = customer.addresses.map((a) => a.id);
  const duplicate = ids.findIndex((id, index) => ids.indexOf(id) !== index);
  if (duplicate >= 0) {
    return fail('VALIDATION_FAILED', `address ${ids[duplicate]} is listed twice`, {
      field: `addresses[${duplicate}].id`,
    });
  }
  if (ids.length > 0) {
    const taken = await trx
      .selectFrom('customer_addresses')
      .select(['id', 'customer_number'])
      .where('id', 'in', ids)
      .where('customer_number', '<>', customer.number)
      .executeTakeFirst();
    if (taken) {
      return fail('ALREADY_EXISTS', `address ${taken.id} belongs to customer ${taken.customer_number}`, {
        field: `addresses[${ids.indexOf(taken.id)}].id`,
      });
    }
  }
  const values = { name: customer.name, email: customer.email, phone: customer.phone };
  const written = await trx
    .insertInto('customers')
    .values({ number: customer.number, ...values, created_at: at, updated_at: at })
    .onConflict((oc) =>
      mode === 'create'
        ? oc.column('number').doNothing()
        : oc.column('number').doUpdateSet({ ...values, updated_at: at }),
    )
    .returning('number')
    .executeTakeFirst();
  if (!written) return keyTaken('customer', 'number', customer.number);
  let removed = trx.deleteFrom('customer_addresses').where('customer_number', '=', customer.number);
  if (ids.length > 0) removed = removed.where('id', 'not in', ids);
  await removed.execute();
  for (const address of customer.addresses) {
    const values = {
      name: address.name,
      street: address.street,
      postal_code: address.postalCode,
      city: address.city,
      country: address.country,
    };
    await trx
      .insertInto('customer_addresses')
      .values({ id: address.id, customer_number: customer.number, ...values, created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, updated_at: at }))
      .execute();
  }
  await recordChange(trx, { entity: 'customer', key: customer.number, payload: customer, at });
  return { created: !existing, value: customer };
}
