import { type BatchJobRun, StoreTransaction, StoreTransactionPage } from '@kassa/contracts';
import { instantText } from '@kassa/domain';
import type { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { claimJobStart } from '../distribution/job-schedules.ts';
import type { Hq } from '../hq-context.ts';
import { withJobLock } from '../job-lock.ts';
import { recordBatchJobRun } from './batch-jobs.ts';

export type PJobStarted =
  | { readonly kind: 'ran'; readonly runs: BatchJobRun[] }
  | { readonly kind: 'running' }
  | { readonly kind: 'notDue' };

interface StoreEndpoint {
  readonly id: string;
  readonly url: string;
  readonly secret: string;
}

/** The most a store serves per page (the contract's limit): one HQ transaction stages a whole page. */
const PAGE_SIZE = 1000;
/**
 * Rows per INSERT: 10 bound values a row stays far below SQLite's and PostgreSQL's limits on parameters,
 * while a page still takes a handful of statements instead of a thousand.
 */
const INSERT_CHUNK = 250;
const TIMEOUT_MS = 10_000;

/**
 * The P-job (R-ASY-3): from each store with an endpoint, pulls the store transactions after that store's
 * watermark, page by page, in order. Each page is staged in one HQ transaction that also moves the
 * watermark to the page's last sequence, so a crash between pages or half-way through one loses nothing
 * (the watermark did not move past an unstaged row) and duplicates nothing (the transaction id is the key
 * of a staged row, and a row already staged is left as it is). Runs once at a time under the job lock,
 * here or in another HQ process; each store's run is recorded, and a store that fails does not stop the
 * others. `dueAfterSeconds` makes it a scheduled start (see claimJobStart).
 */
export async function runPJob(
  hq: Hq,
  options: { now: Temporal.Instant; storeIds?: readonly string[] | undefined; dueAfterSeconds?: number },
): Promise<PJobStarted> {
  const locked = await withJobLock(hq, 'p-job', async (): Promise<PJobStarted> => {
    const partial = options.storeIds !== undefined && options.storeIds.length > 0;
    if (!(await claimJobStart(hq.database.db, 'p-job', { ...options, partial }))) return { kind: 'notDue' };
    let query = hq.database.db
      .selectFrom('locations')
      .select(['id', 'endpoint_url', 'endpoint_secret'])
      .where('kind', '=', 'store')
      .where('endpoint_url', 'is not', null)
      .orderBy('id');
    if (partial) query = query.where('id', 'in', options.storeIds ?? []);
    const stores = (await query.execute()).map(
      (row): StoreEndpoint => ({
        id: row.id,
        url: row.endpoint_url ?? '',
        secret: row.endpoint_secret ?? '',
      }),
    );
    const runs: BatchJobRun[] = [];
    for (const store of stores) runs.push(await pullStore(hq, store));
    return { kind: 'ran', runs };
  });
  return locked.ran ? locked.value : { kind: 'running' };
}

async function pullStore(hq: Hq, store: StoreEndpoint): Promise<BatchJobRun> {
  const db = hq.database.db;
  const startedAt = instantText(hq.clock());
  let rows = 0;
  let error: string | null = null;
  try {
    const watermark = await db
      .selectFrom('p_job_watermarks')
      .select('sequence')
      .where('store_id', '=', store.id)
      .executeTakeFirst();
    let after = watermark?.sequence ?? 0;
    for (;;) {
      const page = await fetchPage(store, after);
      if (typeof page === 'string') {
        error = page;
        break;
      }
      if (page.highest < after) {
        error = await rewind(hq, store.id, after, page.highest);
        break;
      }
      if (page.transactions.length > 0) {
        rows += await stagePage(hq, store.id, after, page);
        after = page.last;
      }
      if (!page.more) break;
    }
  } catch (thrown) {
    error = `HQ could not stage the transactions of store ${store.id}: ${(thrown as Error).message}`;
  }
  const run: BatchJobRun = {
    id: hq.newId(),
    job: 'p-job',
    storeId: store.id,
    startedAt,
    finishedAt: instantText(hq.clock()),
    status: error === null ? 'succeeded' : 'failed',
    rows,
    error,
  };
  await recordBatchJobRun(db, run);
  return run;
}

/**
 * Stages the page's rows as pending and moves the watermark from `after` to the page's last sequence, in
 * one transaction. The watermark moves only from where this run read it: if anything else moved it, the
 * page is rolled back rather than staged on top of a watermark nobody can vouch for.
 */
async function stagePage(
  hq: Hq,
  storeId: string,
  after: number,
  page: StoreTransactionPage,
): Promise<number> {
  const at = instantText(hq.clock());
  const rows = page.transactions.map((transaction) => ({
    transaction_id: transaction.transactionId,
    store_id: storeId,
    sequence: transaction.sequence,
    kind: transaction.kind,
    order_id: transaction.orderId,
    confirmation_number: transaction.confirmationNumber,
    payload: JSON.stringify(transaction.payload),
    status: 'pending' as const,
    reason: null,
    sales_order_id: null,
    created_at: at,
    updated_at: at,
  }));
  return hq.database.db.transaction().execute(async (trx) => {
    let staged = 0;
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const inserted = await trx
        .insertInto('staged_transactions')
        .values(rows.slice(start, start + INSERT_CHUNK))
        .onConflict((oc) => oc.column('transaction_id').doNothing())
        .executeTakeFirst();
      staged += Number(inserted.numInsertedOrUpdatedRows ?? 0n);
    }
    const moved = await trx
      .insertInto('p_job_watermarks')
      .values({ store_id: storeId, sequence: page.last, created_at: at, updated_at: at })
      .onConflict((oc) =>
        oc
          .column('store_id')
          .doUpdateSet({ sequence: page.last, updated_at: at })
          .where('p_job_watermarks.sequence', '=', after),
      )
      .executeTakeFirst();
    if (Number(moved.numInsertedOrUpdatedRows ?? 0n) !== 1) {
      throw new Error(`its watermark is no longer at ${after}: another run moved it`);
    }
    return staged;
  });
}

/**
 * The store's outbox ends before what HQ pulled: it is an older copy (restored from a backup), and what it
 * writes now takes numbers HQ's watermark has passed. Where the copy ends and the new rows begin only the
 * transaction ids tell, so the watermark goes back to the start: the next run reads the whole outbox
 * again and stages only what it has not staged (the transaction id is the key). The run is recorded
 * failed, because the orders the store made after that copy are at HQ only.
 */
async function rewind(hq: Hq, storeId: string, from: number, highest: number): Promise<string> {
  await hq.database.db
    .updateTable('p_job_watermarks')
    .set({ sequence: 0, updated_at: instantText(hq.clock()) })
    .where('store_id', '=', storeId)
    .where('sequence', '=', from)
    .execute();
  return (
    `store ${storeId}'s outbox ends at sequence ${highest}, before the ${from} HQ had pulled: it was ` +
    'restored from an older copy. The next run reads it again from the start; what HQ staged before is ' +
    'not staged twice.'
  );
}

/** The page's envelope; each row is checked on its own, so a refusal can name the row. */
const Envelope = StoreTransactionPage.extend({ transactions: z.array(z.unknown()).max(PAGE_SIZE) });

/** The page of the store's outbox after `after`, checked; or why HQ cannot take it. */
async function fetchPage(store: StoreEndpoint, after: number): Promise<StoreTransactionPage | string> {
  const url = new URL('/jobs/transactions', store.url);
  url.searchParams.set('after', String(after));
  url.searchParams.set('limit', String(PAGE_SIZE));
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${store.id}:${store.secret}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (thrown) {
    return `store unreachable at ${store.url}: ${(thrown as Error).message}`;
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const { code = '', message = '' } = (body ?? {}) as { code?: string; message?: string };
    return `store answered ${response.status}: ${code} ${message}`.trim();
  }
  const envelope = Envelope.safeParse(body);
  if (!envelope.success) {
    return `store ${store.id} answered something that is not a page of transactions: ${issueOf(envelope.error)}`;
  }
  const page = envelope.data;
  if (page.storeId !== store.id) {
    return `the server at ${store.url} answered as store ${page.storeId}, not ${store.id}`;
  }
  const transactions: StoreTransaction[] = [];
  let previous = after;
  for (const [index, raw] of page.transactions.entries()) {
    const parsed = StoreTransaction.safeParse(raw);
    const named = nameOf(raw, index);
    if (!parsed.success) {
      return `store ${store.id} sent ${named}, which does not meet the contract: ${issueOf(parsed.error)}`;
    }
    const transaction = parsed.data;
    // In order and after the watermark (R-ASY-3): anything else would stage out of order or skip rows.
    if (transaction.sequence <= previous) {
      return `store ${store.id} sent ${named} out of order: sequence ${transaction.sequence} after ${previous}`;
    }
    if (
      transaction.payload.orderId !== transaction.orderId ||
      transaction.payload.confirmationNumber !== transaction.confirmationNumber
    ) {
      return `store ${store.id} sent ${named}, whose payload names another order than the transaction`;
    }
    previous = transaction.sequence;
    transactions.push(transaction);
  }
  if (page.last !== previous) {
    return `store ${store.id} said its page ends at sequence ${page.last}, but its last row is ${previous}`;
  }
  if (page.more && transactions.length === 0) {
    return `store ${store.id} said more transactions follow ${after} but sent none`;
  }
  return { ...page, transactions };
}

function nameOf(raw: unknown, index: number): string {
  const { transactionId, sequence } = (typeof raw === 'object' && raw !== null ? raw : {}) as {
    transactionId?: unknown;
    sequence?: unknown;
  };
  return typeof transactionId === 'string'
    ? `transaction ${transactionId} (sequence ${String(sequence)})`
    : `row ${index + 1} of the page`;
}

/** The first problem zod found, with where it is: `payload.lines: Invalid input…`. */
function issueOf(error: z.ZodError): string {
  const [issue] = error.issues;
  if (!issue) return 'invalid';
  const path = issue.path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('');
  return `${path.replace(/^\./, '') || 'the whole'}: ${issue.message}`;
}
