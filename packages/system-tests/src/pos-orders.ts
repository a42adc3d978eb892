import type { Page } from 'playwright-core';
import type { PosBrowser } from './browser.ts';
import { facts, type Language, type SignIn, signInAt } from './pos-steps.ts';
import type { StoreId } from './system.ts';

/**
 * An order's screens at the POS (issue 6: details, pick up, cancel, return, edit, pick and pack), reached
 * by their address as an associate does who follows a link, and HQ's preview on them.
 */

/** The address of an order's details at the POS of `store`, or of the screen `screen` (`/pick-up`, …) below them. */
export function orderAddress(pos: PosBrowser, store: StoreId, idOrNumber: string, screen = ''): string {
  return `${pos.system.kassa.stores[store].url}/orders/${encodeURIComponent(idOrNumber)}${screen}`;
}

/**
 * A new page on the POS of `store` at an order's details (or its `screen`), signed in: the POS asks for the
 * sign-in first and then shows the screen asked for, which the test waits for.
 */
export async function signInAtOrder(
  pos: PosBrowser,
  store: StoreId,
  idOrNumber: string,
  { screen = '', ...signIn }: SignIn & { readonly screen?: string } = {},
): Promise<Page> {
  const page = await pos.open(store);
  await page.goto(orderAddress(pos, store, idOrNumber, screen));
  await signInAt(page, signIn);
  return page;
}

/**
 * HQ's preview figures on an operation's screen (or, for an order the store holds, the store's), as the
 * associate reads them (`dt` → `dd`), each run of spaces as one plain space.
 */
export function previewFigures(page: Page): Promise<Record<string, string>> {
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

const RECEIPT: Record<Language, { heading: string; money: string }> = {
  en: { heading: 'Receipt of order', money: 'Money' },
  nl: { heading: 'Bon van order', money: 'Geld' },
};

/**
 * Waits for the receipt the POS shows after an operation on the order numbered `orderNumber` that gave
 * one (R-RCP-1), at `/receipts/:id`; answers its money (totals, tenders, cash handed over and change) as
 * the associate reads it.
 */
export async function shownReceipt(
  page: Page,
  orderNumber: string,
  language: Language = 'en',
): Promise<Record<string, string>> {
  await page
    .getByRole('heading', { name: `${RECEIPT[language].heading} ${orderNumber}`, exact: true })
    .waitFor();
  if (!new URL(page.url()).pathname.startsWith('/receipts/')) {
    throw new Error(`the receipt of order ${orderNumber} is shown at ${page.url()}, not at /receipts/`);
  }
  return facts(page, RECEIPT[language].money);
}
