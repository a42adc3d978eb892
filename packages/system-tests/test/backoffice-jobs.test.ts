import type { Product } from '@kassa/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSection, signInToBackOffice } from '../src/back-office-steps.ts';
import { errorAt, usePosBrowser } from '../src/browser.ts';
import { inDays } from '../src/dates.ts';
import { facts } from '../src/pos-steps.ts';
import { cartWith, checkOut } from '../src/store-orders.ts';
import { bodyOf } from '../src/system.ts';

/**
 * The back office runs the jobs (issue 7, SPEC §1 and §10): the distribution schedule with each store's
 * history of runs, the batch jobs of async orders, and the staged transactions a failed order is corrected
 * in. Demo data: BOOK-WAD and LAMP-HEAD both cost €24.95, so the 10 % deposit is €2.50 for either
 * (round(249.5), R-MON-2); S01 falls back to async orders when HQ cannot be reached (R-PRO-3).
 */

/** The rows of a table labelled `name`, each as the texts of its cells. */
function rowsOf(page: Page, name: string): Promise<string[][]> {
  return page
    .getByRole('table', { name, exact: true })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
}

describe('the back office runs the jobs (issue 7)', () => {
  const browser = usePosBrowser();

  it('R-ASY-4 R-ASY-3 R-PRO-3: an order S01 made while HQ was down names a book HQ no longer sells; the P-job and Synchronize orders run from the back office leave it Failed with the reason; it is corrected to the head lamp and synchronized again, and the sales order exists', async () => {
    const { system } = browser;
    const book = bodyOf(await system.backOffice.get<Product>('/products/BOOK-WAD'), 200, 'the book');
    // HQ stops selling the book; job 1040 does not run, so S01 still sells it.
    bodyOf(
      await system.backOffice.put('/products/BOOK-WAD', { ...book, active: false }),
      200,
      'book retired',
    );
    try {
      const cashier = await system.store('S01').signIn('S01-cashier', 'kassa-cashier', 'R1');
      let confirmation: string;
      let orderId: string;
      await system.kassa.hq.stop();
      try {
        const receipt = await checkOut(
          cashier,
          await cartWith(cashier, [
            { kind: 'setCustomer', customerNumber: 'C-1002' },
            { kind: 'addProduct', sku: 'BOOK-WAD', quantity: 1 },
            { kind: 'setDelivery', delivery: { kind: 'pickup', storeId: 'S01', date: inDays(2) } },
            { kind: 'addCashPayment', amount: 250 },
          ]),
        );
        confirmation = receipt.order.confirmationNumber as string;
        orderId = receipt.order.id;
      } finally {
        await system.kassa.hq.start();
      }

      const office = await browser.openBackOffice();
      await signInToBackOffice(office);

      // The batch jobs: the P-job stages S01's order, Synchronize orders refuses it.
      await openSection(office, 'Batch jobs');
      const pJob = office.getByRole('region', { name: 'P-job', exact: true });
      await pJob.getByRole('button', { name: 'Run P-job now', exact: true }).click();
      await expect
        .poll(() => rowsOf(office, 'Outcome of P-job'))
        .toEqual(
          expect.arrayContaining([
            ['S01', '1 transaction staged', expect.any(String)],
            ['S02', '0 transactions staged', expect.any(String)],
          ]),
        );
      const synchronize = office.getByRole('region', { name: 'Synchronize orders', exact: true });
      await synchronize.getByRole('button', { name: 'Run Synchronize orders now', exact: true }).click();
      await expect
        .poll(() => rowsOf(office, 'Outcome of Synchronize orders'))
        .toEqual([['All stores', '1 transaction processed', expect.any(String)]]);
      // The history lists both runs, newest first.
      await expect
        .poll(async () => (await rowsOf(office, 'Runs of the batch jobs')).slice(0, 1))
        .toEqual([
          [
            'Synchronize orders',
            'All stores',
            expect.any(String),
            expect.any(String),
            '1 transaction processed',
          ],
        ]);
      await browser.screenshot(office, 'batch jobs run');

      // The staged transactions, filtered to the failed ones: the order with its reason.
      await openSection(office, 'Staged transactions');
      await office.getByLabel('Status', { exact: true }).selectOption({ label: 'Failed' });
      await expect.poll(() => new URL(office.url()).search).toBe('?status=failed');
      await expect
        .poll(() => rowsOf(office, 'Staged transactions'))
        .toEqual([
          [
            'S01',
            expect.any(String),
            'Order',
            confirmation,
            'Failed',
            expect.stringContaining('BOOK-WAD is no longer sold'),
            expect.any(String),
          ],
        ]);
      await browser.screenshot(office, 'failed order listed');

      // To its detail by the keyboard.
      await office.getByRole('link', { name: confirmation, exact: true }).focus();
      await office.keyboard.press('Enter');
      await office.getByRole('heading', { level: 1, name: `Staged transaction ${confirmation}` }).waitFor();
      expect(await facts(office, /^Staged transaction$/)).toMatchObject({
        Store: 'S01',
        Kind: 'Order',
        'Confirmation number': confirmation,
        'Order id': orderId,
        Status: 'Failed',
      });
      await office.getByText(/^Why it failed: .*BOOK-WAD is no longer sold/).waitFor();

      // Opened for correction: what the store sent, as JSON.
      await office.getByRole('button', { name: 'Correct', exact: true }).click();
      const payload = office.getByLabel('What the store sent, corrected (JSON)', { exact: true });
      await payload.waitFor();
      expect((await facts(office, /^Staged transaction$/)).Status).toBe('Editing');
      const sent = JSON.parse(await payload.inputValue());
      expect(sent).toMatchObject({
        orderId,
        confirmationNumber: confirmation,
        customerNumber: 'C-1002',
        lines: [{ sku: 'BOOK-WAD', quantity: 1 }],
      });
      const save = office.getByRole('button', {
        name: 'Save and hand back to Synchronize orders',
        exact: true,
      });

      // Its confirmation number is the receipt's: HQ refuses another, and says so at the payload.
      await payload.fill(JSON.stringify({ ...sent, confirmationNumber: 'S01-R1-999999' }, null, 2));
      await save.click();
      await expect
        .poll(() => errorAt(payload))
        .toBe(
          "A corrected transaction keeps its order id and confirmation number: the customer's receipt names them.",
        );
      await browser.screenshot(office, 'correction refused at the payload');

      // The customer takes the head lamp instead, at the same price.
      const corrected = {
        ...sent,
        lines: sent.lines.map((line: { sku: string }) => ({ ...line, sku: 'LAMP-HEAD' })),
      };
      await payload.fill(JSON.stringify(corrected, null, 2));
      await save.click();
      await office
        .getByRole('heading', { level: 2, name: 'Waiting for Synchronize orders', exact: true })
        .waitFor();
      expect((await facts(office, /^Staged transaction$/)).Status).toBe('Pending');

      await office.getByRole('button', { name: 'Run Synchronize orders now', exact: true }).click();
      await office.getByText('Synchronize orders ran: 1 transaction processed.', { exact: true }).waitFor();
      await expect.poll(async () => (await facts(office, /^Staged transaction$/)).Status).toBe('Succeeded');
      // Its HQ number once the sales order is read (the order id until then).
      await expect
        .poll(async () => (await facts(office, /^Staged transaction$/))['Sales order'])
        .toMatch(/^SO-\d+$/);
      const salesOrder = (await facts(office, /^Staged transaction$/))['Sales order'] as string;
      expect(await office.getByRole('link', { name: salesOrder, exact: true }).getAttribute('href')).toBe(
        `/orders/${orderId}`,
      );
      await browser.screenshot(office, 'corrected order synchronized');

      // The sales order exists at HQ, with the store's ids and the corrected line.
      const order = bodyOf(
        await system.backOffice.get<{
          number: string;
          confirmationNumber: string;
          lines: { sku?: string; productId?: string }[];
        }>(`/orders/${orderId}`),
        200,
        'the sales order',
      );
      expect(order).toMatchObject({ number: salesOrder, confirmationNumber: confirmation });
      expect(order.lines.map((line) => line.sku ?? line.productId)).toEqual(['LAMP-HEAD']);

      // And the list of failed ones is empty now.
      await office.getByRole('link', { name: 'Back to the staged transactions', exact: true }).click();
      await office.getByLabel('Status', { exact: true }).selectOption({ label: 'Failed' });
      await office.getByText('No staged transactions match.', { exact: true }).waitFor();
    } finally {
      bodyOf(await system.backOffice.put('/products/BOOK-WAD', book), 200, 'book sold again');
    }
  }, 180_000);

  it('R-PRO-1: job 1070 run from the distribution schedule shows per store how it ended, and the run is in the store history; the schedule is refused outside 10 s to a day at its field, then set and put back to manual', async () => {
    const office = await browser.openBackOffice();
    await signInToBackOffice(office);
    await openSection(office, 'Distribution schedule');
    for (const job of ['1010 Customers', '1040 Products', '1060 Staff', '1070 Channel configuration']) {
      await office.getByRole('heading', { level: 2, name: job, exact: true }).waitFor();
    }

    // S01's history of job 1070: the run at start, then ours on top.
    await office.getByLabel('Store', { exact: true }).selectOption('S01');
    await office.getByLabel('Job', { exact: true }).selectOption({ label: '1070 Channel configuration' });
    const history = 'Runs at S01';
    await expect.poll(async () => (await rowsOf(office, history)).length).toBeGreaterThan(0);
    const before = await rowsOf(office, history);

    const card = office.getByRole('region', { name: '1070 Channel configuration', exact: true });
    await card.getByRole('button', { name: 'Run job 1070 now', exact: true }).click();
    await expect.poll(async () => (await rowsOf(office, 'Outcome of job 1070')).length).toBe(2);
    const outcome = Object.fromEntries(
      (await rowsOf(office, 'Outcome of job 1070')).map(([store, result]) => [store, result]),
    );
    expect(outcome.S01).toMatch(/^Applied up to change \d+ \(\d+ new changes?\)$/);
    expect(outcome.S02).toMatch(/^Applied up to change \d+ \(\d+ new changes?\)$/);
    await expect.poll(async () => (await rowsOf(office, history)).length).toBe(before.length + 1);
    const [latest] = await rowsOf(office, history);
    expect(latest).toEqual([
      '1070 Channel configuration',
      expect.any(String),
      expect.any(String),
      expect.stringMatching(/^\d+$/),
      outcome.S01,
    ]);

    // The schedule: 5 s is refused at the interval; an hour is saved; blank puts it back to manual only.
    const schedule = card.getByRole('form', { name: 'Schedule of 1070 Channel configuration', exact: true });
    const interval = schedule.getByLabel('Interval (seconds)', { exact: true });
    await interval.fill('5');
    await schedule.getByRole('button', { name: 'Save schedule', exact: true }).click();
    expect(await errorAt(interval)).toBe(
      'Enter a whole number of seconds from 10 to 86400, or leave it blank to run only by hand.',
    );
    await interval.fill('3600');
    await interval.press('Enter');
    await schedule
      .getByText('Saved. 1070 Channel configuration runs by this schedule from now on.', { exact: true })
      .waitFor();
    await schedule.getByText('Every hour', { exact: true }).waitFor();
    await browser.screenshot(office, 'job 1070 run and scheduled every hour');
    await interval.fill('');
    await interval.press('Enter');
    await schedule.getByText('Only when run by hand', { exact: true }).waitFor();

    // The same page in Dutch.
    await office.getByRole('button', { name: 'NL', exact: true }).click();
    await office.getByRole('heading', { level: 1, name: 'Distributieplanning', exact: true }).waitFor();
    await office.getByRole('heading', { level: 2, name: '1070 Kanaalconfiguratie', exact: true }).waitFor();
    await office.getByRole('table', { name: 'Uitvoeringen bij S01', exact: true }).waitFor();
  }, 120_000);
});
