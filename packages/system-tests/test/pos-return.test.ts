import type {
  CartChange,
  CartDeliveryInput,
  RtsOrder,
  StockLevel,
  StoreOperationReply,
} from '@kassa/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorAt, plain, smallTargets, usePosBrowser } from '../src/browser.ts';
import { inDays } from '../src/dates.ts';
import { orderAddress, previewFigures, signInAtOrder } from '../src/pos-orders.ts';
import { S01_CASHIER, S01_MANAGER } from '../src/pos-steps.ts';
import { orderThroughTheStore, readOrder, shippedHome } from '../src/store-orders.ts';
import { bodyOf, type RegisterClient } from '../src/system.ts';

/**
 * Return from an order's details at the POS of S01 (issue 6, SPEC §9), on the demo data
 * (packages/hq/src/demo/demo-data.ts): deposit 10 %, shipping refunds refunded, above €10.00 over an
 * order's returns a manager approves; BOOT-42 12950 (21 %). The orders are made and delivered through
 * the store's and HQ's APIs, which is faster than clicking; the return itself is clicked.
 */

type OrderRead = RtsOrder & {
  history: { operation: string; staffId: string | null; approvedBy: string | null }[];
};

/** Two boots for Bram Jansen (C-1002), delivered by `delivery`. */
const twoBootsBy = (delivery: CartDeliveryInput): CartChange[] => [
  { kind: 'setCustomer', customerNumber: 'C-1002' },
  { kind: 'addProduct', sku: 'BOOT-42', quantity: 2 },
  { kind: 'setDelivery', lineIds: ['L1'], delivery },
];

describe('Return from the order’s details at the POS (issue 6, SPEC §9)', () => {
  const pos = usePosBrowser();
  let s01: RegisterClient;
  /** Two boots picked up at S01 and paid in cash: the pickup invoice holds both. */
  let pickedUp: RtsOrder;
  /** The same, for the return in Dutch. */
  let pickedUpNl: RtsOrder;
  /** Two boots shipped by DC1 with €14.95 shipping, paid in cash at the counter. */
  let shipped: RtsOrder;

  /** Two boots picked up at S01: deposit 25.90, then 233.10 in cash at the pickup. */
  async function bootsPickedUp(): Promise<RtsOrder> {
    const order = await orderThroughTheStore(
      s01,
      twoBootsBy({ kind: 'pickup', storeId: 'S01', date: inDays(1) }),
    );
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
    return readOrder(s01, order.id);
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
    s01 = await pos.system.store('S01').signIn(S01_CASHIER.staffId, S01_CASHIER.password, 'R1');
    pickedUp = await bootsPickedUp();
    pickedUpNl = await bootsPickedUp();
    // 2 × 12950 + 1495 shipping, paid in full; DC1 ships it, which invoices it (R-PCK-5).
    const placed = await orderThroughTheStore(
      s01,
      twoBootsBy(shippedHome('C-1002', { requestedDate: inDays(2), charge: 1495, modeOfDelivery: 'DHL' })),
      [{ kind: 'addCashPayment', amount: 27395 }],
    );
    bodyOf(
      await pos.system.backOffice.post<unknown>(`/orders/${placed.id}/ship`, {
        version: placed.version,
        shipmentId: placed.shipments[0]?.id,
      }),
      200,
      'ship at HQ',
    );
    shipped = await readOrder(s01, placed.id);
  }, 120_000);

  it('R-RET-1, R-RET-2, R-RET-4, R-RCP-1: one of two boots picked up comes back: too many refused at the line, a reason required, the refund to cash previewed, the return receipt shown, the boot back in S01’s stock', async () => {
    const stockBefore = await stockOf('BOOT-42', 'S01');
    const page = await signInAtOrder(pos, 'S01', pickedUp.id);
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
      .poll(() => previewFigures(page))
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
    const after = await readOrder<OrderRead>(s01, pickedUp.id);
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
    await page.goto(orderAddress(pos, 'S01', pickedUp.id, '/return'));
    await page.getByLabel('BOOT-42 Hiking boots, size 42 (returnable: 1)', { exact: true }).waitFor();
  }, 90_000);

  it('R-RET-3, R-SEC-2: a shipped boot comes back with a shipping refund of €12.00, above the €10.00 limit: HQ’s proposal shown, a wrong manager password said at its field, then approved; the receipt and the history name the manager', async () => {
    const page = await signInAtOrder(pos, 'S01', shipped.id);
    await page.getByRole('button', { name: 'Return', exact: true }).click();
    await page.getByRole('heading', { name: `Return from order ${shipped.number}`, exact: true }).waitFor();

    await page.getByLabel('BOOT-42 Hiking boots, size 42 (returnable: 2)', { exact: true }).fill('1');
    // R-RET-3: the returned unit's share of the €14.95 charge over two boots: 7.48, and 129.50 for it.
    await expect
      .poll(() => previewFigures(page))
      .toEqual({ Refund: '€136.98', 'Of which shipping': '€7.48', 'Back to Cash': '€136.98' });
    expect(plain(await page.getByText(/^HQ proposes/).textContent())).toContain('HQ proposes €7.48');

    // Another amount: more than the share, above what may be refunded without a manager.
    const shipping = page.getByLabel('Shipping refund (€)', { exact: true });
    await shipping.fill('12');
    await page.getByRole('button', { name: 'Apply refund', exact: true }).click();
    await expect
      .poll(() => previewFigures(page))
      .toEqual({ Refund: '€141.50', 'Of which shipping': '€12.00', 'Back to Cash': '€141.50' });
    await page.getByText('The shipping refunds on this order exceed the limit', { exact: false }).waitFor();
    await page.getByLabel('Reason for the return', { exact: true }).fill('Damaged in transit');

    await page.getByRole('button', { name: 'Confirm return', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Manager approval' });
    await dialog.getByText('Approve a shipping refund of €12.00', { exact: true }).waitFor();
    await dialog.getByLabel("Manager's staff id", { exact: true }).fill(S01_MANAGER.staffId);
    const password = dialog.getByLabel("Manager's password", { exact: true });
    await password.fill('wrong');
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => errorAt(password)).toBe('Wrong staff id or password of the manager.');
    expect((await readOrder(s01, shipped.id)).returnOrders).toEqual([]);
    await pos.screenshot(page, 'return-manager-override');
    await password.fill(S01_MANAGER.password);
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();

    await page.getByRole('heading', { name: /^Receipt of order / }).waitFor();
    const text = plain(await page.locator('main').textContent());
    expect(text).toContain('Approved byS01-manager');
    expect(text).toContain('Shipping refund-€12.00');
    expect(plain(await page.getByLabel('Money', { exact: true }).textContent())).toContain(
      'Cash: refunded€141.50',
    );

    const after = await readOrder<OrderRead>(s01, shipped.id);
    expect(after.returnOrders).toEqual([
      expect.objectContaining({ reason: 'Damaged in transit', shippingRefund: 1200, total: 14150 }),
    ]);
    expect(after.history.at(-1)).toMatchObject({
      operation: 'return',
      staffId: 'S01-cashier',
      approvedBy: 'S01-manager',
    });
    // The order's history on its details names the approver too (R-SEC-2, R-SEC-3).
    await page.goto(orderAddress(pos, 'S01', shipped.id));
    const history = page.getByRole('region', { name: 'History', exact: true });
    await expect.poll(async () => plain(await history.textContent())).toContain('S01-manager');
  }, 90_000);

  it('R-RET-1, R-RET-2, R-RCP-1: in Dutch, both boots come back: the refund previewed, the receipt in Dutch', async () => {
    const page = await signInAtOrder(pos, 'S01', pickedUpNl.id, { language: 'nl' });
    await page.getByRole('button', { name: 'Retour', exact: true }).click();
    await page.getByRole('heading', { name: `Retour van order ${pickedUpNl.number}`, exact: true }).waitFor();

    const quantity = page.getByLabel('BOOT-42 Hiking boots, size 42 (retour mogelijk: 2)', { exact: true });
    await quantity.fill('twee');
    await expect.poll(() => errorAt(quantity)).toBe('Vul een heel getal in, hoogstens wat retour kan.');
    await quantity.fill('2');
    await expect
      .poll(() => previewFigures(page))
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
    const after = await readOrder(s01, pickedUpNl.id);
    expect(after.lines[0]?.quantities).toMatchObject({ returned: 2 });
    // Nothing is left to return: the details no longer offer it.
    await page.goto(orderAddress(pos, 'S01', pickedUpNl.id));
    await page.getByRole('heading', { name: `Order ${pickedUpNl.number}`, exact: true }).waitFor();
    await page.getByRole('region', { name: 'Geschiedenis', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Retour', exact: true }).count()).toBe(0);
  }, 90_000);
});
