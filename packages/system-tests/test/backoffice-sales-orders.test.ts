import type { CartChange, RtsOrder } from '@kassa/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { HQ_ADMIN, openSection, signInToBackOffice } from '../src/back-office-steps.ts';
import { errorAt, smallTargets, usePosBrowser } from '../src/browser.ts';
import { inDays } from '../src/dates.ts';
import { factsIn, listedNumbers, rows } from '../src/order-screens.ts';
import { S01_CASHIER } from '../src/pos-steps.ts';
import { orderThroughTheStore, shippedHome } from '../src/store-orders.ts';
import { bodyOf, type RegisterClient } from '../src/system.ts';

/**
 * Sales orders in the back office (issue 7, SPEC §6, R-PCK-5). Demo data: deposit 10 %; TENT-4P €449.00,
 * BOOT-42 €129.50; S01 pays later (NotRequired). The order: two tents shipped (€6.95 shipping) and boots
 * picked up at S01 = €1,034.45; deposit 10 % = €103.45 (R-MON-2) in cash, a card authorized for the rest.
 */
const SHIPPED_INVOICE = '€904.95'; // 2 × €449.00 + €6.95: the charge goes with the shipment's first invoice
const DEPOSIT = '€103.45';
const CAPTURED = '€801.50'; // the invoice less the deposit applied (R-PCK-3 applied to shipping, R-PCK-5)

/** Intl writes a no-break space between € and the amount in Dutch; people read a space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').trim();

describe('the back office’s sales orders: find, read, ship and invoice (issue 7, SPEC §6, R-PCK-5)', () => {
  const browser = usePosBrowser();
  let s01: RegisterClient;

  /**
   * An order made at S01 through the store's API: two tents shipped, boots picked up at S01; the deposit
   * in cash and a card authorized for the balance, to be captured when the goods go (R-DEP-4).
   */
  async function shippingOrder(customerNumber: string): Promise<RtsOrder> {
    const changes: CartChange[] = [
      { kind: 'setCustomer', customerNumber },
      { kind: 'addProduct', sku: 'TENT-4P', quantity: 2 },
      { kind: 'addProduct', sku: 'BOOT-42', quantity: 1 },
      {
        kind: 'setDelivery',
        lineIds: ['L1'],
        delivery: shippedHome(customerNumber, { requestedDate: inDays(3), charge: 695 }),
      },
      { kind: 'setDelivery', lineIds: ['L2'], delivery: { kind: 'pickup', storeId: 'S01', date: inDays(2) } },
    ];
    return orderThroughTheStore(s01, changes, ({ toCollect: deposit, orderTotal }) => [
      { kind: 'addCashPayment', amount: deposit },
      {
        kind: 'authorizeCard',
        card: { number: '4111 1111 1111 1111', expiry: '12/29' },
        amount: orderTotal - deposit,
      },
    ]);
  }

  beforeAll(async () => {
    s01 = await browser.system.store('S01').signIn(S01_CASHIER.staffId, S01_CASHIER.password, 'R1');
  }, 60_000);

  it('R-FND-1 R-PCK-5 R-MON-5: an order with a shipping line made at S01 is found by its number and by “To ship”, shipped whole from its details after HQ’s preview, and its invoice, status, ledger and history show it', async () => {
    const order = await shippingOrder('C-1001');
    expect(order.money.total).toBe(103445);
    const shipmentId = order.shipments[0]?.id ?? '';
    const office = await browser.openBackOffice();
    await signInToBackOffice(office);
    await openSection(office, 'Sales orders');
    expect(new URL(office.url()).pathname).toBe('/orders');

    // By its number.
    await office.getByLabel('Order number', { exact: true }).fill(order.number);
    await office.keyboard.press('Enter');
    await expect.poll(() => listedNumbers(office)).toEqual([order.number]);
    expect(new URL(office.url()).search).toBe(`?number=${order.number}`);

    // By the preset "To ship" (company-wide at HQ), with nothing else asked: the newest first.
    await office.getByRole('button', { name: 'Clear', exact: true }).click();
    const toShip = office.getByRole('button', { name: 'To ship', exact: true });
    await toShip.click();
    await expect.poll(async () => (await listedNumbers(office))[0]).toBe(order.number);
    expect(await toShip.getAttribute('aria-pressed')).toBe('true');
    expect(await office.getByRole('button', { name: 'To pick up', exact: true }).count()).toBe(1);
    expect(await smallTargets(office)).toEqual([]);
    await browser.screenshot(office, 'found by To ship');

    await office.getByRole('link', { name: new RegExp(order.number) }).click();
    await office.getByRole('heading', { name: `Order ${order.number}`, exact: true }).waitFor();
    expect(new URL(office.url()).pathname).toBe(`/orders/${order.id}`);
    expect(await factsIn(office.getByRole('region', { name: 'Order', exact: true }))).toMatchObject({
      'Order number': order.number,
      Customer: 'Anna de Vries (C-1001)',
      Store: 'S01',
    });
    const ship = office.getByRole('region', { name: `Ship shipment ${shipmentId}`, exact: true });
    const shipRows = await rows(ship.locator('table'));
    expect(shipRows.map((row) => row.slice(1, 4))).toEqual([
      ['Product', 'Open', 'Reserved'],
      [expect.stringMatching(/TENT-4P$/), '2', '2'],
    ]);
    // Every open line chosen, at what stock holds for it.
    expect(await ship.getByRole('checkbox', { name: /^Ship / }).isChecked()).toBe(true);
    expect(await ship.getByRole('textbox', { name: /to ship$/ }).inputValue()).toBe('2');

    // A quantity above what is open is refused at its input, before HQ is asked.
    const quantity = ship.getByRole('textbox', { name: /to ship$/ });
    await quantity.fill('3');
    await ship.getByRole('button', { name: 'Ship selected', exact: true }).click();
    await expect.poll(() => errorAt(quantity)).toBe('Enter a whole number from 1 to 2.');

    // Ship all: HQ's dry run first, nothing kept.
    await ship.getByRole('button', { name: 'Ship all', exact: true }).click();
    const preview = ship.getByRole('region', { name: 'Before shipping', exact: true });
    await preview.waitFor();
    expect(await factsIn(preview)).toEqual({
      'To invoice': SHIPPED_INVOICE,
      'Deposit applied': DEPOSIT,
      'Card captured': CAPTURED,
      'Left to pay on this invoice': '€0.00',
      // The boots, still to pick up: held on the card, not yet paid.
      'Order balance afterwards': '€129.50',
    });
    const unchanged = bodyOf(
      await browser.system.backOffice.get<RtsOrder>(`/orders/${order.id}`),
      200,
      'read',
    );
    expect(unchanged.version).toBe(order.version);
    await browser.screenshot(office, 'ship preview');

    await preview.getByRole('button', { name: 'Ship and invoice', exact: true }).click();
    // HQ is read once the screen says it shipped: before, the shipment may still be on its way.
    await office.getByRole('heading', { name: /^Shipped: invoice \S+$/ }).waitFor();
    const shipped = bodyOf(await browser.system.backOffice.get<RtsOrder>(`/orders/${order.id}`), 200, 'read');
    const invoice = shipped.invoices.find((candidate) => candidate.kind === 'shipment');
    const invoiceNumber = invoice?.number ?? '';
    await office.getByRole('heading', { name: `Shipped: invoice ${invoiceNumber}`, exact: true }).waitFor();
    expect(invoice).toMatchObject({ locationId: 'DC1', total: 90495 });
    expect(await rows(office.getByRole('table', { name: `Invoice ${invoiceNumber}`, exact: true }))).toEqual([
      ['Item', 'Quantity', 'Price', 'VAT', 'Amount'],
      [expect.stringMatching(/TENT-4P$/), '2', '€449.00', '21 %', '€898.00'],
      [expect.stringMatching(/^Shipping charge \(\w+\)$/), '', '', '21 %', '€6.95'],
      [expect.stringMatching(/^VAT 21 % over €\d+\.\d\d$/), expect.stringMatching(/^€\d+\.\d\d$/)],
      ['Total', SHIPPED_INVOICE],
    ]);

    // The order as HQ now holds it: partly delivered (the boots wait at S01), its money moved in the ledger.
    await expect
      .poll(async () => (await factsIn(office.getByRole('region', { name: 'Order', exact: true }))).Status)
      .toBe('Partly delivered');
    expect(await office.getByRole('region', { name: `Ship shipment ${shipmentId}` }).count()).toBe(0);
    const ledger = await rows(
      office.getByRole('region', { name: 'Money ledger', exact: true }).locator('table'),
    );
    const afterShipping = ledger.slice(1).filter((row) => row[3] === invoiceNumber);
    expect(afterShipping.map((row) => [row[1], row[4]])).toEqual(
      expect.arrayContaining([
        ['Invoiced', '€898.00'],
        ['Charge invoiced', '€6.95'],
        ['Deposit applied', DEPOSIT],
        ['Card captured', CAPTURED],
      ]),
    );
    const invoices = await rows(
      office.getByRole('region', { name: 'Invoices', exact: true }).locator('table'),
    );
    expect(invoices).toContainEqual([invoiceNumber, 'Shipment', expect.any(String), 'DC1', SHIPPED_INVOICE]);
    const history = await rows(office.getByRole('region', { name: 'History', exact: true }).locator('table'));
    expect(history.at(-1)?.slice(1, 4)).toEqual(['Shipped', 'admin', 'DC1 · HQ']);
    // What is left: the boots, €129.50, still held on the card until they are picked up.
    expect(await factsIn(office.getByRole('region', { name: 'Money', exact: true }))).toMatchObject({
      'Card authorized, not captured': '€129.50',
      Balance: '€129.50',
    });
    expect(shipped.status).toBe('partiallyDelivered');
    expect(shipped.money.authorizationOpen).toBe(12950);
    expect(await smallTargets(office)).toEqual([]);
  }, 120_000);

  it('R-FND-1 R-PCK-5: in Dutch, the order found by its customer and “Te verzenden”, a line shipped as chosen, every text Dutch and amounts as € 904,95', async () => {
    const order = await shippingOrder('C-1002');
    const office = await browser.openBackOffice();
    await signInToBackOffice(office, HQ_ADMIN, 'nl');
    await openSection(office, 'Verkooporders', 'nl');
    await office.getByLabel('Klant (naam, nummer, e-mail, telefoon)', { exact: true }).fill('C-1002');
    await office.getByRole('button', { name: 'Te verzenden', exact: true }).click();
    await expect.poll(() => listedNumbers(office)).toEqual([order.number]);
    await office.getByRole('link', { name: new RegExp(order.number) }).click();
    await office.getByRole('heading', { name: `Order ${order.number}`, exact: true }).waitFor();

    const ship = office.getByRole('region', { name: /^Zending .+ verzenden$/ });
    await ship.getByRole('button', { name: 'Selectie verzenden', exact: true }).click();
    const preview = ship.getByRole('region', { name: 'Voor het verzenden', exact: true });
    expect((await factsIn(preview))['Te factureren']).toBe('€ 904,95');
    await preview.getByRole('button', { name: 'Verzenden en factureren', exact: true }).click();
    const heading = office.getByRole('heading', { name: /^Verzonden: factuur / });
    await heading.waitFor();
    const table = office.getByRole('table', { name: /^Factuur / });
    expect((await rows(table)).at(-1)).toEqual(['Totaal', '€ 904,95']);
    await expect
      .poll(async () => (await factsIn(office.getByRole('region', { name: 'Gegevens', exact: true }))).Status)
      .toBe('Deels geleverd');
    expect(plain((await heading.textContent()) ?? '')).toMatch(/^Verzonden: factuur \S+$/);
  }, 120_000);

  it('R-FND-1: orders found by the store that took them and their status: only those of S01 and open, then partly delivered, then those of S02', async () => {
    // Three orders for C-1004: boots to pick up (open) at S01 and at S02, and at S01 a map carried out
    // with boots to pick up (partly delivered).
    const s02 = await browser.system.store('S02').signIn('S02-cashier', 'kassa-cashier', 'R1');
    const bootsToPickUp = (register: RegisterClient, storeId: string, withMap = false) =>
      orderThroughTheStore(register, [
        { kind: 'setCustomer', customerNumber: 'C-1004' },
        ...(withMap ? [{ kind: 'addProduct', sku: 'MAP-VELUWE', quantity: 1 } as const] : []),
        { kind: 'addProduct', sku: 'BOOT-42', quantity: 1 },
        {
          kind: 'setDelivery',
          lineIds: [withMap ? 'L2' : 'L1'],
          delivery: { kind: 'pickup', storeId, date: inDays(1) },
        },
      ]);
    const atS01 = await bootsToPickUp(s01, 'S01');
    const atS02 = await bootsToPickUp(s02, 'S02');
    const partly = await bootsToPickUp(s01, 'S01', true);
    expect([atS01.status, atS02.status, partly.status]).toEqual(['open', 'open', 'partiallyDelivered']);

    const office = await browser.openBackOffice();
    await signInToBackOffice(office);
    await openSection(office, 'Sales orders');
    const store = office.getByLabel('Store', { exact: true });
    const status = office.getByLabel('Status', { exact: true });
    const search = async (storeId: string, statusLabel: string) => {
      await store.selectOption(storeId);
      await status.selectOption({ label: statusLabel });
      await office.getByRole('button', { name: 'Search', exact: true }).click();
    };

    await office.getByLabel('Customer (name, number, e-mail, phone)', { exact: true }).fill('C-1004');
    await search('S01', 'Open');
    await expect.poll(() => listedNumbers(office)).toEqual([atS01.number]);
    expect(new URL(office.url()).search).toBe('?customer=C-1004&storeId=S01&status=open');
    await browser.screenshot(office, 'found by store and status');

    await search('S01', 'Partly delivered');
    await expect.poll(() => listedNumbers(office)).toEqual([partly.number]);
    await search('S02', 'Open');
    await expect.poll(() => listedNumbers(office)).toEqual([atS02.number]);
    // Back: the search before, its store and status chosen again.
    await office.goBack();
    await expect.poll(() => listedNumbers(office)).toEqual([partly.number]);
    expect([await store.inputValue(), await status.inputValue()]).toEqual(['S01', 'partiallyDelivered']);
    // Any store: both stores' open orders, the newest first.
    await store.selectOption({ label: 'Any store' });
    await status.selectOption('open');
    await office.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => listedNumbers(office)).toEqual([atS02.number, atS01.number]);
    expect(await smallTargets(office)).toEqual([]);
  }, 120_000);
});
