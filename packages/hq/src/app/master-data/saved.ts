import { type Failure, fail } from '../failure.ts';

/** What a PUT of master data answers: the value as stored, and whether it was new (201) or replaced (200). */
export interface Saved<T> {
  readonly created: boolean;
  readonly value: T;
}

/**
 * How a PUT of master data writes: `upsert` creates or replaces; `create` only creates, refusing a key that
 * exists (`If-None-Match: *`, RFC 9110), so two people creating the same key at once cannot both succeed.
 */
export type SaveMode = 'upsert' | 'create';

/**
 * A create-only PUT met an existing key. Answered from the insert itself (`on conflict do nothing` that
 * inserted nothing), in the transaction that would have created it: no check-then-write race.
 */
export function keyTaken(entity: string, keyField: string, key: string): Failure {
  return fail(
    'KEY_TAKEN',
    `${entity} ${keyField} ${key} exists already; it was not changed (If-None-Match: *). Read it and PUT without If-None-Match to replace it`,
    { field: keyField, details: { key } },
  );
}
