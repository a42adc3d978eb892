import type { Customer, RtsOrder, StoreOperationReply } from '@kassa/contracts';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorAt, plain, smallTargets, usePosBrowser } from '../src/browser.ts';
import { inDays } from '../src/dates.ts';
import { previewFigures, shownReceipt, signInAtOrder } from '../src/pos-orders.ts';
import { enrolTrainee, type Language, S01_CASHIER, S01_MANAGER, type SignIn } from '../src/pos-steps.ts';
import {
  bootsForAnna,
  cartWith,
  checkOut,
  dueNowInCash,
  orderThroughTheStore,
  readOrder,
  shippedHome,
} from '../src/store-orders.ts';
import { bodyOf, type RegisterClient } from '../src/system.ts';

/**
 * Edit an order from its details at the POS of S01 (issue 6, SPEC R-EDT-1..4), on the demo data
 * (packages/hq/src/demo/demo-data.ts): deposit 10 %; BOOT-42 12950, LAMP-HEAD 2495 (21 %); Anna de Vries
 * (C-1001) has one address, C-1001-home.
 */

const BOOTS = 'BOOT-42 Hiking boots, size 42';

/** One change in HQ's history of an order, as the store reads it (R-SEC-3). */
interface HistoryEntry {
  readonly operation: string;
  readonly staffId: string | null;
  readonly approvedBy: string | null;
}

describe('Edit an order from its details at the POS (issue 6, SPEC R-EDT-1..4)', () => {
  const pos = usePosBrowser();
  let s01: RegisterClient;

  /**
   * Boots to pick up at S01 tomorrow for Anna de Vries, paid in cash: the deposit, or `paid` when given
   * (up to the total, R-DEP-3), as the store's API does it.
   */
  async function boots(quantity: number, paid?: number): Promise<RtsOrder> {
    return orderThroughTheStore(
      s01,
      bootsForAnna(quantity),
      paid === undefined ? dueNowInCash : [{ kind: 'addCashPayment', amount: paid }],
    );
  }

  const read = (order: RtsOrder) => readOrder(s01, order.id);

  /**
   * One `sku` shipped to Anna de Vries's home in three days for €6.95, `deposit` paid in cash, opened in the
   * edit screen: the order, the page, and the shipment's group there.
   */
  async function shippedToAnnaInEdit(sku: string, deposit: number) {
    const order = await orderThroughTheStore(
      s01,
      [
        { kind: 'setCustomer', customerNumber: 'C-1001' },
        { kind: 'addProduct', sku, quantity: 1 },
        {
          kind: 'setDelivery',
          lineIds: ['L1'],
          delivery: shippedHome('C-1001', { requestedDate: inDays(3), charge: 695 }),
        },
      ],
      [{ kind: 'addCashPayment', amount: deposit }],
    );
    const page = await openEdit(order);
    const shipment = page.getByRole('group', {
      name: /^Anna de Vries, Prinsengracht 263, .* by PostNL parcel$/,
    });
    return { order, page, shipment };
  }

  async function openEdit(order: RtsOrder, language: Language = 'en', signIn: SignIn = {}): Promise<Page> {
    const page = await signInAtOrder(pos, 'S01', order.id, { ...signIn, language });
    await page
      .getByRole('button', { name: language === 'en' ? 'Edit order' : 'Order wijzigen', exact: true })
      .click();
    await page
      .getByRole('heading', {
        name: language === 'en' ? `Edit order ${order.number}` : `Order ${order.number} wijzigen`,
        exact: true,
      })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe(`/orders/${order.id}/edit`);
    return page;
  }

  beforeAll(async () => {
    s01 = await pos.system.store('S01').signIn(S01_CASHIER.staffId, S01_CASHIER.password, 'R1');
  }, 120_000);

  it('R-EDT-1, R-EDT-2, R-EDT-3, R-RCP-1: a quantity changed, a head lamp scanned in and shipped to the customer’s address; HQ previews the new total, deposit and shortfall, which is paid in cash and gives a receipt with the payment and the change', async () => {
    const order = await boots(2);
    const page = await openEdit(order);

    // R-EDT-2: nothing changed yet, nothing to preview or save.
    await page.getByText('Change a quantity, a line, a delivery or a price to see what it does.').waitFor();
    const save = page.getByRole('button', { name: 'Save changes', exact: true });
    expect(await save.isDisabled()).toBe(true);

    // Three boots: 38850, a deposit of 3885, of which 2590 was paid.
    const quantity = page.getByLabel(`Quantity of ${BOOTS}`, { exact: true });
    expect(await quantity.inputValue()).toBe('2');
    await quantity.fill('3');
    await expect
      .poll(() => previewFigures(page))
      .toEqual({
        'New order total': '€388.50',
        'Required deposit': '€38.85',
        'To pay now': '€12.95',
        Refund: '€0.00',
      });

    // A scanned barcode ends with Enter; the lamp goes where the boots go, to start with.
    const code = page.getByLabel('Scan or type a SKU', { exact: true });
    await code.fill('NO-SUCH-THING');
    await code.press('Enter');
    await expect.poll(() => errorAt(code)).toBe('No product has the code NO-SUCH-THING.');
    await code.fill('8712345000080');
    await code.press('Enter');
    await page.getByText('Head lamp (added)').waitFor();
    // 38850 + 2495 = 41345; 10 % is 4134.50, rounded half away from zero (R-MON-2).
    await expect
      .poll(() => previewFigures(page))
      .toEqual({
        'New order total': '€413.45',
        'Required deposit': '€41.35',
        'To pay now': '€15.45',
        Refund: '€0.00',
      });

    // The lamp is shipped instead, to Anna's address, with €4.95 shipping.
    await page
      .getByRole('button', { name: 'Select LAMP-HEAD Head lamp to change its delivery', exact: true })
      .click();
    await page.getByRole('button', { name: 'Ship', exact: true }).click();
    expect(await page.getByLabel('Shipment', { exact: true }).inputValue()).toBe('new');
    await page.getByLabel('Shipping mode', { exact: true }).selectOption('DHL');
    await page.getByLabel('Requested date', { exact: true }).fill(inDays(3));
    await page.getByLabel('Shipping charge (€)', { exact: true }).fill('4,95');
    await page.getByRole('button', { name: 'Apply to the selected lines', exact: true }).click();
    await page.getByText(/^Ship to Anna de Vries, Prinsengracht 263/).waitFor();
    // 41345 + 495 = 41840: a deposit of 4184.
    await expect
      .poll(() => previewFigures(page))
      .toEqual({
        'New order total': '€418.40',
        'Required deposit': '€41.84',
        'To pay now': '€15.94',
        Refund: '€0.00',
      });

    // R-EDT-3: the shortfall is paid now.
    await page.getByRole('heading', { name: 'Payment of €15.94', exact: true }).waitFor();
    await page.getByLabel('Handed over (€)', { exact: true }).fill('20');
    expect(plain(await page.getByText(/^Change:/).textContent())).toBe('Change: €4.06');
    expect(await smallTargets(page)).toEqual([]);
    await pos.screenshot(page, 'edit-preview');
    await save.click();

    // R-RCP-1: the customer paid, so the customer gets a receipt: the order as it now stands, the
    // payment and the change (decision 0018).
    expect(await shownReceipt(page, order.number)).toMatchObject({
      Total: '€418.40',
      'Deposit required': '€41.84',
      'Deposit paid': '€41.84',
      'Cash: paid': '€15.94',
      'Cash handed over': '€20.00',
      'Change given': '€4.06',
    });
    const receipt = plain(await page.locator('main').textContent());
    expect(receipt).toContain('Order change receipt');
    expect(receipt).toContain('Head lamp');
    expect(receipt).toMatch(/Ship to Anna de Vries, Prinsengracht 263/);
    const after = await read(order);
    expect(after.version).toBe(order.version + 1);
    expect(after.lines.map((line) => [line.productId, line.quantities.ordered, line.delivery.kind])).toEqual([
      ['BOOT-42', 3, 'pickup'],
      ['LAMP-HEAD', 1, 'ship'],
    ]);
    expect(after.shipments).toHaveLength(1);
    expect(after.shipments[0]).toMatchObject({ modeOfDelivery: 'DHL', requestedDate: inDays(3) });
    expect(after.money).toMatchObject({ total: 41840, depositRequired: 4184, paid: 4184 });
  }, 120_000);

  it('R-EDT-1, R-EDT-3: in Dutch, fewer boots than were paid for: a quantity below what was collected is refused at the line by HQ, and the one boot fewer is refunded', async () => {
    // Four boots paid in full, two collected already: two are open, with 25900 of deposit left.
    const order = await boots(4, 51800);
    const line = order.lines[0];
    bodyOf(
      await s01.post<StoreOperationReply>(`/orders/${order.id}/pick-up`, {
        version: order.version,
        lines: [{ lineId: line?.id, quantity: 2 }],
      }),
      200,
      'pick up two boots',
    );
    const collected = await read(order);
    const page = await openEdit(collected, 'nl');
    await page.getByText('2 geleverd en 0 geannuleerd blijven: niet minder dan 2.').waitFor();

    const quantity = page.getByLabel(`Aantal van ${BOOTS}`, { exact: true });
    expect(await quantity.inputValue()).toBe('4');
    await quantity.fill('1');
    await expect
      .poll(() => errorAt(quantity))
      .toBe('Niet minder dan 2: zoveel zijn er al geleverd of geannuleerd.');
    await quantity.fill('0');
    await expect
      .poll(() => errorAt(quantity))
      .toBe('Vul een heel getal van 1 of meer in, of verwijder de regel.');

    // Three boots: one is still to come (12950), so 12950 of the 25900 left goes back (R-EDT-3).
    await quantity.fill('3');
    await expect
      .poll(() => previewFigures(page))
      .toEqual({
        'Nieuw ordertotaal': '€ 388,50',
        'Vereiste aanbetaling': '€ 38,85',
        'Nu te betalen': '€ 0,00',
        Terugbetaling: '€ 129,50',
      });
    await page
      .getByText('€ 129,50 gaat terug naar de klant, op de betaalmiddelen waarmee de aanbetaling is gedaan.')
      .waitFor();
    expect(await page.getByRole('heading', { name: /^Betaling van/ }).count()).toBe(0);
    await pos.screenshot(page, 'edit-refund');
    await page.getByRole('button', { name: 'Wijzigingen opslaan', exact: true }).click();

    // Money went back to the customer: a receipt says so (decision 0018).
    expect(await shownReceipt(page, order.number, 'nl')).toMatchObject({
      Terugbetaling: '€ 129,50',
      'Contant: terugbetaald': '€ 129,50',
    });
    expect(plain(await page.locator('main').textContent())).toContain('Wijzigingsbon');
    const after = await read(order);
    expect(after.lines[0]?.quantities).toMatchObject({ ordered: 3, delivered: 2 });
    expect(after.money.refunded).toBe(12950);
  }, 120_000);

  it('R-EDT-4: someone else saves the order while the associate edits it: the save is refused as a conflict, what was typed stays, and after a reload the same change is saved on top of the other', async () => {
    const order = await boots(2);
    const page = await openEdit(order);
    const quantity = page.getByLabel(`Quantity of ${BOOTS}`, { exact: true });
    await quantity.fill('3');
    await expect.poll(() => previewFigures(page)).toMatchObject({ 'To pay now': '€12.95' });
    await page.getByLabel('Handed over (€)', { exact: true }).fill('12.95');

    // Another register moves the pickup a day later, on the same version.
    const other = bodyOf(
      await s01.post<StoreOperationReply>(`/orders/${order.id}/edit`, {
        version: order.version,
        changes: [
          {
            kind: 'changeDelivery',
            lineIds: [order.lines[0]?.id],
            delivery: { kind: 'pickup', storeId: 'S01', date: inDays(2) },
          },
        ],
      }),
      200,
      'the other edit',
    );
    expect(other.order.version).toBe(order.version + 1);

    await page.getByRole('button', { name: 'Save changes', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this order' });
    await conflict.waitFor();
    expect(plain(await conflict.textContent())).toContain('your changes were not saved. They are still here');
    expect(await quantity.inputValue()).toBe('3');
    expect(await page.getByRole('button', { name: 'Save changes', exact: true }).isDisabled()).toBe(true);
    await pos.screenshot(page, 'edit-conflict');

    await page.getByRole('button', { name: 'Reload the order and re-apply my changes', exact: true }).click();
    await page.getByText(/^The order was reloaded/).waitFor();
    expect(await conflict.count()).toBe(0);
    expect(await quantity.inputValue()).toBe('3');
    // The other edit shows now: the boots are picked up a day later.
    await expect.poll(() => previewFigures(page)).toMatchObject({ 'To pay now': '€12.95' });
    await page.getByLabel('Handed over (€)', { exact: true }).fill('12.95');
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();

    expect(await shownReceipt(page, order.number)).toMatchObject({ 'Cash: paid': '€12.95' });
    const after = await read(order);
    expect(after.version).toBe(order.version + 2);
    expect(after.lines[0]?.quantities.ordered).toBe(3);
    expect(after.lines[0]?.delivery).toMatchObject({ kind: 'pickup', storeId: 'S01', date: inDays(2) });
    expect(after.money.paid).toBe(3885);
  }, 120_000);
  it('R-EDT-1, R-EDT-2, R-CRE-5: a quote gets another tent, today’s prices and a later expiry date; it takes no payment', async () => {
    const receipt = await checkOut(
      s01,
      await cartWith(s01, [
        { kind: 'setCustomer', customerNumber: 'C-1001' },
        { kind: 'setType', type: 'quote' },
        { kind: 'addProduct', sku: 'TENT-2P', quantity: 1 },
        {
          kind: 'setDelivery',
          lineIds: ['L1'],
          delivery: { kind: 'pickup', storeId: 'S01', date: inDays(5) },
        },
      ]),
    );
    const quote = await readOrder(s01, receipt.order.id);
    expect(quote.type).toBe('quote');
    const page = await openEdit(quote);

    await page.getByLabel('Quantity of TENT-2P Trekking tent for two', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Recalculate prices', exact: true }).click();
    await page.getByText("Open lines get today's prices.").waitFor();
    const expiry = page.getByLabel('Quote valid until', { exact: true });
    expect(await expiry.inputValue()).toBe(quote.quoteExpiresOn);
    await expiry.fill(inDays(-1));
    await expect.poll(() => errorAt(expiry)).toBe('Choose a date that is not in the past.');
    await expiry.fill(inDays(30));
    // A quote shows its new total only: it has no deposit and takes no payment (R-CRE-5).
    await expect.poll(() => previewFigures(page)).toEqual({ 'New order total': '€399.98' });
    expect(await page.getByRole('heading', { name: /^Payment of/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();

    // No money moved: no receipt, back to the quote's details.
    await page.getByRole('heading', { name: `Order ${quote.number}`, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/orders/${quote.id}`);
    const after = await read(quote);
    expect(after).toMatchObject({ type: 'quote', quoteExpiresOn: inDays(30) });
    expect(after.lines[0]?.quantities.ordered).toBe(2);
  }, 120_000);
  it('R-EDT-1, R-CRE-3, R-CRE-6: a shipment is moved and its charge waived; more tents than the warehouse has are refused at the line, then taken as a backorder', async () => {
    // 10 % of 19999 + 695.
    const { order, page, shipment } = await shippedToAnnaInEdit('TENT-2P', 2069);
    const charge = shipment.getByLabel(/^Shipping charge of /);
    expect(await charge.inputValue()).toBe('6.95');
    await charge.fill('0');
    await shipment.getByLabel(/^Requested date of /).fill(inDays(6));
    await expect
      .poll(() => previewFigures(page))
      .toEqual({
        'New order total': '€199.99',
        'Required deposit': '€20.00',
        'To pay now': '€0.00',
        Refund: '€0.00',
      });

    // The warehouse has 200 tents, one of them for this order already.
    await page.getByLabel('Quantity of TENT-2P Trekking tent for two', { exact: true }).fill('201');
    const refusal = page.getByRole('alert').filter({ hasText: /^Not enough TENT-2P at / });
    await refusal.waitFor();
    // The 200 tents the line adds, of which the warehouse has 199 more.
    expect(plain(await refusal.textContent())).toBe(
      'Not enough TENT-2P at DC1: 199 available, 200 asked. Choose another location, or take it as a backorder.',
    );
    await page.getByRole('button', { name: 'Take what is short as a backorder', exact: true }).click();
    // 201 × 19999 = 4019799; 10 % is 401979.90 → 401980, of which 2069 was paid.
    await expect
      .poll(() => previewFigures(page))
      .toEqual({
        'New order total': '€40,197.99',
        'Required deposit': '€4,019.80',
        'To pay now': '€3,999.11',
        Refund: '€0.00',
      });
    expect(await refusal.count()).toBe(0);
    await page.getByRole('button', { name: 'Card', exact: true }).click();
    await page.getByLabel('Card number', { exact: true }).fill('4111111111111111');
    await page.getByLabel('Expiry', { exact: true }).fill('12/29');
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();

    expect(await shownReceipt(page, order.number)).toMatchObject({ 'Card •••• 1111: paid': '€3,999.11' });
    const after = await read(order);
    expect(after.lines[0]?.quantities).toMatchObject({ ordered: 201, reserved: 200 });
    expect(after.shipments[0]?.requestedDate).toBe(inDays(6));
    expect(after.charges.filter((c) => c.kind === 'shipping' && c.status !== 'dropped')).toEqual([]);
    expect(after.money).toMatchObject({ total: 4019799, paid: 401980 });
  }, 120_000);

  it('R-EDT-1, R-SEC-1, R-SEC-2: a trainee without the permission to edit has a manager approve (a wrong password refused in the dialog); the edit is saved with the approval, its receipt and the order’s history name the manager', async () => {
    const trainee = await enrolTrainee(pos.system, ['findOrders', 'pickUp']);
    const order = await boots(2);
    const page = await openEdit(order, 'en', { staff: trainee });

    // Nothing is previewed for someone who may not edit (the store refuses even HQ's dry run).
    await page.getByText('You may not edit orders yourself: a manager approves this edit first.').waitFor();
    await page.getByLabel(`Quantity of ${BOOTS}`, { exact: true }).fill('3');
    expect(await page.getByRole('region', { name: "HQ's preview" }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save changes', exact: true }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Ask a manager to approve', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Manager approval' });
    await dialog.getByText(`Approve editing order ${order.number}`, { exact: true }).waitFor();
    await dialog.getByLabel("Manager's staff id", { exact: true }).fill(S01_MANAGER.staffId);
    const password = dialog.getByLabel("Manager's password", { exact: true });
    await password.fill('wrong');
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => errorAt(password)).toBe('Wrong staff id or password of the manager.');
    await pos.screenshot(page, 'edit-manager-override');
    await password.fill(S01_MANAGER.password);
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();

    await page.getByText(`Approved by ${S01_MANAGER.staffId} for this edit.`, { exact: true }).waitFor();
    expect(await dialog.isVisible()).toBe(false);
    // What the trainee typed before stayed: one boot more, 12.95 of deposit to pay.
    await expect
      .poll(() => previewFigures(page))
      .toEqual({
        'New order total': '€388.50',
        'Required deposit': '€38.85',
        'To pay now': '€12.95',
        Refund: '€0.00',
      });
    await page.getByLabel('Handed over (€)', { exact: true }).fill('15');
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();

    expect(await shownReceipt(page, order.number)).toMatchObject({
      'Cash: paid': '€12.95',
      'Change given': '€2.05',
    });
    expect(plain(await page.locator('main').textContent())).toContain(`Approved by${S01_MANAGER.staffId}`);

    // R-SEC-2: HQ's history names who edited and who approved.
    const after = await readOrder<RtsOrder & { history: readonly HistoryEntry[] }>(s01, order.id);
    expect(after.lines[0]?.quantities.ordered).toBe(3);
    expect(after.history.at(-1)).toMatchObject({
      operation: 'edit',
      staffId: trainee.staffId,
      approvedBy: S01_MANAGER.staffId,
    });
  }, 120_000);

  it('R-EDT-1, R-CRE-2: a shipment goes to another of the customer’s addresses by another shipping mode; no money moves, so no receipt', async () => {
    // Anna gets an office address at HQ, which reaches S01 with job 1010 (customers).
    const anna = bodyOf(await pos.system.backOffice.get<Customer>('/customers/C-1001'), 200, 'Anna');
    const office = {
      id: 'C-1001-office',
      name: 'Anna de Vries',
      street: 'Keizersgracht 100',
      postalCode: '1015 CV',
      city: 'Amsterdam',
      country: 'NL',
    };
    bodyOf(
      await pos.system.backOffice.put('/customers/C-1001', {
        ...anna,
        addresses: [...anna.addresses.filter((a) => a.id !== office.id), office],
      }),
      200,
      'Anna’s office address',
    );
    await pos.system.kassa.runDistributionJobs(['1010']);
    // 10 % of 2495 + 695.
    const { order, page, shipment } = await shippedToAnnaInEdit('LAMP-HEAD', 319);
    const address = shipment.getByLabel(/^Address of /);
    await expect
      .poll(() => address.locator('option').allTextContents())
      .toEqual([
        'Anna de Vries, Prinsengracht 263, 1016 GV Amsterdam, NL',
        'Anna de Vries, Keizersgracht 100, 1015 CV Amsterdam, NL',
      ]);
    await address.selectOption({ label: 'Anna de Vries, Keizersgracht 100, 1015 CV Amsterdam, NL' });
    await shipment.getByLabel(/^Shipping mode of /).selectOption('DHL');
    // The same goods, charge and date: the order's money stays as it was.
    await expect
      .poll(() => previewFigures(page))
      .toEqual({
        'New order total': '€31.90',
        'Required deposit': '€3.19',
        'To pay now': '€0.00',
        Refund: '€0.00',
      });
    await pos.screenshot(page, 'edit-shipment-address');
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();

    await page.getByRole('heading', { name: `Order ${order.number}`, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/orders/${order.id}`);
    // The details say where the lamp goes now.
    await page.getByText(/Ship to Anna de Vries, Keizersgracht 100, 1015 CV Amsterdam, NL by DHL/).waitFor();
    const after = await read(order);
    expect(after.shipments).toHaveLength(1);
    expect(after.shipments[0]).toMatchObject({
      modeOfDelivery: 'DHL',
      address: { street: 'Keizersgracht 100', postalCode: '1015 CV', city: 'Amsterdam' },
    });
    expect(after.money).toMatchObject({ total: 3190, paid: 319 });
  }, 120_000);
});
