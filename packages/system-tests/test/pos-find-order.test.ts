import type { CartChange, Receipt, RtsOrder, StoreOperationReply } from '@kassa/contracts';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorAt, focusRingWidth, smallTargets, usePosBrowser, visibleTexts } from '../src/browser.ts';
import { inDays } from '../src/dates.ts';
import { factsIn, listedNumbers, rows } from '../src/order-screens.ts';
import { orderAddress } from '../src/pos-orders.ts';
import { S01_CASHIER, signInAt, signInAtHome } from '../src/pos-steps.ts';
import { checkOut, paidCart, readOrder, shippedHome } from '../src/store-orders.ts';
import { bodyOf, type RegisterClient } from '../src/system.ts';

/** Find an order shows this many orders a page (packages/pos/src/features/orders/find-orders-screen.tsx). */
const PAGE_SIZE = 10;

/** Intl writes a no-break space between € and the amount in Dutch; people read a space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Whether a section's table fits its width, so nothing of a line hides behind a scroll bar. */
function fitsWidth(section: Locator): Promise<boolean> {
  return section
    .locator('table')
    .evaluate((table) => (table.parentElement?.scrollWidth ?? 0) <= (table.parentElement?.clientWidth ?? 0));
}

describe('the POS in Chromium: Find an order and an order’s details (issue 6, SPEC §6)', () => {
  const pos = usePosBrowser();
  let s01: RegisterClient;
  /** The hybrid order: 2 tents shipped, boots picked up here at S01 (picked already), a map carried out. */
  let hybrid: RtsOrder & { history: { operation: string; staffId: string | null }[] };
  /** Boots picked up at S02: to fulfil there, not here. */
  let atS02: Receipt;
  /** Eleven orders of Daan Visser, more than a page. */
  let daans: Receipt[];

  /** An order at S01 made through the store's API, its deposit (and what is carried out) paid in cash. */
  async function order(customerNumber: string, changes: CartChange[]): Promise<Receipt> {
    return checkOut(s01, await paidCart(s01, [{ kind: 'setCustomer', customerNumber }, ...changes]));
  }

  beforeAll(async () => {
    s01 = await pos.system.store('S01').signIn(S01_CASHIER.staffId, S01_CASHIER.password, 'R1');
    const made = await order('C-1001', [
      { kind: 'addProduct', sku: 'TENT-4P', quantity: 2 },
      { kind: 'addProduct', sku: 'BOOT-42', quantity: 1 },
      { kind: 'addProduct', sku: 'MAP-VELUWE', quantity: 1 },
      {
        kind: 'setDelivery',
        lineIds: ['L1'],
        delivery: shippedHome('C-1001', { requestedDate: inDays(3), charge: 695 }),
      },
      {
        kind: 'setDelivery',
        lineIds: ['L2'],
        delivery: { kind: 'pickup', storeId: 'S01', date: inDays(2) },
      },
    ]);
    const created = await readOrder(s01, made.order.id);
    bodyOf(
      await s01.post<StoreOperationReply>(`/orders/${made.order.id}/pick`, {
        version: created.version,
        lines: [{ lineId: created.lines.find((line) => line.delivery.kind === 'pickup')?.id, quantity: 1 }],
      }),
      200,
      'pick the boots',
    );
    hybrid = await readOrder<typeof hybrid>(s01, made.order.id);
    atS02 = await order('C-1002', [
      { kind: 'addProduct', sku: 'BOOT-42', quantity: 1 },
      {
        kind: 'setDelivery',
        lineIds: ['L1'],
        delivery: { kind: 'pickup', storeId: 'S02', date: inDays(2) },
      },
    ]);
    daans = [];
    for (let n = 0; n < PAGE_SIZE + 1; n++) {
      daans.push(
        await order('C-1004', [
          { kind: 'addProduct', sku: 'LAMP-HEAD', quantity: 1 },
          {
            kind: 'setDelivery',
            lineIds: ['L1'],
            delivery: { kind: 'pickup', storeId: 'S02', date: inDays(5) },
          },
        ]),
      );
    }
  }, 120_000);

  it('R-FND-1: from Home, Find an order finds the hybrid order by its number, opens its details, and Back returns to the results', async () => {
    const page = await pos.open('S01');
    await signInAt(page);
    await page.getByRole('button', { name: 'Find an order', exact: true }).click();
    await page.getByRole('heading', { name: 'Find an order', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/orders');

    // Nothing asked: said above the form, nothing searched.
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      'Enter what to search for, or choose a quick search.',
    );

    await page.getByLabel('Order number', { exact: true }).fill(hybrid.number);
    await page.keyboard.press('Enter');
    await expect.poll(() => listedNumbers(page)).toEqual([hybrid.number]);
    expect(new URL(page.url()).search).toBe(`?number=${hybrid.number}`);
    const result = page.getByRole('link', { name: new RegExp(hybrid.number) });
    expect(plain((await result.textContent()) ?? '')).toMatch(
      /Anna de Vries\s*C-1001\s*Partly delivered\s*€1,047\.40\s*Next delivery/,
    );
    expect(await smallTargets(page)).toEqual([]);

    // By keyboard: the result is a link, with the focus ring the POS shows everywhere.
    await result.focus();
    expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Order ${hybrid.number}`, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/orders/${hybrid.id}`);
    await page.goBack();
    await expect.poll(() => listedNumbers(page)).toEqual([hybrid.number]);
    expect(await page.getByLabel('Order number', { exact: true }).inputValue()).toBe(hybrid.number);

    // A number no order has: said where the results would be.
    await page.getByLabel('Order number', { exact: true }).fill('SO-999999');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No orders match this search.', { exact: true }).waitFor();

    // A date that does not exist, from an address typed by hand: HQ's refusal shows at its field.
    await page.goto(`${pos.system.kassa.stores.S01.url}/orders?customer=anna&createdFrom=2026-13-01`);
    const createdFrom = page.getByLabel('Created from', { exact: true });
    await expect.poll(() => errorAt(createdFrom)).toBe('Check this entry.');
    expect(
      await page.getByLabel('Customer (name, number, e-mail, phone)', { exact: true }).inputValue(),
    ).toBe('anna');
  }, 60_000);

  it('R-FND-1: finds Daan Visser’s orders by the beginning of his name, a page at a time, newest first, and the address keeps the page for Back', async () => {
    const page = await pos.open('S01');
    await signInAt(page);
    await page.getByRole('button', { name: 'Find an order', exact: true }).click();
    await page.getByLabel('Customer (name, number, e-mail, phone)', { exact: true }).fill('daan');
    await page.getByLabel('Created from', { exact: true }).fill(inDays());
    await page.getByRole('button', { name: 'Search', exact: true }).click();

    const newestFirst = daans.map((receipt) => receipt.order.number).reverse();
    await expect.poll(() => listedNumbers(page)).toEqual(newestFirst.slice(0, PAGE_SIZE));
    await page.getByRole('button', { name: 'Next page', exact: true }).click();
    await expect.poll(() => listedNumbers(page)).toEqual(newestFirst.slice(PAGE_SIZE));
    expect(await page.getByRole('button', { name: 'Next page', exact: true }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('after')).toBeTruthy();

    await page.goBack();
    await expect.poll(() => listedNumbers(page)).toEqual(newestFirst.slice(0, PAGE_SIZE));
    // A reload lands on the same search, typed as it was.
    await page.reload();
    await expect.poll(() => listedNumbers(page)).toEqual(newestFirst.slice(0, PAGE_SIZE));
    expect(
      await page.getByLabel('Customer (name, number, e-mail, phone)', { exact: true }).inputValue(),
    ).toBe('daan');
    expect(await errorAt(page.getByLabel('Created from', { exact: true }))).toBeNull();
    expect(await smallTargets(page)).toEqual([]);
  }, 60_000);

  it('R-FND-1 R-PCK-1: the preset “To pick up here” at S01 lists the order with boots to pick up here, not the ones picked up at S02', async () => {
    const page = await pos.open('S01');
    await signInAt(page);
    await page.getByRole('button', { name: 'Find an order', exact: true }).click();
    const preset = page.getByRole('button', { name: 'To pick up here', exact: true });
    await preset.click();
    await expect.poll(() => listedNumbers(page)).toEqual([hybrid.number]);
    expect(await preset.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).search).toBe('?preset=toPickUpHere');

    // "To fulfil" at S01: the same order (its tents ship from wherever HQ ships; the boots are here).
    const toFulfil = await listedAfter(page, 'To fulfil');
    expect(toFulfil).toContain(hybrid.number);
    expect(toFulfil).not.toContain(atS02.order.number);
    await page.getByRole('button', { name: 'To pick up here', exact: true }).click();
    await expect.poll(() => listedNumbers(page)).toEqual([hybrid.number]);
    // Tapped again, the preset is let go: nothing is asked, nothing listed, no error.
    await page.getByRole('button', { name: 'To pick up here', exact: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await page.getByRole('region', { name: 'Orders found' }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
  }, 60_000);

  it('R-FND-1 R-CRE-2 R-MON-5 R-SEC-3: the details of a hybrid order (shipped, picked up here, carried out): numbers, lines with their deliveries and quantities, charges, money, ledger and history, in English', async () => {
    const page = await pos.open('S01');
    await signInAtHome(page);
    await page.goto(`${pos.system.kassa.stores.S01.url}/orders?number=${hybrid.number}`);
    await page.getByRole('link', { name: new RegExp(hybrid.number) }).click();
    await page.getByRole('heading', { name: `Order ${hybrid.number}`, exact: true }).waitFor();

    expect(await factsIn(page.getByRole('region', { name: 'Order', exact: true }))).toMatchObject({
      'Order number': hybrid.number,
      Type: 'Customer order',
      Status: 'Partly delivered',
      Customer: 'Anna de Vries (C-1001)',
      Store: 'S01',
      'Pickup code': hybrid.pickupCode ?? '',
    });
    const lines = await rows(page.getByRole('region', { name: 'Lines', exact: true }));
    expect(await fitsWidth(page.getByRole('region', { name: 'Lines', exact: true }))).toBe(true);
    expect(lines[0]).toEqual([
      'Product and delivery',
      'Price',
      'Ordered',
      'Reserved',
      'Picked',
      'Packed',
      'Delivered',
      'Cancelled',
      'Returned',
      'Status',
    ]);
    const row = (sku: string) => {
      const found = lines.find((cells) => cells[0]?.split('\n')[1] === sku);
      if (!found) throw new Error(`no line of ${sku} in ${JSON.stringify(lines)}`);
      return found;
    };
    const lineOf = (sku: string) => hybrid.lines.find((line) => line.productId === sku);
    const shipped = lineOf('TENT-4P')?.quantities;
    expect(row('TENT-4P')[0]).toMatch(
      /TENT-4P\nShip to Anna de Vries, Prinsengracht 263, 1016 GV Amsterdam, NL by POSTNL on \d+ \w{3} \d{4}$/,
    );
    expect(row('TENT-4P').slice(1)).toEqual([
      '€449.00',
      '2',
      String(shipped?.reserved),
      '0',
      '0',
      '0',
      '0',
      '0',
      'Open',
    ]);
    expect(row('BOOT-42')[0]).toMatch(/BOOT-42\nPick up at S01 on \d+ \w{3} \d{4}$/);
    expect(row('BOOT-42').slice(1, 5)).toEqual([
      '€129.50',
      '1',
      String(lineOf('BOOT-42')?.quantities.reserved),
      '1',
    ]);
    expect(row('BOOT-42').at(-1)).toBe('Picked');
    expect(row('MAP-VELUWE')[0]).toMatch(/MAP-VELUWE\nCarry out$/);
    // Carried out: picked, packed and delivered at once.
    expect(row('MAP-VELUWE').slice(1)).toEqual(['€12.95', '1', '0', '1', '1', '1', '0', '0', 'Delivered']);

    expect(await rows(page.getByRole('region', { name: 'Charges', exact: true }))).toEqual([
      ['Charge', 'Code', 'Status', 'Amount'],
      ['Shipping', hybrid.charges[0]?.code ?? '', 'Open', '€6.95'],
    ]);
    // Whole euros and cents apart, in integers: no float in the expectation either (R-MON-1).
    const cents = (amount: number) =>
      `€${Math.floor(amount / 100).toLocaleString('en')}.${String(amount % 100).padStart(2, '0')}`;
    expect(await factsIn(page.getByRole('region', { name: 'Money', exact: true }))).toEqual({
      Total: '€1,047.40',
      Paid: cents(hybrid.money.paid),
      'Deposit required': cents(hybrid.money.depositRequired),
      'Deposit paid': cents(hybrid.money.perTender.reduce((sum, tender) => sum + tender.depositPaid, 0)),
      'Deposit not yet applied': cents(hybrid.money.depositAvailable),
      'Card authorized, not captured': '€0.00',
      Refunded: '€0.00',
      Due: cents(hybrid.money.due),
      Balance: cents(hybrid.money.balance),
    });
    const ledger = await rows(page.getByRole('region', { name: 'Money ledger', exact: true }));
    expect(ledger).toHaveLength(hybrid.ledger.length + 1);
    expect(ledger.slice(1).map((row) => row.slice(1, 3))).toContainEqual(['Deposit paid', 'Cash']);
    expect(ledger.slice(1).map((row) => row[4])).toEqual(hybrid.ledger.map((entry) => cents(entry.amount)));
    expect(await rows(page.getByRole('region', { name: 'Invoices', exact: true }))).toHaveLength(
      hybrid.invoices.length + 1,
    );
    expect(await page.getByRole('region', { name: 'Returns', exact: true }).textContent()).toContain(
      'No returns.',
    );
    const history = await rows(page.getByRole('region', { name: 'History', exact: true }));
    expect(history[0]).toEqual(['When', 'What', 'Who', 'Where', 'Approved by']);
    expect(history.slice(1).map((row) => row.slice(1, 4))).toEqual([
      ['Customer order created', 'S01-cashier', 'S01 · R1'],
      ['Picked', 'S01-cashier', 'S01 · R1'],
    ]);
    expect(await smallTargets(page)).toEqual([]);

    await page.getByRole('button', { name: 'Back to results', exact: true }).click();
    await expect.poll(() => listedNumbers(page)).toEqual([hybrid.number]);
    await page.goForward();
    await page.getByRole('heading', { name: `Order ${hybrid.number}`, exact: true }).waitFor();
  }, 60_000);

  it('R-FND-1 R-MON-1: in Dutch, the same order found by customer number shows every text in Dutch and amounts as € 1.047,40', async () => {
    const page = await pos.open('S01');
    await signInAt(page, { language: 'nl' });
    await page.getByRole('button', { name: 'Order zoeken', exact: true }).click();
    await page.getByRole('heading', { name: 'Order zoeken', exact: true }).waitFor();
    await page.getByLabel('Klant (naam, nummer, e-mail, telefoon)', { exact: true }).fill('C-1001');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect.poll(() => listedNumbers(page)).toEqual([hybrid.number]);
    const result = page.getByRole('link', { name: new RegExp(hybrid.number) });
    expect(plain((await result.textContent()) ?? '')).toMatch(
      /Anna de Vries\s*C-1001\s*Deels geleverd\s*€ 1\.047,40\s*Volgende levering/,
    );
    const findTexts = await visibleTexts(page);
    for (const english of ['Find an order', 'Quick searches', 'To pick up here', 'Search', 'Orders found']) {
      expect(findTexts).not.toContain(english);
    }
    expect(findTexts).toEqual(expect.arrayContaining(['Snel zoeken', 'Hier af te halen', 'Gevonden orders']));
    await result.click();
    await page.getByRole('heading', { name: `Order ${hybrid.number}`, exact: true }).waitFor();

    expect(await factsIn(page.getByRole('region', { name: 'Gegevens', exact: true }))).toMatchObject({
      Ordernummer: hybrid.number,
      Soort: 'Klantorder',
      Klant: 'Anna de Vries (C-1001)',
    });
    expect(await factsIn(page.getByRole('region', { name: 'Geld', exact: true }))).toMatchObject({
      Totaal: '€ 1.047,40',
    });
    const lines = await rows(page.getByRole('region', { name: 'Regels', exact: true }));
    expect(await fitsWidth(page.getByRole('region', { name: 'Regels', exact: true }))).toBe(true);
    const row = (sku: string) => lines.find((cells) => cells[0]?.split('\n')[1] === sku) ?? [];
    expect(row('TENT-4P')[0]).toMatch(/Verzenden naar Anna de Vries, .* met POSTNL op \d+ \w{3} \d{4}$/);
    expect(row('BOOT-42')[0]).toMatch(/Afhalen in S01 op \d+ \w{3} \d{4}$/);
    expect(row('MAP-VELUWE')[0]).toMatch(/Direct meegenomen$/);
    expect(row('TENT-4P')[1]).toBe('€ 449,00');
    const history = await rows(page.getByRole('region', { name: 'Geschiedenis', exact: true }));
    expect(history.slice(1).map((row) => row[1])).toEqual(['Klantorder aangemaakt', 'Gepickt']);

    // No English left: every text is Dutch or data (numbers, names, codes, amounts, dates).
    const texts = await visibleTexts(page);
    for (const english of [
      'Lines',
      'Money',
      'Money ledger',
      'History',
      'Invoices',
      'Returns',
      'Back to results',
    ]) {
      expect(texts).not.toContain(english);
    }
    expect(await smallTargets(page)).toEqual([]);
  }, 60_000);

  it('R-FND-1: an order that does not exist says so in the user’s language, where its details would be', async () => {
    const page = await pos.open('S01');
    await signInAtHome(page);
    await page.goto(orderAddress(pos, 'S01', 'SO-999999'));
    expect(await page.getByRole('alert').textContent()).toBe(
      'No order has this number. Check it and search again.',
    );
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      'Er is geen order met dit nummer. Controleer het en zoek opnieuw.',
    );
  }, 60_000);

  it('R-PCK-1: the picking list of an order shows the lines to pick at this store, and prints with the browser’s print, the list alone', async () => {
    // Made here, after the searches above: boots and a lamp to pick up here, a map shipped.
    const made = await order('C-1003', [
      { kind: 'addProduct', sku: 'BOOT-42', quantity: 2 },
      { kind: 'addProduct', sku: 'LAMP-HEAD', quantity: 1 },
      { kind: 'addProduct', sku: 'MAP-VELUWE', quantity: 1 },
      {
        kind: 'setDelivery',
        lineIds: ['L1', 'L2'],
        delivery: { kind: 'pickup', storeId: 'S01', date: inDays(4) },
      },
      {
        kind: 'setDelivery',
        lineIds: ['L3'],
        delivery: shippedHome('C-1003', { requestedDate: inDays(4), charge: 0 }),
      },
    ]);
    const page = await pos.open('S01');
    await signInAtHome(page);
    await page.goto(orderAddress(pos, 'S01', made.order.id));
    await page.getByRole('heading', { name: `Order ${made.order.number}`, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Picking list', exact: true }).click();
    await page
      .getByRole('heading', { name: `Picking list for order ${made.order.number}`, exact: true })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe(`/orders/${made.order.id}/picking-list`);
    const list = await rows(page.getByRole('region', { name: 'To pick at this store', exact: true }));
    expect(list.map((cells) => cells.filter((_, index) => index !== 2))).toEqual([
      ['Product', 'Item number', 'To pick', 'Picked'],
      ['Hiking boots, size 42', 'BOOT-42', '2', ''],
      ['Head lamp', 'LAMP-HEAD', '1', ''],
    ]);
    expect(await smallTargets(page)).toEqual([]);

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // On paper: the list, without the register's header or the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print', exact: true }).isVisible()).toBe(false);
    expect(
      await page.getByRole('heading', { name: `Picking list for order ${made.order.number}` }).isVisible(),
    ).toBe(true);
    await pos.screenshot(page, 'printed');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Back to the order', exact: true }).click();
    await page.getByRole('heading', { name: `Order ${made.order.number}`, exact: true }).waitFor();
  }, 60_000);

  it('R-FND-1 R-ASY-5 R-PRO-3: an order S01 made itself while HQ was down is found by its confirmation number, listed and shown under it until HQ has it', async () => {
    const cart = await paidCart(s01, [
      { kind: 'setCustomer', customerNumber: 'C-1002' },
      { kind: 'addProduct', sku: 'BOOT-42', quantity: 1 },
      {
        kind: 'setDelivery',
        lineIds: ['L1'],
        delivery: { kind: 'pickup', storeId: 'S01', date: inDays(3) },
      },
    ]);
    const page = await pos.open('S01');
    await signInAtHome(page);
    const { hq } = pos.system.kassa;
    await hq.stop();
    try {
      const made = await checkOut(s01, cart);
      const confirmation = made.order.confirmationNumber as string;
      expect(confirmation).toMatch(/^S01-R1-\d{6}$/);
      await page.getByRole('button', { name: 'Find an order', exact: true }).click();
      await page.getByLabel('Confirmation number', { exact: true }).fill(confirmation);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect.poll(() => listedNumbers(page)).toEqual([confirmation]);
      expect(await page.getByRole('link', { name: new RegExp(confirmation) }).textContent()).toContain(
        '(not at HQ yet)',
      );
      await page.getByRole('link', { name: new RegExp(confirmation) }).click();
      await page.getByRole('heading', { name: `Order ${confirmation}`, exact: true }).waitFor();
      expect(await factsIn(page.getByRole('region', { name: 'Order', exact: true }))).toMatchObject({
        'Order number': 'Not at HQ yet',
        'Confirmation number': confirmation,
        Customer: 'Bram Jansen (C-1002)',
      });
      expect(await page.getByRole('region', { name: 'History', exact: true }).textContent()).toContain(
        'The history shows once HQ has the order.',
      );
      await pos.screenshot(page, 'hq-down');
    } finally {
      await hq.start();
    }
  }, 90_000);
});

/** Chooses a preset and answers the numbers it lists once they show. */
async function listedAfter(page: Page, preset: string): Promise<string[]> {
  const before = page.url();
  await page.getByRole('button', { name: preset, exact: true }).click();
  await expect.poll(() => page.url()).not.toBe(before);
  await page.getByRole('region', { name: 'Orders found' }).waitFor();
  await expect
    .poll(
      async () =>
        (await page.getByRole('region', { name: 'Orders found' }).getAttribute('aria-busy')) ?? 'false',
    )
    .toBe('false');
  return listedNumbers(page);
}
