import type {
  CartView,
  Receipt,
  RtsOperationReply,
  RtsOrder,
  StockLevel,
  StoreOperationReply,
} from '@kassa/contracts';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorAt, smallTargets, usePosBrowser } from '../src/browser.ts';
import { inDays } from '../src/dates.ts';
import { bodyOf, type RegisterClient } from '../src/system.ts';

/**
 * Return from an order's details at the POS of S01 (issue 6, SPEC §9), on the demo data
 * (packages/hq/src/demo/demo-data.ts): deposit 10 %, shipping refunds refunded, above €10.00 over an
 * order's returns a manager approves; BOOT-42 12950 (21 %). The orders are made and delivered through
 * the store's and HQ's APIs, which is faster than clicking; the return itself is clicked.
 */

const CASHIER = { staffId: 'S01-cashier', password: 'kassa-cashier' };
const MANAGER = { staffId: 'S01-manager', password: 'kassa-manager' };

/** Text with its spaces as one plain space each (Dutch amounts have a no-break space: € 1,00). */
const plain = (text: string | null) => text?.replace(/\s+/g, ' ').trim() ?? '';

type OrderRead = RtsOrder & {
  history: { operation: string; staffId: string | null; approvedBy: string | null }[];
};

async function signIn(page: Page, language: 'en' | 'nl' = 'en', staff = CASHIER) {
  if (language === 'nl') await page.getByRole('button', { name: 'NL', exact: true }).click();
  const labels =
    language === 'nl'
      ? { staffId: 'Personeelsnummer', password: 'Wachtwoord', register: 'Kassa', submit: 'Aanmelden' }
      : { staffId: 'Staff id', password: 'Password', register: 'Register', submit: 'Sign in' };
  await page.getByLabel(labels.staffId, { exact: true }).fill(staff.staffId);
  await page.getByLabel(labels.password, { exact: true }).fill(staff.password);
  await page.getByLabel(labels.register, { exact: true }).fill('R1');
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

/** HQ's preview figures as the associate reads them (`dt` → `dd`). */
function figures(page: Page): Promise<Record<string, string>> {
  return page
    .getByRole('region', { name: /^(HQ's preview|Voorbeeld van HQ)$/ })
    .locator('dl')
    .evaluate((list) =>
      Object.fromEntries(
        [...list.querySelectorAll('dt')].map((term) => [
          term.textContent ?? '',
          (term.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' '),
        ]),
      ),
    );
}

describe('Return from the order’s details at the POS (issue 6, SPEC §9)', () => {
  const pos = usePosBrowser();
  let s01: RegisterClient;
  /** Two boots picked up at S01 and paid in cash: the pickup invoice holds both. */
  let pickedUp: RtsOrder;
  /** The same, for the return in Dutch. */
  let pickedUpNl: RtsOrder;
  /** Two boots shipped by DC1 with €14.95 shipping, paid in cash at the counter. */
  let shipped: RtsOrder;

  async function checkOut(cart: CartView, amount?: number): Promise<RtsOrder> {
    const preview = bodyOf(
      await s01.post<RtsOperationReply>(`/carts/${cart.id}/checkout?preview=true`, {}),
      200,
      'preview',
    );
    const paid = bodyOf(
      await s01.post<CartView>(`/carts/${cart.id}/changes`, {
        version: cart.version,
        changes: [{ kind: 'addCashPayment', amount: amount ?? preview.effect.toCollect }],
      }),
      200,
      'pay',
    );
    const { receipt } = bodyOf(
      await s01.post<{ receipt: Receipt }>(`/carts/${paid.id}/checkout`, {}),
      201,
      'check out',
    );
    return bodyOf(await s01.get<RtsOrder>(`/orders/${receipt.order.id}`), 200, 'read the order');
  }

  async function cartOf(delivery: unknown): Promise<CartView> {
    const opened = bodyOf(await s01.post<CartView>('/carts'), 201, 'open a cart');
    return bodyOf(
      await s01.post<CartView>(`/carts/${opened.id}/changes`, {
        version: opened.version,
        changes: [
          { kind: 'setCustomer', customerNumber: 'C-1002' },
          { kind: 'addProduct', sku: 'BOOT-42', quantity: 2 },
          { kind: 'setDelivery', lineIds: ['L1'], delivery },
        ],
      }),
      200,
      'fill the cart',
    );
  }

  /** Two boots picked up at S01: deposit 25.90, then 233.10 in cash at the pickup. */
  async function bootsPickedUp(): Promise<RtsOrder> {
    const order = await checkOut(await cartOf({ kind: 'pickup', storeId: 'S01', date: inDays(1) }));
    const line = order.lines[0];
    bodyOf(
      await s01.post<StoreOperationReply>(`/orders/${order.id}/pick-up`, {
        version: order.version,
        lines: [{ lineId: line?.id, quantity: 2 }],
        payments: [{ method: 'cash', amount: 23310 }],
      }),
      200,
      'pick up both boots',
    );
    return bodyOf(await s01.get<RtsOrder>(`/orders/${order.id}`), 200, 'read the order');
  }

  const stockOf = async (sku: string, locationId: string): Promise<StockLevel> => {
    const reply = await pos.system.backOffice.get<{ stock: StockLevel[] }>(
      `/stock?sku=${sku}&locationId=${locationId}`,
    );
    const [level] = bodyOf(reply, 200, 'stock').stock;
    if (!level) throw new Error(`no stock of ${sku} at ${locationId}`);
    return level;
  };

  beforeAll(async () => {
    s01 = await pos.system.store('S01').signIn(CASHIER.staffId, CASHIER.password, 'R1');
    pickedUp = await bootsPickedUp();
    pickedUpNl = await bootsPickedUp();
    // 2 × 12950 + 1495 shipping, paid in full; DC1 ships it, which invoices it (R-PCK-5).
    const placed = await checkOut(
      await cartOf({
        kind: 'ship',
        addressId: 'C-1002-home',
        modeOfDelivery: 'DHL',
        requestedDate: inDays(2),
        charge: 1495,
      }),
      27395,
    );
    bodyOf(
      await pos.system.backOffice.post<unknown>(`/orders/${placed.id}/ship`, {
        version: placed.version,
        shipmentId: placed.shipments[0]?.id,
      }),
      200,
      'ship at HQ',
    );
    shipped = bodyOf(await s01.get<RtsOrder>(`/orders/${placed.id}`), 200, 'read the order');
  }, 120_000);

  it('R-RET-1, R-RET-2, R-RET-4, R-RCP-1: one of two boots picked up comes back: too many refused at the line, a reason required, the refund to cash previewed, the return receipt shown, the boot back in S01’s stock', async () => {
    const stockBefore = await stockOf('BOOT-42', 'S01');
    const page = await pos.open('S01');
    await page.goto(`${pos.system.kassa.stores.S01.url}/orders/${encodeURIComponent(pickedUp.id)}`);
    await signIn(page);
    await page.getByRole('button', { name: 'Return', exact: true }).click();
    await page.getByRole('heading', { name: `Return from order ${pickedUp.number}`, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/orders/${pickedUp.id}/return`);

    // R-RET-1: the pickup invoice, the only one; nothing chosen yet, so nothing to confirm.
    const invoice = pickedUp.invoices.find((candidate) => candidate.kind === 'pickup');
    const select = page.getByLabel('Invoice the items come back from', { exact: true });
    expect(await select.inputValue()).toBe(invoice?.id);
    expect(plain(await select.locator('option:checked').textContent())).toContain(
      `${invoice?.number} · Pickup`,
    );
    const confirm = page.getByRole('button', { name: 'Confirm return', exact: true });
    expect(await confirm.isDisabled()).toBe(true);

    const quantity = page.getByLabel('BOOT-42 Hiking boots, size 42 (returnable: 2)', { exact: true });
    await quantity.fill('3');
    await expect.poll(() => errorAt(quantity)).toBe('Enter a whole number, at most what is returnable.');
    expect(await confirm.isDisabled()).toBe(true);

    // R-RET-2: 129.50 back to the cash that paid the invoice; a pickup line has no shipping share.
    await quantity.fill('1');
    await expect
      .poll(() => figures(page))
      .toEqual({ Refund: '€129.50', 'Of which shipping': '€0.00', 'Back to Cash': '€129.50' });
    expect(plain(await page.getByText(/^HQ proposes/).textContent())).toContain('HQ proposes €0.00');

    // A reason is required (R-RET-1): said at its field, nothing sent.
    await confirm.click();
    const reason = page.getByLabel('Reason for the return', { exact: true });
    await expect.poll(() => errorAt(reason)).toBe('Enter the reason for the return.');
    await reason.fill('Too small');
    await expect.poll(() => errorAt(reason)).toBeNull();
    expect(await smallTargets(page)).toEqual([]);
    await pos.screenshot(page, 'return-preview');
    await confirm.click();

    await page.getByRole('heading', { name: /^Receipt of order / }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/receipts\//);
    const text = plain(await page.locator('main').textContent());
    expect(text).toContain('Return receipt');
    expect(text).toContain('ReasonToo small');
    expect(text).toMatch(/Return orderRET-\d+/);
    const lines = plain(await page.getByRole('table', { name: 'Lines' }).textContent());
    expect(lines).toContain('Hiking boots, size 42');
    expect(lines).toContain('-€129.50');
    const money = plain(await page.getByLabel('Money', { exact: true }).textContent());
    expect(money).toContain('Refund€129.50');
    expect(money).toContain('Cash: refunded€129.50');

    // R-RET-2, R-RET-4: the return order against the invoice, and the boot back on S01's shelf.
    const after = bodyOf(await s01.get<OrderRead>(`/orders/${pickedUp.id}`), 200, 'read the order');
    expect(after.returnOrders).toEqual([
      expect.objectContaining({
        invoiceId: invoice?.id,
        reason: 'Too small',
        total: 12950,
        shippingRefund: 0,
      }),
    ]);
    expect(after.lines[0]?.quantities).toMatchObject({ delivered: 2, invoiced: 2, returned: 1 });
    expect((await stockOf('BOOT-42', 'S01')).onHand).toBe(stockBefore.onHand + 1);
    expect(after.history.at(-1)).toMatchObject({
      operation: 'return',
      staffId: 'S01-cashier',
      approvedBy: null,
    });

    // The boot left can still come back: at most 1.
    await page.goto(`${pos.system.kassa.stores.S01.url}/orders/${encodeURIComponent(pickedUp.id)}/return`);
    await page.getByLabel('BOOT-42 Hiking boots, size 42 (returnable: 1)', { exact: true }).waitFor();
  }, 90_000);

  it('R-RET-3, R-SEC-2: a shipped boot comes back with a shipping refund of €12.00, above the €10.00 limit: HQ’s proposal shown, a wrong manager password said at its field, then approved; the receipt and the history name the manager', async () => {
    const page = await pos.open('S01');
    await page.goto(`${pos.system.kassa.stores.S01.url}/orders/${encodeURIComponent(shipped.id)}`);
    await signIn(page);
    await page.getByRole('button', { name: 'Return', exact: true }).click();
    await page.getByRole('heading', { name: `Return from order ${shipped.number}`, exact: true }).waitFor();

    await page.getByLabel('BOOT-42 Hiking boots, size 42 (returnable: 2)', { exact: true }).fill('1');
    // R-RET-3: the returned unit's share of the €14.95 charge over two boots: 7.48, and 129.50 for it.
    await expect
      .poll(() => figures(page))
      .toEqual({ Refund: '€136.98', 'Of which shipping': '€7.48', 'Back to Cash': '€136.98' });
    expect(plain(await page.getByText(/^HQ proposes/).textContent())).toContain('HQ proposes €7.48');

    // Another amount: more than the share, above what may be refunded without a manager.
    const shipping = page.getByLabel('Shipping refund (€)', { exact: true });
    await shipping.fill('12');
    await page.getByRole('button', { name: 'Apply refund', exact: true }).click();
    await expect
      .poll(() => figures(page))
      .toEqual({ Refund: '€141.50', 'Of which shipping': '€12.00', 'Back to Cash': '€141.50' });
    await page.getByText('The shipping refunds on this order exceed the limit', { exact: false }).waitFor();
    await page.getByLabel('Reason for the return', { exact: true }).fill('Damaged in transit');

    await page.getByRole('button', { name: 'Confirm return', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Manager approval' });
    await dialog.getByText('Approve a shipping refund of €12.00', { exact: true }).waitFor();
    await dialog.getByLabel("Manager's staff id", { exact: true }).fill(MANAGER.staffId);
    const password = dialog.getByLabel("Manager's password", { exact: true });
    await password.fill('wrong');
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => errorAt(password)).toBe('Wrong staff id or password of the manager.');
    expect(bodyOf(await s01.get<RtsOrder>(`/orders/${shipped.id}`), 200, 'read').returnOrders).toEqual([]);
    await pos.screenshot(page, 'return-manager-override');
    await password.fill(MANAGER.password);
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();

    await page.getByRole('heading', { name: /^Receipt of order / }).waitFor();
    const text = plain(await page.locator('main').textContent());
    expect(text).toContain('Approved byS01-manager');
    expect(text).toContain('Shipping refund-€12.00');
    expect(plain(await page.getByLabel('Money', { exact: true }).textContent())).toContain(
      'Cash: refunded€141.50',
    );

    const after = bodyOf(await s01.get<OrderRead>(`/orders/${shipped.id}`), 200, 'read the order');
    expect(after.returnOrders).toEqual([
      expect.objectContaining({ reason: 'Damaged in transit', shippingRefund: 1200, total: 14150 }),
    ]);
    expect(after.history.at(-1)).toMatchObject({
      operation: 'return',
      staffId: 'S01-cashier',
      approvedBy: 'S01-manager',
    });
    // The order's history on its details names the approver too (R-SEC-2, R-SEC-3).
    await page.goto(`${pos.system.kassa.stores.S01.url}/orders/${encodeURIComponent(shipped.id)}`);
    const history = page.getByRole('region', { name: 'History', exact: true });
    await expect.poll(async () => plain(await history.textContent())).toContain('S01-manager');
  }, 90_000);

  it('R-RET-1, R-RET-2, R-RCP-1: in Dutch, both boots come back: the refund previewed, the receipt in Dutch', async () => {
    const page = await pos.open('S01');
    await page.goto(`${pos.system.kassa.stores.S01.url}/orders/${encodeURIComponent(pickedUpNl.id)}`);
    await signIn(page, 'nl');
    await page.getByRole('button', { name: 'Retour', exact: true }).click();
    await page.getByRole('heading', { name: `Retour van order ${pickedUpNl.number}`, exact: true }).waitFor();

    const quantity = page.getByLabel('BOOT-42 Hiking boots, size 42 (retour mogelijk: 2)', { exact: true });
    await quantity.fill('twee');
    await expect.poll(() => errorAt(quantity)).toBe('Vul een heel getal in, hoogstens wat retour kan.');
    await quantity.fill('2');
    await expect
      .poll(() => figures(page))
      .toEqual({
        Terugbetaling: '€ 259,00',
        'Waarvan verzendkosten': '€ 0,00',
        'Terug naar Contant': '€ 259,00',
      });
    await page.getByRole('button', { name: 'Retour bevestigen', exact: true }).click();
    const reason = page.getByLabel('Reden van de retour', { exact: true });
    await expect.poll(() => errorAt(reason)).toBe('Vul de reden van de retour in.');
    await reason.fill('Past niet');
    await page.getByRole('button', { name: 'Retour bevestigen', exact: true }).click();

    await page.getByRole('heading', { name: /^Bon van order / }).waitFor();
    const text = plain(await page.locator('main').textContent());
    expect(text).toContain('Retourbon');
    expect(text).toContain('RedenPast niet');
    expect(text).toContain('€ -259,00');
    const after = bodyOf(await s01.get<RtsOrder>(`/orders/${pickedUpNl.id}`), 200, 'read the order');
    expect(after.lines[0]?.quantities).toMatchObject({ returned: 2 });
    // Nothing is left to return: the details no longer offer it.
    await page.goto(`${pos.system.kassa.stores.S01.url}/orders/${encodeURIComponent(pickedUpNl.id)}`);
    await page.getByRole('heading', { name: `Order ${pickedUpNl.number}`, exact: true }).waitFor();
    await page.getByRole('region', { name: 'Geschiedenis', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Retour', exact: true }).count()).toBe(0);
  }, 90_000);
});
