import type { FindOrdersReply } from '@kassa/contracts';
import { DEPOSIT, LAMP_HEAD, sellLamps, sellLampsWithHqDown } from './lamp-orders.ts';
import { bodyOf, type HttpClient, type System } from './system.ts';

/**
 * HQ killed (SIGKILL) at random moments of the P-job and Synchronize orders while async orders wait to be
 * synchronized, and what must hold afterwards (R-ASY-3, R-ASY-4, R-MON-5): every order made at a store
 * becomes exactly one sales order and every ledger balances. The system test runs it with a few kills
 * and asserts on the verdict; `npm run bench -- async-crash` runs it with many and prints the tally.
 */

export type BatchJob = 'p-job' | 'synchronize-orders';
export const BATCH_JOBS: readonly BatchJob[] = ['p-job', 'synchronize-orders'];

export const runBatchJob = (backOffice: HttpClient, job: BatchJob) =>
  backOffice.post<{ runs?: unknown[]; run?: unknown }>(`/batch-jobs/${job}/run`, {});

/** Every sales order of a customer at HQ, page after page. */
export async function salesOrders(
  backOffice: HttpClient,
  customer = 'C-1002',
): Promise<FindOrdersReply['orders']> {
  const found: FindOrdersReply['orders'] = [];
  let after: string | null = null;
  do {
    const page: FindOrdersReply = bodyOf(
      await backOffice.get<FindOrdersReply>(
        `/orders?customer=${customer}&limit=100${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      ),
      200,
      'find orders',
    );
    found.push(...page.orders);
    after = page.next;
  } while (after);
  return found;
}

export interface CrashTally {
  readonly kills: number;
  /** Kills per job, the two jobs taking turns. */
  readonly killsDuring: Readonly<Record<BatchJob, number>>;
  /**
   * Of those, the kills that came before HQ answered the run: the job was at work (or HQ, just restarted,
   * had yet to start it). The others cut a job that had finished.
   */
  readonly killedWhileRunning: Readonly<Record<BatchJob, number>>;
  /**
   * The HTTP statuses of the runs HQ answered before the kill, by job: a 409 says a killed HQ's job lock
   * outlived it and kept the next run from starting.
   */
  readonly answered: Readonly<Record<BatchJob, Readonly<Record<string, number>>>>;
}

/** "50 kills: 23 during the P-job (4 while it ran), 25 during Synchronize orders (25 while it ran)". */
export function describeTally(tally: CrashTally): string {
  const during = (job: BatchJob, name: string) =>
    `${tally.killsDuring[job]} during ${name} (${tally.killedWhileRunning[job]} while it ran)`;
  const statuses = (job: BatchJob) =>
    Object.entries(tally.answered[job])
      .map(([status, count]) => `${count}× ${status}`)
      .join(', ') || 'none';
  return (
    `${tally.kills} kills: ${during('p-job', 'the P-job')}, ${during('synchronize-orders', 'Synchronize orders')}; ` +
    `answered before the kill: P-job ${statuses('p-job')}, Synchronize orders ${statuses('synchronize-orders')}`
  );
}

/**
 * `kills` times: starts a run of the P-job or of Synchronize orders (in turn), kills HQ (SIGKILL) within
 * `withinMs`, does `whileDown` (the stores sell more, so every run has work to be cut in), and starts HQ
 * again. A random moment, rather than a fixed one, is what reaches the many places a job can be cut:
 * between two rows, inside a batch's transaction, before the watermark moves.
 */
export async function killHqDuringBatchJobs(
  system: System,
  {
    kills,
    withinMs = 150,
    whileDown = async () => {},
  }: { kills: number; withinMs?: number; whileDown?: () => Promise<void> },
): Promise<CrashTally> {
  const killsDuring: Record<BatchJob, number> = { 'p-job': 0, 'synchronize-orders': 0 };
  const killedWhileRunning: Record<BatchJob, number> = { 'p-job': 0, 'synchronize-orders': 0 };
  const answered: Record<BatchJob, Record<string, number>> = { 'p-job': {}, 'synchronize-orders': {} };
  for (let kill = 0; kill < kills; kill++) {
    const job = BATCH_JOBS[kill % BATCH_JOBS.length] as BatchJob;
    let status: number | undefined;
    const running = runBatchJob(system.backOffice, job)
      .then((reply) => {
        status = reply.status;
      })
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * withinMs)));
    killsDuring[job]++;
    if (status === undefined) killedWhileRunning[job]++;
    else answered[job][status] = (answered[job][status] ?? 0) + 1;
    await system.kassa.hq.kill();
    await running;
    await whileDown();
    await system.kassa.hq.start();
  }
  return { kills, killsDuring, killedWhileRunning, answered };
}

/** Each job run once more, as its schedule would after the crashes, and it must succeed. */
export async function finishBatchJobs(backOffice: HttpClient): Promise<void> {
  for (const job of BATCH_JOBS) bodyOf(await runBatchJob(backOffice, job), 200, `${job} after the crashes`);
}

export interface AsyncOrdersVerdict {
  /** The customer's sales orders at HQ now, and how many there should be. */
  readonly salesOrders: number;
  readonly expected: number;
  /** Confirmation numbers made at a store with no sales order (R-ASY-3, R-ASY-4). */
  readonly lost: readonly string[];
  /** Confirmation numbers with more than one sales order. */
  readonly duplicates: readonly string[];
  /** Staged transactions (of any store) that did not end Succeeded, with their reason (R-ASY-4). */
  readonly notSucceeded: readonly { transactionId: string; status: string; reason: string | null }[];
  /** Sales orders of the run whose money is not the lamp's total with its deposit paid (R-MON-5). */
  readonly ledgerImbalances: readonly { number: string; money: unknown }[];
}

interface StagedTransaction {
  readonly transactionId: string;
  readonly status: string;
  readonly reason?: string | null;
}

/** Every staged transaction at HQ (R-ASY-4), of every store, page after page. */
export async function stagedTransactions(backOffice: HttpClient): Promise<StagedTransaction[]> {
  const found: StagedTransaction[] = [];
  let after: string | null = null;
  do {
    const page: { transactions: StagedTransaction[]; next: string | null } = bodyOf(
      await backOffice.get<{ transactions: StagedTransaction[]; next: string | null }>(
        `/staged-transactions?limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      ),
      200,
      'staged transactions',
    );
    found.push(...page.transactions);
    after = page.next;
  } while (after);
  return found;
}

/**
 * What HQ holds after the crashes against what the stores made: `before` sales orders of the customer
 * from earlier, plus one per confirmation number, each with its deposit paid and the rest still open.
 */
export async function checkAsyncOrders(
  backOffice: HttpClient,
  {
    before,
    confirmations,
    customer = 'C-1002',
  }: { before: number; confirmations: readonly string[]; customer?: string },
): Promise<AsyncOrdersVerdict> {
  const orders = await salesOrders(backOffice, customer);
  const byConfirmation = new Map<string, FindOrdersReply['orders']>();
  for (const order of orders) {
    const key = order.confirmationNumber ?? '';
    byConfirmation.set(key, [...(byConfirmation.get(key) ?? []), order]);
  }
  const lost = confirmations.filter((confirmation) => !byConfirmation.has(confirmation));
  const duplicates = [...byConfirmation]
    .filter(([confirmation, made]) => confirmation !== '' && made.length > 1)
    .map(([confirmation]) => confirmation);

  const notSucceeded = (await stagedTransactions(backOffice))
    .filter(({ status }) => status !== 'succeeded')
    .map(({ transactionId, status, reason }) => ({ transactionId, status, reason: reason ?? null }));

  const ledgerImbalances: { number: string; money: unknown }[] = [];
  for (const confirmation of confirmations) {
    for (const order of byConfirmation.get(confirmation) ?? []) {
      const { money } = bodyOf(
        await backOffice.get<{ money: { total: number; paid: number; balance: number } }>(
          `/orders/${order.id}`,
        ),
        200,
        `order ${order.number}`,
      );
      if (money.total !== LAMP_HEAD || money.paid !== DEPOSIT || money.balance !== LAMP_HEAD - DEPOSIT)
        ledgerImbalances.push({ number: order.number, money });
    }
  }
  return {
    salesOrders: orders.length,
    expected: before + confirmations.length,
    lost,
    duplicates,
    notSucceeded,
    ledgerImbalances,
  };
}

export interface AsyncOrdersCrashRun {
  /** The confirmation numbers of the orders the stores made for the run. */
  readonly confirmations: readonly string[];
  readonly tally: CrashTally;
  /**
   * What the jobs got done between the kills, before the last unbroken runs: rows the P-job staged and
   * sales orders Synchronize made. Little progress says the kills mostly cut the first batch each time.
   */
  readonly doneBetweenKills: { readonly staged: number; readonly salesOrders: number };
  readonly verdict: AsyncOrdersVerdict;
  /** Where the run's time went. */
  /** Where the run's time went; the crashes include the selling between them. */
  readonly ms: { readonly selling: number; readonly crashes: number; readonly checks: number };
}

/**
 * The whole scenario: a register at each demo store sells `perStore` lamps with HQ stopped, HQ is killed
 * `kills` times during the jobs that bring the orders in, each store selling `perRound` more while HQ is
 * down after each kill, the jobs run once more, and the verdict is read.
 */
export async function crashHqWhileSynchronizing(
  system: System,
  options: { registerId: string; perStore: number; perRound?: number; kills: number; withinMs?: number },
): Promise<AsyncOrdersCrashRun> {
  const registers = [
    [await system.store('S01').signIn('S01-cashier', 'kassa-cashier', options.registerId), 'S01'],
    [await system.store('S02').signIn('S02-cashier', 'kassa-cashier', options.registerId), 'S02'],
  ] as const;
  const before = (await salesOrders(system.backOffice)).length;
  const stagedBefore = (await stagedTransactions(system.backOffice)).length;
  const started = performance.now();
  const confirmations = await sellLampsWithHqDown(system, registers, options.perStore);
  const sold = performance.now();
  const tally = await killHqDuringBatchJobs(system, {
    kills: options.kills,
    ...(options.withinMs === undefined ? {} : { withinMs: options.withinMs }),
    whileDown: async () => {
      confirmations.push(...(await sellLamps(registers, options.perRound ?? 0)));
    },
  });
  const doneBetweenKills = {
    staged: (await stagedTransactions(system.backOffice)).length - stagedBefore,
    salesOrders: (await salesOrders(system.backOffice)).length - before,
  };
  await finishBatchJobs(system.backOffice);
  const crashed = performance.now();
  const verdict = await checkAsyncOrders(system.backOffice, { before, confirmations });
  return {
    confirmations,
    tally,
    doneBetweenKills,
    verdict,
    ms: { selling: sold - started, crashes: crashed - sold, checks: performance.now() - crashed },
  };
}
