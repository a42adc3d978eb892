import type { Location } from '@kassa/contracts';
import { recordChange } from '../distribution/record-change.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import type { LocationView } from './list-locations.ts';
import { keyTaken, type Saved, type SaveMode } from './saved.ts';

/**
 * Creates or replaces a store or warehouse. A store's `shipsFrom` must be a warehouse: its ship lines
 * reserve stock there (R-CRE-6). A location keeps its kind for life, since orders, stock, profiles and
 * credentials were made for it as that kind. With `create`, an existing id is refused and kept.
 */
export async function saveLocation(
  trx: Trx,
  location: Location,
  at: string,
  mode: SaveMode = 'upsert',
): Promise<Saved<LocationView> | Failure> {
  const existing = await trx
    .selectFrom('locations')
    .select(['kind', 'credential_hash'])
    .where('id', '=', location.id)
    .executeTakeFirst();
  if (existing && mode === 'create') return keyTaken('location', 'id', location.id);
  if (existing && existing.kind !== location.kind) {
    return fail(
      'WRONG_LOCATION_KIND',
      `location ${location.id} is a ${existing.kind}; its kind cannot change`,
      {
        field: 'kind',
      },
    );
  }
  if (location.kind === 'warehouse' && location.shipsFrom !== null) {
    return fail('WRONG_LOCATION_KIND', 'a warehouse ships for itself: shipsFrom must be null', {
      field: 'shipsFrom',
      rule: 'R-CRE-6',
    });
  }
  if (location.shipsFrom !== null) {
    const warehouse = await trx
      .selectFrom('locations')
      .select('kind')
      .where('id', '=', location.shipsFrom)
      .executeTakeFirst();
    if (!warehouse) {
      return fail('UNKNOWN_LOCATION', `warehouse ${location.shipsFrom} does not exist`, {
        field: 'shipsFrom',
        rule: 'R-CRE-6',
      });
    }
    if (warehouse.kind !== 'warehouse') {
      return fail('WRONG_LOCATION_KIND', `${location.shipsFrom} is a ${warehouse.kind}, not a warehouse`, {
        field: 'shipsFrom',
        rule: 'R-CRE-6',
      });
    }
  }
  if (location.defaultCustomer !== null) {
    if (location.kind !== 'store') {
      return fail('WRONG_LOCATION_KIND', 'only a store sells: a warehouse has no default customer', {
        field: 'defaultCustomer',
      });
    }
    const customer = await trx
      .selectFrom('customers')
      .select('number')
      .where('number', '=', location.defaultCustomer)
      .executeTakeFirst();
    if (!customer) {
      return fail('UNKNOWN_CUSTOMER', `customer ${location.defaultCustomer} does not exist`, {
        field: 'defaultCustomer',
      });
    }
  }
  const values = {
    kind: location.kind,
    name: location.name,
    address: JSON.stringify(location.address),
    time_zone: location.timeZone,
    ships_from: location.shipsFrom,
    default_customer: location.defaultCustomer,
  };
  const written = await trx
    .insertInto('locations')
    .values({ id: location.id, ...values, credential_hash: null, created_at: at, updated_at: at })
    .onConflict((oc) =>
      mode === 'create'
        ? oc.column('id').doNothing()
        : oc.column('id').doUpdateSet({ ...values, updated_at: at }),
    )
    .returning('id')
    .executeTakeFirst();
  if (!written) return keyTaken('location', 'id', location.id);
  await recordChange(trx, { entity: 'location', key: location.id, payload: location, at });
  return {
    created: !existing,
    value: { ...location, hasCredential: (existing?.credential_hash ?? null) !== null },
  };
}
