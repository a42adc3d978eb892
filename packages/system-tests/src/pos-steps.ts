import type { Permission } from '@kassa/contracts';
import type { Page } from 'playwright-core';
import { bodyOf, type System } from './system.ts';

/**
 * Steps at the POS as an associate takes them (signing in, a new transaction, a cart paid in cash), for the
 * POS's browser tests and for the back office's, which see at the POS what a change at HQ did; one place
 * for each, so that a changed label is changed once. Demo data: packages/hq/src/demo.
 */

export interface Credentials {
  readonly staffId: string;
  readonly password: string;
}

export const S01_CASHIER: Credentials = { staffId: 'S01-cashier', password: 'kassa-cashier' };
/** May approve what a cashier may not (R-SEC-2): a lower charge, a larger shipping refund. */
export const S01_MANAGER: Credentials = { staffId: 'S01-manager', password: 'kassa-manager' };
/** Not in the demo data: `enrolTrainee` adds them, with the permissions a test gives the Trainee group. */
export const S01_TRAINEE: Credentials = { staffId: 'S01-trainee', password: 'kassa-trainee' };

/** The languages the POS speaks; a new page starts in English (the browser's locale is en-GB). */
export type Language = 'en' | 'nl';

/** Who signs in where, in which language; unset: S01's cashier at register R1, in English. */
export interface SignIn {
  readonly staff?: Credentials;
  readonly register?: string;
  readonly language?: Language;
}

const SIGN_IN_LABELS: Record<Language, Record<'staffId' | 'password' | 'register' | 'submit', string>> = {
  en: { staffId: 'Staff id', password: 'Password', register: 'Register', submit: 'Sign in' },
  nl: { staffId: 'Personeelsnummer', password: 'Wachtwoord', register: 'Kassa', submit: 'Aanmelden' },
};

/**
 * Fills in the sign-in form (R-SEC-1) by its labels in `language`, which the screen must show already, and
 * sends it. Waits for nothing: a refused sign-in stays on the form, a test reads what it says.
 */
export async function submitRegisterSignIn(
  page: Page,
  { staff = S01_CASHIER, register = 'R1', language = 'en' }: SignIn = {},
) {
  const labels = SIGN_IN_LABELS[language];
  await page.getByLabel(labels.staffId, { exact: true }).fill(staff.staffId);
  await page.getByLabel(labels.password, { exact: true }).fill(staff.password);
  await page.getByLabel(labels.register, { exact: true }).fill(register);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

/**
 * Signs in at a POS page just opened, in Dutch after switching to it. Waits for nothing: the POS goes on to
 * the address the page was opened at (Home, or an order's screen), and the test waits for that screen.
 */
export async function signInAt(page: Page, signIn: SignIn = {}) {
  if (signIn.language === 'nl') await page.getByRole('button', { name: 'NL', exact: true }).click();
  await submitRegisterSignIn(page, signIn);
}

const HOME: Record<Language, string> = { en: 'What would you like to do?', nl: 'Wat wil je doen?' };

/** Signs in at a POS page opened at Home (`pos.open`), as `signInAt` does, and waits for Home's heading. */
export async function signInAtHome(page: Page, signIn: SignIn = {}) {
  await signInAt(page, signIn);
  await page.getByRole('heading', { name: HOME[signIn.language ?? 'en'], exact: true }).waitFor();
}

/** From Home or a receipt: a new transaction for the customer found by `search` and chosen by `name`. */
export async function newTransactionFor(page: Page, customer: { search: string; name: string }) {
  await page.getByRole('button', { name: 'New transaction', exact: true }).click();
  await page.getByRole('heading', { name: 'New transaction', exact: true }).waitFor();
  await page.getByLabel('Name, e-mail, phone or number', { exact: true }).fill(customer.search);
  await page.getByRole('button', { name: 'Find customer', exact: true }).click();
  await page.getByRole('button', { name: `Choose ${customer.name}`, exact: true }).click();
  // The next change must go out on the cart's version with the customer, or the store refuses it as a
  // change made elsewhere (seen on a loaded machine when a scan followed at once).
  await page.getByRole('button', { name: 'Remove customer', exact: true }).waitFor();
}

/** A product by its barcode or SKU, as a scanner types it (ending with Enter), into the field labelled `label`. */
export async function addByCode(page: Page, code: string, label = 'Barcode or SKU') {
  const field = page.getByLabel(label, { exact: true });
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

/**
 * At the POS, from Home: a new transaction of one TENT-2P (€199.99) picked up at S01, for Chantal Bakker
 * (C-1003), whose deposit shows what S01's configuration asks (R-DEP-1, R-DEP-4).
 */
export async function tentToPickUpForChantal(page: Page) {
  await newTransactionFor(page, { search: 'chantal', name: 'Chantal Bakker' });
  await addByCode(page, 'TENT-2P');
  await pickUpAllHere(page, 'S01 Amsterdam');
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

/**
 * A trainee at S01 (`S01_TRAINEE`) in the group Trainee with only `permissions`, made in the back office
 * and brought to S01 by job 1060 (staff and permission groups), so that the trainee can sign in there and
 * needs a manager for the rest (R-SEC-1, R-SEC-2).
 */
export async function enrolTrainee(system: System, permissions: readonly Permission[]): Promise<Credentials> {
  const group = await system.backOffice.put('/permission-groups/Trainee', { name: 'Trainee', permissions });
  bodyOf(group, group.status === 200 ? 200 : 201, 'the trainee group');
  const staff = await system.backOffice.put(`/staff/${S01_TRAINEE.staffId}`, {
    id: S01_TRAINEE.staffId,
    name: 'Tim (trainee, Amsterdam)',
    groups: ['Trainee'],
    password: S01_TRAINEE.password,
  });
  bodyOf(staff, staff.status === 200 ? 200 : 201, 'the trainee');
  const [people] = await system.kassa.runDistributionJobs(['1060']);
  const run = people?.runs.find((candidate) => candidate.storeId === 'S01');
  if (run?.status !== 'applied') throw new Error(`job 1060 did not reach S01: ${JSON.stringify(run)}`);
  return S01_TRAINEE;
}
