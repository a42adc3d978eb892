import type { Customer } from '@kassa/contracts';
import type { Selectable } from 'kysely';
import type { CustomerAddressTable, CustomerTable } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';

export function customerFromRows(
  row: Selectable<CustomerTable>,
  addresses: readonly Selectable<CustomerAddressTable>[],
): Customer {
  return {
    number: row.number,
    name: row.name,
    email: row.email,
    phone: row.phone,
    addresses: addresses
      .filter((a) => a.customer_number === row.number)
      .map((a) => ({
        id: a.id,
        name: a.name,
        street: a.street,
        postalCode: a.postal_code,
        city: a.city,
        country: a.country,
      })),
  };
}

/** The addresses of these customers, by id. */
export async function addressesOf(trx: Trx, numbers: readonly string[]) {
  if (numbers.length === 0) return [];
  return trx
    .selectFrom('customer_addresses')
    .selectAll()
    .where('customer_number', 'in', numbers)
    .orderBy('id')
    .execute();
}

/** A customer with the addresses orders can ship to (R-CRE-2). */
export async function getCustomer(trx: Trx, number: string): Promise<Customer | Failure> {
  const row = await trx.selectFrom('customers').selectAll().where('number', '=', number).executeTakeFirst();
  if (!row) return fail('NOT_FOUND', `customer ${number} does not exist`, { field: 'number' });
  return customerFromRows(row, await addressesOf(trx, [number]));
}
