import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { errorAt, focusRingWidth, smallTargets, usePosBrowser, visibleTexts } from '../src/browser.ts';
import { signInAtHome, submitRegisterSignIn } from '../src/pos-steps.ts';

const CASHIER = { staffId: 'S01-cashier', password: 'kassa-cashier', name: 'Sanne (cashier, Amsterdam)' };
const REGISTER = 'R1';

/** The header's facts (store, register, associate) by their labels, as the associate reads them. */
function headerFacts(page: Page): Promise<Record<string, string | undefined>> {
  return page.getByRole('banner').evaluate((header) => {
    const terms = [...header.querySelectorAll('dt')];
    return Object.fromEntries(terms.map((term) => [term.textContent, term.nextElementSibling?.textContent]));
  });
}

describe('the POS in Chromium: signing in to a register, its header, English and Dutch, and the HQ banner (issue 6)', () => {
  const pos = usePosBrowser();

  it('R-SEC-1: a wrong password is refused at the password field, in English, and everything typed stays', async () => {
    const page = await pos.open('S01');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await submitRegisterSignIn(page, { staff: { ...CASHIER, password: 'not-the-password' } });

    const password = page.getByLabel('Password', { exact: true });
    await expect.poll(() => errorAt(password)).toBe('Wrong staff id or password.');
    expect(await errorAt(page.getByLabel('Staff id', { exact: true }))).toBeNull();
    await expect.poll(() => password.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await page.getByLabel('Staff id', { exact: true }).inputValue()).toBe(CASHIER.staffId);
    expect(await password.inputValue()).toBe('not-the-password');
    expect(await page.getByLabel('Register', { exact: true }).inputValue()).toBe(REGISTER);
    expect(await smallTargets(page)).toEqual([]);
  }, 30_000);

  it('R-SEC-1: S01-cashier signs in to register R1 by keyboard alone, sees the store, the register and their name and what Home offers, and signs out', async () => {
    const page = await pos.open('S01');
    const staffId = page.getByLabel('Staff id', { exact: true });
    await expect.poll(() => staffId.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(3);
    await page.keyboard.type(CASHIER.staffId);
    await page.keyboard.press('Tab');
    await page.keyboard.type(CASHIER.password);
    await page.keyboard.press('Tab');
    await page.keyboard.type(REGISTER);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'What would you like to do?', exact: true }).waitFor();
    await expect
      .poll(() => headerFacts(page))
      .toEqual({ Store: 'S01 Amsterdam', Register: REGISTER, Associate: CASHIER.name });
    // Home offers each flow whose screen exists; one that does not exist yet is disabled and says so.
    expect(await page.getByRole('button', { name: 'Find an order', exact: true }).isEnabled()).toBe(true);
    let notYet = 0;
    for (const action of ['Find an order', 'New transaction']) {
      const button = page.getByRole('button', { name: action, exact: true });
      const disabled = await button.isDisabled();
      if (disabled) notYet++;
      expect(Boolean(await button.getAttribute('aria-describedby')), action).toBe(disabled);
    }
    expect(await page.getByText('Not available yet').count()).toBe(notYet);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await smallTargets(page)).toEqual([]);

    const signOut = page.getByRole('button', { name: 'Sign out', exact: true });
    await signOut.focus();
    expect(await focusRingWidth(page)).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sign in to a register', exact: true }).waitFor();
    // The register keeps its id for the next associate.
    expect(await page.getByLabel('Register', { exact: true }).inputValue()).toBe(REGISTER);
    expect(await page.getByLabel('Staff id', { exact: true }).inputValue()).toBe('');
  }, 30_000);

  it('switched to Dutch, every visible text of the sign-in screen and of Home changes, and the choice survives a reload and the next sign-in', async () => {
    const page = await pos.open('S01');
    await page.getByRole('heading', { name: 'Sign in to a register', exact: true }).waitFor();
    const signInEnglish = await visibleTexts(page);
    await signInAtHome(page, { staff: CASHIER });
    // The store's name comes with its status, a moment after Home shows.
    await expect.poll(() => headerFacts(page)).toMatchObject({ Store: 'S01 Amsterdam' });
    const homeEnglish = await visibleTexts(page);

    const dutch = page.getByRole('button', { name: 'NL', exact: true });
    await dutch.click();
    await page.getByRole('heading', { name: 'Wat wil je doen?', exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await dutch.getAttribute('aria-pressed')).toBe('true');
    const homeDutch = await visibleTexts(page);
    // What is the same in both languages is data (store, register, name) and the languages' own codes.
    const sameInBoth = ['S01 Amsterdam', REGISTER, CASHIER.name, 'EN', 'NL'];
    expect(homeEnglish).toEqual(expect.arrayContaining(sameInBoth));
    expect(homeDutch.filter((text) => homeEnglish.includes(text)).sort()).toEqual([...sameInBoth].sort());
    expect(homeDutch).toHaveLength(homeEnglish.length);

    await page.reload();
    await page.getByRole('heading', { name: 'Wat wil je doen?', exact: true }).waitFor();
    await expect.poll(() => headerFacts(page)).toMatchObject({ Winkel: 'S01 Amsterdam', Kassa: REGISTER });

    await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await page.getByRole('heading', { name: 'Aanmelden bij een kassa', exact: true }).waitFor();
    const signInDutch = await visibleTexts(page);
    expect(signInDutch.filter((text) => signInEnglish.includes(text)).sort()).toEqual(['EN', 'NL']);
    expect(signInDutch).toHaveLength(signInEnglish.length);
  }, 30_000);

  it('R-PRO-3: with HQ stopped a banner says, in Dutch, that HQ cannot be reached and that orders are then created asynchronously at the store; with HQ back it goes', async () => {
    const page = await pos.open('S01');
    await signInAtHome(page, { staff: CASHIER, language: 'nl' });
    expect(await page.getByRole('alert').count()).toBe(0);

    const { hq } = pos.system.kassa;
    await hq.stop();
    try {
      const banner = page.getByRole('alert');
      await banner.waitFor();
      expect(await banner.textContent()).toBe(
        'Het hoofdkantoor is niet bereikbaar.' +
          'Klantorders worden asynchroon in deze winkel aangemaakt en bereiken het hoofdkantoor zodra het weer bereikbaar is.',
      );
      await pos.screenshot(page, 'banner');
      // The demo stores fall back to async (R-PRO-3); the same banner in English:
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      expect(await banner.textContent()).toMatch(
        /^HQ cannot be reached\.\s*Customer orders are created asynchronously/,
      );
      await page.getByRole('button', { name: 'NL', exact: true }).click();
    } finally {
      await hq.start();
    }
    await page.getByRole('alert').waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: 'Wat wil je doen?', exact: true }).isVisible()).toBe(true);
  }, 60_000);
});
