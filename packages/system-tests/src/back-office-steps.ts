import type { Page } from 'playwright-core';
import type { Credentials } from './pos-steps.ts';

/** The demo's head-office user, with the back-office permission (packages/hq/src/demo/demo-data.ts). */
export const HQ_ADMIN: Credentials = { staffId: 'admin', password: 'kassa-admin' };

/** Fills in the back office's sign-in form and sends it, in English; does not wait for the outcome. */
export async function submitBackOfficeSignIn(page: Page, who: Credentials) {
  await page.getByLabel('Staff id', { exact: true }).fill(who.staffId);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in to the back office and waits for its navigation. */
export async function signInToBackOffice(page: Page, who: Credentials = HQ_ADMIN) {
  await submitBackOfficeSignIn(page, who);
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
}

/** Goes to a section by the navigation and waits for its heading. */
export async function openSection(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** Runs job 1070 by the button of the page on screen; answers the outcome's rows as read, per store. */
export async function runJob1070(page: Page): Promise<Record<string, string>> {
  await page.getByRole('button', { name: 'Run job 1070 now', exact: true }).click();
  const outcome = page.getByRole('table', { name: 'Outcome of job 1070', exact: true });
  await outcome.waitFor();
  const rows = await outcome
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return Object.fromEntries(rows.map(([store, result]) => [store, result]));
}
