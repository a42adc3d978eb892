import type { Address, Location } from '@kassa/contracts';
import type { Selectable } from 'kysely';
import type { LocationTable } from '../../db/schema.ts';
import type { Trx } from '../transaction.ts';

/** A location as the back office sees it: whether a store has an RTS credential, never the credential. */
export type LocationView = Location & { readonly hasCredential: boolean };

export function locationView(row: Selectable<LocationTable>): LocationView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    address: JSON.parse(row.address) as Address,
    timeZone: row.time_zone,
    shipsFrom: row.ships_from,
    defaultCustomer: row.default_customer,
    hasCredential: row.credential_hash !== null,
  };
}

/** Every store and warehouse, by id. */
export async function listLocations(trx: Trx): Promise<LocationView[]> {
  const rows = await trx.selectFrom('locations').selectAll().orderBy('id').execute();
  return rows.map(locationView);
}
