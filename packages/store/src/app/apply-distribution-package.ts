import { type DistributionApplied, type DistributionPackage, JOB_OF_ENTITY } from '@kassa/contracts';
import { type Failure, fail } from './failure.ts';
import { appliedUpTo } from './get-distribution-state.ts';
import type { Replica } from './replica/replica.ts';
import { REPLICAS } from './replica/replicas.ts';
import type { Trx } from './transaction.ts';

/** The store receiving the package. */
interface Receiver {
  readonly storeId: string;
  /** When the package is applied, ISO 8601 in UTC. */
  readonly at: string;
}

type Change = DistributionPackage['changes'][number];

/** A change that passed every check, ready to write. */
interface Checked {
  readonly number: number;
  write(trx: Trx, store: Receiver): Promise<void>;
}

/** The path of a payload's issue, `['addresses', 0, 'city']` → `changes[3].payload.addresses[0].city`. */
function fieldOf(index: number, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (field, segment) =>
      typeof segment === 'number' ? `${field}[${segment}]` : `${field}.${String(segment)}`,
    `changes[${index}].payload`,
  );
}

function check(pkg: DistributionPackage, change: Change, index: number, storeId: string): Checked | Failure {
  const at = `changes[${index}]`;
  if (change.number <= pkg.after || change.number > pkg.upTo) {
    return fail(
      'INVALID_PACKAGE',
      `${at} is change ${change.number}, outside the package's range ${pkg.after + 1}..${pkg.upTo}`,
      { field: `${at}.number` },
    );
  }
  if (JOB_OF_ENTITY[change.entity] !== pkg.job) {
    return fail(
      'INVALID_PACKAGE',
      `${at} is a ${change.entity}, which job ${JOB_OF_ENTITY[change.entity]} carries, not job ${pkg.job}`,
      { field: `${at}.entity` },
    );
  }
  // Each replica is typed by its own payload; here any of them is handled through its own schema.
  const replica = REPLICAS[change.entity] as Replica<unknown>;
  const parsed = replica.schema.safeParse(change.payload);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const field = fieldOf(index, issue?.path ?? []);
    return fail(
      'INVALID_PAYLOAD',
      `${change.entity} ${change.key}: ${field}: ${issue?.message ?? 'is invalid'}; nothing of the package was applied`,
      { field },
    );
  }
  const key = replica.keyOf(parsed.data, storeId);
  if (change.key !== key) {
    return fail(
      'INVALID_PACKAGE',
      change.entity === 'functionalityProfile'
        ? `${at} is the functionality profile of ${change.key}; this store is ${storeId}`
        : `${at} is filed under ${change.key} but its ${change.entity} is ${key}`,
      { field: `${at}.key` },
    );
  }
  return {
    number: change.number,
    write: (trx, store) => replica.upsert(trx, parsed.data, { ...store, number: change.number }),
  };
}

/**
 * Applies a distribution package from HQ (SPEC §1) in the caller's transaction: all of it or nothing.
 * A package this store already has changes nothing and answers the number it is at, so HQ may resend
 * freely. A package that starts beyond that number would leave a gap and is refused: HQ resends from
 * the store's number. Every payload must pass its entity's schema, or the whole package is refused.
 */
export async function applyDistributionPackage(
  trx: Trx,
  pkg: DistributionPackage,
  store: Receiver,
): Promise<DistributionApplied | Failure> {
  if (pkg.storeId !== store.storeId) {
    return fail('WRONG_STORE', `this is store ${store.storeId}; the package is for store ${pkg.storeId}`, {
      field: 'storeId',
      rule: 'R-SEC-4',
    });
  }
  if (pkg.upTo < pkg.after) {
    return fail('INVALID_PACKAGE', `upTo ${pkg.upTo} is before after ${pkg.after}`, { field: 'upTo' });
  }
  const applied = await appliedUpTo(trx, pkg.job);
  if (pkg.upTo <= applied) return { job: pkg.job, appliedUpTo: applied };
  if (pkg.after > applied) {
    return fail(
      'DISTRIBUTION_GAP',
      `job ${pkg.job}: this store has applied changes up to ${applied}; a package after ${pkg.after} would skip the changes between, so send the changes after ${applied}`,
      { field: 'after', details: { appliedUpTo: applied } },
    );
  }
  const checked: Checked[] = [];
  for (const [index, change] of pkg.changes.entries()) {
    const result = check(pkg, change, index, store.storeId);
    if ('ok' in result) return result;
    checked.push(result);
  }
  // Each change carries its whole entity: in number order, the last change of an entity wins.
  for (const change of checked.toSorted((a, b) => a.number - b.number)) await change.write(trx, store);
  await trx
    .insertInto('distribution_applied')
    .values({ job: pkg.job, applied_up_to: pkg.upTo, created_at: store.at, updated_at: store.at })
    .onConflict((oc) => oc.column('job').doUpdateSet({ applied_up_to: pkg.upTo, updated_at: store.at }))
    .execute();
  return { job: pkg.job, appliedUpTo: pkg.upTo };
}
