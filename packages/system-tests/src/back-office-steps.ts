import type { Page } from 'playwright-core';
import type { Credentials, Language } from './pos-steps.ts';

/** The demo's head-office user, with the back-office permission (packages/hq/src/demo/demo-data.ts). */
export const HQ_ADMIN: Credentials = { staffId: 'admin', password: 'kassa-admin' };

const LABELS: Record<Language, Record<'staffId' | 'password' | 'submit' | 'sections', string>> = {
  en: { staffId: 'Staff id', password: 'Password', submit: 'Sign in', sections: 'Sections' },
  nl: { staffId: 'Personeelsnummer', password: 'Wachtwoord', submit: 'Aanmelden', sections: 'Onderdelen' },
};

/**
 * Fills in the back office's sign-in form by its labels in `language`, which the screen must show already,
 * and sends it; does not wait for the outcome, so a refusal can be read.
 */
export async function submitBackOfficeSignIn(page: Page, who: Credentials, language: Language = 'en') {
  const labels = LABELS[language];
  await page.getByLabel(labels.staffId, { exact: true }).fill(who.staffId);
  await page.getByLabel(labels.password, { exact: true }).fill(who.password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

/** Signs in to the back office, in Dutch after switching to it, and waits for its navigation. */
export async function signInToBackOffice(page: Page, who: Credentials = HQ_ADMIN, language: Language = 'en') {
  if (language === 'nl') await page.getByRole('button', { name: 'NL', exact: true }).click();
  await submitBackOfficeSignIn(page, who, language);
  await page.getByRole('navigation', { name: LABELS[language].sections }).waitFor();
}

/** Goes to a section by the navigation, in the language on screen, and waits for its heading. */
export async function openSection(page: Page, name: string, language: Language = 'en') {
  await page
    .getByRole('navigation', { name: LABELS[language].sections })
    .getByRole('link', { name, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

const JOB_LABELS: Record<Language, (job: string) => { run: string; outcome: string }> = {
  en: (job) => ({ run: `Run job ${job} now`, outcome: `Outcome of job ${job}` }),
  nl: (job) => ({ run: `Taak ${job} nu uitvoeren`, outcome: `Resultaat van taak ${job}` }),
};

/**
 * Runs distribution job `job` by the button of the page on screen (in the language on screen); answers the
 * outcome's rows as read, the result per store.
 */
export async function runJob(
  page: Page,
  job: string,
  language: Language = 'en',
): Promise<Record<string, string>> {
  const labels = JOB_LABELS[language](job);
  await page.getByRole('button', { name: labels.run, exact: true }).click();
  const outcome = page.getByRole('table', { name: labels.outcome, exact: true });
  await outcome.waitFor();
  const rows = await outcome
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return Object.fromEntries(rows.map(([store, result]) => [store, result]));
}
