import type { Receipt, RtsOrder } from '@kassa/contracts';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorAt, plain, rowTexts, smallTargets, usePosBrowser } from '../src/browser.ts';
import { factsIn } from '../src/order-screens.ts';
import { orderAddress, signInAtOrder } from '../src/pos-orders.ts';
import {
  addByCode,
  cashAmount,
  newTransactionFor,
  pickUpAllHere,
  S01_CASHIER,
  S01_MANAGER,
  signInAt,
  takeCash,
} from '../src/pos-steps.ts';
import { bootsForAnna, orderThroughTheStore, readOrder } from '../src/store-orders.ts';
import { bodyOf, type RegisterClient } from '../src/system.ts';

/**
 * Picking and packing (R-PCK-1), who else may collect and who did (R-PCK-6), and a whole pickup at the
 * counter in Dutch, at the POS of S01 on the demo data (packages/hq/src/demo/demo-data.ts): deposit 10 %;
 * BOOT-42 12950 (21 %). Each order is two boots to pick up at S01 for Anna de Vries, the deposit of €25.90
 * paid in cash, made through the store's API.
 */

const CARD = { number: '4111111111111111', expiry: '12/29' };
const BOOTS = 'BOOT-42 Hiking boots, size 42';

/** The picking status table of the pick-and-pack screen. */
const pickingStatus = (page: Page) =>
  rowTexts(page.getByRole('region', { name: /^(Picking status|Pickstatus)$/ }).getByRole('table'));

describe('Picking, packing and who collects at the POS (issue 6, R-PCK-1, R-PCK-6)', () => {
  const pos = usePosBrowser();
  let s01: RegisterClient;
  let toPickAndPack: RtsOrder;
  let pickedTwice: RtsOrder;
  let withCollector: RtsOrder;
  let inDutch: RtsOrder;

  /** Two boots to pick up at S01 for Anna de Vries, the deposit paid in cash, as the store's API does it. */
  const twoBoots = (collectors: string[] = []) =>
    orderThroughTheStore(s01, [
      ...bootsForAnna(2),
      ...(collectors.length > 0 ? [{ kind: 'setCollectors', collectors } as const] : []),
    ]);

  const read = (order: RtsOrder) => readOrder(s01, order.id);

  beforeAll(async () => {
    s01 = await pos.system.store('S01').signIn(S01_CASHIER.staffId, S01_CASHIER.password, 'R1');
    toPickAndPack = await twoBoots();
    pickedTwice = await twoBoots();
    withCollector = await twoBoots(['Piet de Vries']);
    inDutch = await twoBoots();
  }, 120_000);

  it('R-PCK-1: from the order’s details, both boots are marked picked, then packed; each line shows how far it got', async () => {
    const page = await signInAtOrder(pos, 'S01', toPickAndPack.id);
    await page.getByRole('button', { name: 'Pick and pack', exact: true }).click();
    await page
      .getByRole('heading', { name: `Pick and pack order ${toPickAndPack.number}`, exact: true })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe(`/orders/${toPickAndPack.id}/pick-pack`);
    expect(await pickingStatus(page)).toEqual(['Hiking boots, size 42 BOOT-42 2 0 0 Open']);
    expect(await page.getByText('Nothing picked is waiting to be packed.', { exact: true }).count()).toBe(1);

    // All that is left, to start with; more than that is said at the line, and nothing is sent.
    const toPick = page.getByLabel(`${BOOTS} (to pick: 2)`, { exact: true });
    expect(await toPick.inputValue()).toBe('2');
    await toPick.fill('3');
    await expect.poll(() => errorAt(toPick)).toBe('Enter a whole number, at most what is left to pick.');
    expect(await page.getByRole('button', { name: 'Mark as picked', exact: true }).isDisabled()).toBe(true);
    await toPick.fill('2');
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Mark as picked', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Marked as picked: 2.' }).waitFor();
    await expect.poll(() => pickingStatus(page)).toEqual(['Hiking boots, size 42 BOOT-42 2 2 0 Picked']);
    expect(await page.getByText('Nothing left to pick at this store.', { exact: true }).count()).toBe(1);
    await pos.screenshot(page, 'picked');

    // By keyboard: Enter in the quantity marks them packed.
    const toPack = page.getByLabel(`${BOOTS} (to pack: 2)`, { exact: true });
    await toPack.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Marked as packed: 2.' }).waitFor();
    await expect.poll(() => pickingStatus(page)).toEqual(['Hiking boots, size 42 BOOT-42 2 2 2 Packed']);

    const after = await read(toPickAndPack);
    expect(after.lines[0]?.quantities).toMatchObject({ ordered: 2, picked: 2, packed: 2, delivered: 0 });
    // Back on the details, nothing is left to pick or pack: the action is no longer offered.
    await page.getByRole('button', { name: 'Back to the order', exact: true }).click();
    await page.getByRole('heading', { name: `Order ${toPickAndPack.number}`, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Pick up', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Pick and pack', exact: true }).count()).toBe(0);
  }, 90_000);

  it('R-PCK-1, R-EDT-4: two associates open the same order from the picking list; the one who picks second is refused with a clear conflict, and nothing is picked twice', async () => {
    const first = await signInAtOrder(pos, 'S01', pickedTwice.id, { screen: '/picking-list' });
    const second = await signInAtOrder(pos, 'S01', pickedTwice.id, {
      screen: '/picking-list',
      staff: S01_MANAGER,
      register: 'R2',
    });
    for (const page of [first, second]) {
      await page.getByRole('heading', { name: `Picking list for order ${pickedTwice.number}` }).waitFor();
      await page.getByRole('button', { name: 'Pick and pack', exact: true }).click();
      await page.getByLabel(`${BOOTS} (to pick: 2)`, { exact: true }).waitFor();
    }

    await first.getByRole('button', { name: 'Mark as picked', exact: true }).click();
    await first.getByRole('status').filter({ hasText: 'Marked as picked: 2.' }).waitFor();

    // The second still shows the order as read before: HQ refuses the pick made on that version.
    await second.getByRole('button', { name: 'Mark as picked', exact: true }).click();
    const conflict = second.getByRole('alert').filter({ hasText: /^Someone else changed this order/ });
    await conflict.waitFor();
    expect(await conflict.textContent()).toBe(
      'Someone else changed this order meanwhile: another associate may have picked or packed these items. The order has been read again; check what is left and try again.',
    );
    // Read again: both boots are picked, there is nothing left to pick, and packing is offered.
    await expect.poll(() => pickingStatus(second)).toEqual(['Hiking boots, size 42 BOOT-42 2 2 0 Picked']);
    expect(await second.getByText('Nothing left to pick at this store.', { exact: true }).count()).toBe(1);
    expect(await second.getByLabel(`${BOOTS} (to pack: 2)`, { exact: true }).inputValue()).toBe('2');

    const after = await read(pickedTwice);
    expect(after.lines[0]?.quantities).toMatchObject({ ordered: 2, picked: 2, packed: 0 });
  }, 90_000);

  it('R-PCK-6: in a new transaction, a person besides the customer is named to collect the order; the order’s details show them', async () => {
    const page = await pos.open('S01');
    await signInAt(page);
    await newTransactionFor(page, { search: 'anna', name: 'Anna de Vries' });
    await page.getByText('C-1001', { exact: true }).waitFor();
    await addByCode(page, 'BOOT-42');
    await page.getByText('Hiking boots, size 42', { exact: true }).waitFor();

    // Only once something is to be picked up is there someone to collect it.
    expect(await page.getByRole('region', { name: 'Who else may collect' }).count()).toBe(0);
    await pickUpAllHere(page, 'S01 Amsterdam');
    const collectors = page.getByRole('region', { name: 'Who else may collect' });
    await collectors.getByText('Only the customer.', { exact: true }).waitFor();

    const name = collectors.getByLabel('Name', { exact: true });
    await name.fill('Piet de Vries');
    await name.press('Enter');
    await collectors.getByRole('list', { name: 'May also collect' }).getByText('Piet de Vries').waitFor();
    // A name given twice is said at the name, and not sent.
    await name.fill('piet de vries');
    await collectors.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => errorAt(name)).toBe('piet de vries is already named.');
    await name.fill('');
    expect(await smallTargets(page)).toEqual([]);

    await expect.poll(() => cashAmount(page)).toBe('12.95');
    await takeCash(page, 'Cash €12.95');
    await pos.screenshot(page, 'cart-with-collector');
    await page.getByRole('button', { name: 'Complete order', exact: true }).click();
    await page.getByRole('heading', { name: /^Receipt of order SO-/ }).waitFor();

    const receiptId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    const receipt = bodyOf(
      await s01.get<Receipt>(`/receipts/${encodeURIComponent(receiptId)}`),
      200,
      'receipt',
    );
    const order = await readOrder(s01, receipt.order.id);
    expect(order.collectors).toEqual(['Piet de Vries']);
    await page.goto(orderAddress(pos, 'S01', order.id));
    await page.getByRole('heading', { name: `Order ${order.number}`, exact: true }).waitFor();
    expect(await factsIn(page.getByRole('region', { name: 'Order', exact: true }))).toMatchObject({
      'May also collect': 'Piet de Vries',
    });
  }, 90_000);

  it('R-PCK-6, R-PCK-3: at pickup the associate records who collects: someone the order does not name is refused at the name; the named collector takes both boots paid by card, and the receipt shows who collected and the card’s last four digits', async () => {
    const page = await signInAtOrder(pos, 'S01', withCollector.id, { screen: '/pick-up' });
    await page.getByRole('heading', { name: `Pick up order ${withCollector.number}`, exact: true }).waitFor();
    const who = page.getByRole('region', { name: 'Who collects the order' });
    expect(
      await who.getByRole('button', { name: 'The customer, Anna de Vries' }).getAttribute('aria-pressed'),
    ).toBe('true');

    await who.getByRole('button', { name: 'Someone else', exact: true }).click();
    const typed = who.getByLabel('Name of who collects', { exact: true });
    await typed.fill('Jan Smit');
    // HQ's preview refuses whom the order does not name, at the name.
    await expect
      .poll(() => errorAt(typed))
      .toMatch(/^This person is not named on the order as someone who may collect it/);
    expect(await page.getByRole('button', { name: 'Confirm pickup', exact: true }).isDisabled()).toBe(true);

    await who.getByRole('button', { name: 'Piet de Vries', exact: true }).click();
    await page.getByRole('heading', { name: 'Payment of €233.10', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Card', exact: true }).click();
    await page.getByLabel('Card number', { exact: true }).fill(CARD.number);
    await page.getByLabel('Expiry', { exact: true }).fill(CARD.expiry);
    expect(await smallTargets(page)).toEqual([]);
    await pos.screenshot(page, 'pickup-collected-by');
    await page.getByRole('button', { name: 'Confirm pickup', exact: true }).click();

    await page
      .getByRole('heading', { name: `Receipt of order ${withCollector.number}`, exact: true })
      .waitFor();
    const main = plain(await page.locator('main').textContent());
    expect(main).toContain('Collected byPiet de Vries');
    // The card was tokenized before the pickup, by the register: HQ names its digits (no longer blank).
    expect(plain(await page.getByLabel('Money', { exact: true }).textContent())).toContain(
      'Card •••• 1111: paid€233.10',
    );
    const after = await read(withCollector);
    expect(after.invoices.find((invoice) => invoice.kind === 'pickup')?.collectedBy).toBe('Piet de Vries');
  }, 90_000);

  it('R-PCK-2, R-PCK-3, R-PCK-6, R-FND-1: in Dutch, the associate signs in, finds the order by its pickup code, and the customer collects both boots paying cash; the receipt says who collected', async () => {
    const page = await pos.open('S01');
    await signInAt(page, { language: 'nl' });
    await page.getByRole('button', { name: 'Order zoeken', exact: true }).click();
    await page.getByRole('heading', { name: 'Order zoeken', exact: true }).waitFor();
    await page.getByLabel('Afhaalcode', { exact: true }).fill(inDutch.pickupCode ?? '');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('link', { name: new RegExp(inDutch.number) }).click();
    await page.getByRole('heading', { name: `Order ${inDutch.number}`, exact: true }).waitFor();

    await page.getByRole('button', { name: 'Afhalen', exact: true }).click();
    await page.getByRole('heading', { name: `Order ${inDutch.number} afhalen`, exact: true }).waitFor();
    const who = page.getByRole('region', { name: 'Wie haalt de order af' });
    expect(
      await who.getByRole('button', { name: 'De klant, Anna de Vries' }).getAttribute('aria-pressed'),
    ).toBe('true');
    // R-PCK-3: both boots, 259.00, less the deposit of 25.90.
    await page.getByRole('heading', { name: 'Betaling van € 233,10', exact: true }).waitFor();
    await page.getByLabel('Ontvangen (€)', { exact: true }).fill('240');
    expect(plain(await page.getByText(/^Wisselgeld:/).textContent())).toBe('Wisselgeld: € 6,90');
    await page.getByRole('button', { name: 'Afhalen bevestigen', exact: true }).click();

    await page.getByRole('heading', { name: `Bon van order ${inDutch.number}`, exact: true }).waitFor();
    const main = plain(await page.locator('main').textContent());
    expect(main).toContain('Afgehaald doorde klant, Anna de Vries');
    expect(main).toContain('Wisselgeld gegeven€ 6,90');
    const after = await read(inDutch);
    expect(after.lines[0]?.quantities).toMatchObject({ ordered: 2, delivered: 2, invoiced: 2 });
  }, 90_000);
});
