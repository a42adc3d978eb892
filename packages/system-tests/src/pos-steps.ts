import type { Page } from 'playwright-core';

/**
 * Steps at the POS as an associate takes them, in English, for browser tests that need the POS on their
 * way (the back office's tests see there what a change at HQ did). Demo data: packages/hq/src/demo.
 */

export interface Credentials {
  readonly staffId: string;
  readonly password: string;
}

export const S01_CASHIER: Credentials = { staffId: 'S01-cashier', password: 'kassa-cashier' };

/** Signs in to register `registerId` (R-SEC-1) and waits for Home. */
export async function signInToRegister(page: Page, who: Credentials = S01_CASHIER, registerId = 'R1') {
  await page.getByLabel('Staff id', { exact: true }).fill(who.staffId);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByLabel('Register', { exact: true }).fill(registerId);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'New transaction', exact: true }).waitFor();
}

/** From Home or a receipt: a new transaction for the customer found by `search` and chosen by `name`. */
export async function newTransactionFor(page: Page, customer: { search: string; name: string }) {
  await page.getByRole('button', { name: 'New transaction', exact: true }).click();
  await page.getByLabel('Name, e-mail, phone or number', { exact: true }).fill(customer.search);
  await page.getByRole('button', { name: 'Find customer', exact: true }).click();
  await page.getByRole('button', { name: `Choose ${customer.name}`, exact: true }).click();
  // The next change must go out on the cart's version with the customer, or the store refuses it as a
  // change made elsewhere (seen on a loaded machine when a scan followed at once).
  await page.getByRole('button', { name: 'Remove customer', exact: true }).waitFor();
}

/** A product by its barcode or SKU, as a scanner types it (ending with Enter). */
export async function addByCode(page: Page, code: string) {
  const field = page.getByLabel('Barcode or SKU', { exact: true });
  await field.fill(code);
  await field.press('Enter');
}

/** Pick up all lines at this store, on the date the form proposes; waits until the cart shows it. */
export async function pickUpAllHere(page: Page, store: string) {
  await page.getByRole('button', { name: 'Pick up all…', exact: true }).click();
  await page
    .getByRole('form', { name: 'Pickup' })
    .getByRole('button', { name: 'Pick up all', exact: true })
    .click();
  await page
    .getByText(new RegExp(`^Pick up at ${store} on `))
    .first()
    .waitFor();
}

/** The cash form's amount once HQ's figures have filled it in (the deposit still to pay). */
export function cashAmount(page: Page) {
  return page
    .getByRole('form', { name: 'Cash', exact: true })
    .getByLabel('Amount (€)', { exact: true })
    .inputValue();
}

/** Takes the amount the cash form holds; waits until the cart lists it, e.g. `Cash €20.00`. */
export async function takeCash(page: Page, listed: string) {
  await page
    .getByRole('form', { name: 'Cash', exact: true })
    .getByRole('button', { name: 'Take cash', exact: true })
    .click();
  await page.getByText(listed, { exact: true }).waitFor();
}

/** A list of terms and values (`dl`) labelled `name`, as an object, spaces as one plain space. */
export function facts(page: Page, name: string | RegExp): Promise<Record<string, string>> {
  return page
    .locator('dl')
    .filter({ has: page.locator('dt') })
    .and(page.getByLabel(name))
    .evaluate((list) =>
      Object.fromEntries(
        [...list.querySelectorAll('dt')].map((term) => [
          term.textContent?.replace(/\s+/g, ' '),
          term.nextElementSibling?.textContent?.replace(/\s+/g, ' ') ?? '',
        ]),
      ),
    );
}

/** What still keeps the cart from checkout (HQ's preview), one text per reason; none: []. */
export async function checkoutBlockers(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Before checkout' });
  if ((await list.count()) === 0) return [];
  return list.getByRole('listitem').allTextContents();
}
