import type { RtsOrder, StoreOperationReply } from '@kassa/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorAt, plain, smallTargets, usePosBrowser } from '../src/browser.ts';
import { previewFigures, signInAtOrder } from '../src/pos-orders.ts';
import { S01_CASHIER, S01_MANAGER } from '../src/pos-steps.ts';
import { bootsForAnna, orderThroughTheStore, readOrder } from '../src/store-orders.ts';
import { bodyOf, type RegisterClient } from '../src/system.ts';

/**
 * Pick up and Cancel from an order's details at the POS of S01 (issue 6, SPEC §7, §8), on the demo data
 * (packages/hq/src/demo/demo-data.ts): deposit 10 %, cancellation charge 5 %; BOOT-42 12950 (21 %).
 * Each order is two boots to pick up at S01 with its deposit of €25.90 paid in cash.
 */

const CARD = { number: '4111111111111111', declined: '4000000000000002', expiry: '12/29' };

describe('Pick up and Cancel from the order’s details at the POS (issue 6, SPEC §7, §8)', () => {
  const pos = usePosBrowser();
  let s01: RegisterClient;
  /** Two boots, nothing picked up yet. */
  let toPickUp: RtsOrder;
  /** Two boots, one picked up already (through the store's API): one is left to cancel. */
  let toCancel: RtsOrder;
  /** Two boots, both collected at once and paid by card. */
  let byCard: RtsOrder;
  /** Two boots, cancelled whole by a trainee with a manager's approval. */
  let forTrainee: RtsOrder;

  /** Two boots to pick up at S01 for Anna de Vries, the deposit paid in cash, as the store's API does it. */
  const twoBoots = () => orderThroughTheStore(s01, bootsForAnna(2));

  beforeAll(async () => {
    s01 = await pos.system.store('S01').signIn(S01_CASHIER.staffId, S01_CASHIER.password, 'R1');
    toPickUp = await twoBoots();
    byCard = await twoBoots();
    forTrainee = await twoBoots();
    const second = await twoBoots();
    const line = second.lines[0];
    // One boot collected: 12950 − the deposit of 2590 is due, paid in cash.
    bodyOf(
      await s01.post<StoreOperationReply>(`/orders/${second.id}/pick-up`, {
        version: second.version,
        lines: [{ lineId: line?.id, quantity: 1 }],
        payments: [{ method: 'cash', amount: 10360 }],
      }),
      200,
      'pick up one boot',
    );
    toCancel = await readOrder(s01, second.id);
  }, 120_000);

  it('R-PCK-2, R-PCK-3, R-PCK-4: one of two boots picked up at the store it was ordered for: the deposit applied and the due previewed, too little cash refused at its field, paid in cash with change, receipt shown', async () => {
    const page = await signInAtOrder(pos, 'S01', toPickUp.id);
    await page.getByRole('button', { name: 'Pick up', exact: true }).click();
    await page.getByRole('heading', { name: `Pick up order ${toPickUp.number}`, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/orders/${toPickUp.id}/pick-up`);

    // All that is ready, to start with; more than that is said at the line.
    const quantity = page.getByLabel('BOOT-42 Hiking boots, size 42 (ready: 2)', { exact: true });
    expect(await quantity.inputValue()).toBe('2');
    await expect
      .poll(() => previewFigures(page))
      .toEqual({ 'Deposit applied': '€25.90', 'Due now': '€233.10' });
    await quantity.fill('3');
    await expect.poll(() => errorAt(quantity)).toBe('Enter a whole number, at most what is ready.');
    expect(await page.getByRole('button', { name: 'Confirm pickup', exact: true }).isDisabled()).toBe(true);

    // R-PCK-3: one boot, 129.50, less the whole deposit of 25.90.
    await quantity.fill('1');
    await expect
      .poll(() => previewFigures(page))
      .toEqual({ 'Deposit applied': '€25.90', 'Due now': '€103.60' });
    await page.getByRole('heading', { name: 'Payment of €103.60', exact: true }).waitFor();
    const handed = page.getByLabel('Handed over (€)', { exact: true });
    await handed.fill('100');
    await page.getByRole('button', { name: 'Confirm pickup', exact: true }).click();
    await expect.poll(() => errorAt(handed)).toBe('The cash handed over is less than is due.');
    expect(await quantity.inputValue()).toBe('1');

    await handed.fill('110');
    expect(plain(await page.getByText(/^Change:/).textContent())).toBe('Change: €6.40');
    expect(await smallTargets(page)).toEqual([]);
    await pos.screenshot(page, 'pickup-preview');
    await page.getByRole('button', { name: 'Confirm pickup', exact: true }).click();

    await page.getByRole('heading', { name: /^Receipt of order / }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/receipts\//);
    const money = plain(await page.getByLabel('Money', { exact: true }).textContent());
    expect(money).toContain('Cash handed over€110.00');
    expect(money).toContain('Change given€6.40');

    const after = await readOrder(s01, toPickUp.id);
    expect(after.lines[0]?.quantities).toMatchObject({ ordered: 2, delivered: 1, invoiced: 1 });
  }, 90_000);

  it('R-CAN-1, R-CAN-2, R-CAN-3, R-SEC-2: in Dutch, the boot left is cancelled: the charge and refund previewed, the charge lowered with a manager’s approval (a wrong password refused in the dialog), the charge beyond the deposit paid in cash, receipt shown', async () => {
    const page = await signInAtOrder(pos, 'S01', toCancel.id, { language: 'nl' });
    // The boot left could still be picked up; the customer no longer wants it.
    await page.getByRole('button', { name: 'Afhalen', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Order annuleren', exact: true }).click();
    await page.getByRole('heading', { name: `Order ${toCancel.number} annuleren`, exact: true }).waitFor();

    // R-CAN-2: 5 % of the boot left (129.50) is 6.48; the deposit went into the first pickup, so
    // nothing is refunded and the whole charge is due now (R-CAN-3).
    await expect
      .poll(() => previewFigures(page))
      .toEqual({
        Annuleringskosten: '€ 6,48',
        'Aanbetaling verrekend': '€ 0,00',
        Terugbetaling: '€ 0,00',
        'Nu te betalen': '€ 6,48',
      });
    const charge = page.getByLabel('Annuleringskosten (€)', { exact: true });
    await charge.fill('5');
    await page.getByRole('button', { name: 'Kosten toepassen', exact: true }).click();
    await expect
      .poll(() => previewFigures(page))
      .toEqual({
        Annuleringskosten: '€ 5,00',
        'Aanbetaling verrekend': '€ 0,00',
        Terugbetaling: '€ 0,00',
        'Nu te betalen': '€ 5,00',
      });
    await page.getByRole('heading', { name: 'Betaling van € 5,00', exact: true }).waitFor();
    await page.getByLabel('Ontvangen (€)', { exact: true }).fill('10');
    expect(plain(await page.getByText(/^Wisselgeld:/).textContent())).toBe('Wisselgeld: € 5,00');
    expect(await smallTargets(page)).toEqual([]);

    // The cashier may not change the charge (R-SEC-1): a manager approves it in the dialog.
    await page.getByRole('button', { name: 'Annulering bevestigen', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Goedkeuring van een manager' });
    await dialog.getByText('Annuleringskosten van € 5,00 goedkeuren', { exact: true }).waitFor();
    await dialog.getByLabel('Personeelsnummer van de manager', { exact: true }).fill(S01_MANAGER.staffId);
    const password = dialog.getByLabel('Wachtwoord van de manager', { exact: true });
    await password.fill('wrong');
    await dialog.getByRole('button', { name: 'Goedkeuren', exact: true }).click();
    await expect.poll(() => errorAt(password)).not.toBeNull();
    await pos.screenshot(page, 'cancel-manager-override');
    await password.fill(S01_MANAGER.password);
    await dialog.getByRole('button', { name: 'Goedkeuren', exact: true }).click();

    await page.getByRole('heading', { name: /^Bon van order / }).waitFor();
    expect(plain(await page.locator('main').textContent())).toContain('Annuleringskosten');

    const after = await readOrder(s01, toCancel.id);
    expect(after.lines[0]?.quantities).toMatchObject({ ordered: 2, delivered: 1, cancelled: 1 });
    expect(after.charges.find((c) => c.kind === 'cancellation')?.amount).toBe(500);
  }, 90_000);

  it('R-PCK-2, R-PCK-3, R-PCK-4: both boots picked up at once and paid by card: a declined card refused at the card number, another card charged, receipt shown', async () => {
    const page = await signInAtOrder(pos, 'S01', byCard.id, { screen: '/pick-up' });
    await page.getByRole('heading', { name: `Pick up order ${byCard.number}`, exact: true }).waitFor();
    await expect
      .poll(() => previewFigures(page))
      .toEqual({ 'Deposit applied': '€25.90', 'Due now': '€233.10' });

    await page.getByRole('button', { name: 'Card', exact: true }).click();
    const number = page.getByLabel('Card number', { exact: true });
    await number.fill(CARD.declined);
    await page.getByLabel('Expiry', { exact: true }).fill(CARD.expiry);
    await page.getByRole('button', { name: 'Confirm pickup', exact: true }).click();
    await expect.poll(() => errorAt(number)).not.toBeNull();
    expect(await errorAt(number)).toMatch(/not accepted|declined/);

    await number.fill(CARD.number);
    await page.getByRole('button', { name: 'Confirm pickup', exact: true }).click();
    await page.getByRole('heading', { name: /^Receipt of order / }).waitFor();
    // The card was tokenized before the operation; HQ's ledger names its last four digits.
    expect(plain(await page.getByLabel('Money', { exact: true }).textContent())).toContain(
      'Card •••• 1111: paid€233.10',
    );

    const after = await readOrder(s01, byCard.id);
    expect(after.lines[0]?.quantities).toMatchObject({ ordered: 2, delivered: 2, invoiced: 2 });
  }, 90_000);

  it('R-CAN-1, R-CAN-2, R-CAN-3, R-SEC-2: a trainee without the permission to cancel has a manager approve before HQ’s preview; the charge of €12.95 comes out of the deposit of €25.90 and the rest is refunded, receipt shown', async () => {
    const { system } = pos;
    bodyOf(
      await system.backOffice.put('/permission-groups/Trainee', {
        name: 'Trainee',
        permissions: ['findOrders', 'pickUp'],
      }),
      201,
      'the trainee group',
    );
    const trainee = { staffId: 'S01-trainee', password: 'kassa-trainee' };
    const saved = await system.backOffice.put('/staff/S01-trainee', {
      id: trainee.staffId,
      name: 'Tim (trainee, Amsterdam)',
      groups: ['Trainee'],
      password: trainee.password,
    });
    expect(saved.status).toBe(201);
    const [people] = await system.kassa.runDistributionJobs(['1060']);
    expect(people?.runs.find((run) => run.storeId === 'S01')).toMatchObject({ status: 'applied' });

    const page = await signInAtOrder(pos, 'S01', forTrainee.id, { staff: trainee });
    await page.getByRole('button', { name: 'Cancel order', exact: true }).click();
    await page.getByRole('heading', { name: `Cancel order ${forTrainee.number}`, exact: true }).waitFor();
    // Nothing to confirm before a manager approved: HQ previews only for someone who may cancel.
    expect(await page.getByRole('button', { name: 'Confirm cancellation', exact: true }).isDisabled()).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Ask a manager to approve', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Manager approval' });
    await dialog.getByText(`Approve cancelling order ${forTrainee.number}`, { exact: true }).waitFor();
    await dialog.getByLabel("Manager's staff id", { exact: true }).fill(S01_MANAGER.staffId);
    await dialog.getByLabel("Manager's password", { exact: true }).fill(S01_MANAGER.password);
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();

    // R-CAN-2, R-CAN-3: 5 % of 259.00 is 12.95, paid from the deposit; the other 12.95 goes back.
    await expect
      .poll(() => previewFigures(page))
      .toEqual({
        'Cancellation charge': '€12.95',
        'Deposit applied': '€12.95',
        Refund: '€12.95',
        'Due now': '€0.00',
      });
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: /^Payment of/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Confirm cancellation', exact: true }).click();
    await page.getByRole('heading', { name: /^Receipt of order / }).waitFor();

    const after = await readOrder(s01, forTrainee.id);
    expect(after.status).toBe('cancelled');
    expect(after.money.refunded).toBe(1295);
  }, 90_000);
});
