import type { CustomerDetail } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import { customerReplica } from '../replica/customers.ts';

/** A customer with their addresses in HQ's order, for shipping a line to one of them (R-CRE-2). */
export async function getCustomer(db: Kysely<Database>, number: string): Promise<CustomerDetail | Failure> {
  const customer = await customerReplica.load(db, number, '');
  return customer ?? fail('NOT_FOUND', `no customer ${number} at this store`, { field: 'number' });
}
