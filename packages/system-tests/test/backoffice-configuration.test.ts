import type { CommerceParameters } from '@kassa/contracts';
import { describe, expect, it } from 'vitest';
import {
  HQ_ADMIN,
  openSection,
  runJob,
  signInToBackOffice,
  submitBackOfficeSignIn,
} from '../src/back-office-steps.ts';
import { errorAt, STEP_TIMEOUT_MS, usePosBrowser } from '../src/browser.ts';
import {
  cashAmount,
  checkoutBlockers,
  facts,
  signInAtHome,
  takeCash,
  tentToPickUpForChantal,
} from '../src/pos-steps.ts';
import { bodyOf } from '../src/system.ts';

/**
 * The back office (issue 7) changes the configuration of the stores (SPEC §3), and the POS shows what it
 * did once job 1070 carried it. Demo data: deposit 10 %; TENT-2P 19999; customer C-1003 Chantal Bakker;
 * S01 pays later (NotRequired). The tests share one system: the first puts the deposit back.
 */

/** What HQ answers may take a while on a loaded machine: a poll waits as long as a step does. */
const WAIT = { timeout: STEP_TIMEOUT_MS };

describe('the back office sets what the stores work by (issue 7, SPEC §3)', () => {
  const browser = usePosBrowser();

  it('R-SEC-1, R-PAR-1, R-DEP-1: sign-in refused at the password (in Dutch, then English), then the deposit percentage set to 25 on the Commerce parameters page (120 refused at the field), job 1070 run, and a new order at S01 requires 25 %', async () => {
    const { system } = browser;
    const original = bodyOf(
      await system.backOffice.get<CommerceParameters>('/commerce-parameters'),
      200,
      'the Commerce parameters',
    );
    try {
      const office = await browser.openBackOffice();
      // In Dutch, then in English: the refusal follows the language switch.
      await office.getByRole('button', { name: 'NL', exact: true }).click();
      await submitBackOfficeSignIn(office, { ...HQ_ADMIN, password: 'niet-het-wachtwoord' }, 'nl');
      await expect
        .poll(() => errorAt(office.getByLabel('Wachtwoord', { exact: true })), WAIT)
        .toBe('Onjuist personeelsnummer of wachtwoord.');
      expect(await office.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
      await browser.screenshot(office, 'sign-in refused in Dutch');
      await office.getByRole('button', { name: 'EN', exact: true }).click();
      await expect
        .poll(() => errorAt(office.getByLabel('Password', { exact: true })), WAIT)
        .toBe('Wrong staff id or password.');

      await signInToBackOffice(office);
      const header = office.getByRole('banner');
      await header.getByText('Buiten & Co', { exact: true }).waitFor();
      await header.getByText('Head office (admin)', { exact: true }).waitFor();

      await openSection(office, 'Commerce parameters');
      const deposit = office.getByLabel('Default deposit percentage', { exact: true });
      expect(await deposit.inputValue()).toBe('10');
      for (const label of [
        'Cancellation charge percentage',
        'Cancellation charge code',
        'Shipping charge code',
        'Refund shipping charges',
        'Maximum amount without approval (€)',
        'Quote expiration (days)',
        'Pickup mode of delivery',
        'Carry-out mode of delivery',
      ]) {
        await office.getByLabel(label, { exact: true }).waitFor();
      }
      const save = office.getByRole('button', { name: 'Save', exact: true });

      await deposit.fill('120');
      await save.click();
      await expect
        .poll(() => errorAt(deposit), WAIT)
        .toBe('Enter a percentage from 0 to 100, with at most two decimals.');

      await deposit.fill('25');
      await save.click();
      await office
        .getByText(
          'Saved at HQ, which decides its orders with them from now on. The stores get them when job 1070 runs; until then, orders a store makes on its own use the old ones.',
          { exact: true },
        )
        .waitFor();
      expect(
        bodyOf(await system.backOffice.get('/commerce-parameters'), 200, 'the parameters saved'),
      ).toEqual({ ...original, defaultDepositPercent: 25 });

      const outcome = await runJob(office, '1070');
      expect(outcome.S01).toMatch(/^Applied up to change \d+ \(1 new change\)$/);
      expect(outcome.S02).toMatch(/^Applied up to change \d+ \(1 new change\)$/);
      await browser.screenshot(office, 'deposit 25 % saved and job 1070 run');

      // round(25 % × 19999) = round(4999.75) = 5000 (R-MON-2).
      const pos = await browser.open('S01');
      await signInAtHome(pos);
      await tentToPickUpForChantal(pos);
      await expect.poll(() => cashAmount(pos), WAIT).toBe('50.00');
      expect(await facts(pos, "HQ's figures")).toMatchObject({
        'Order total': '€199.99',
        'Deposit required': '€50.00',
      });
    } finally {
      bodyOf(
        await system.backOffice.put('/commerce-parameters', original),
        200,
        'the Commerce parameters put back',
      );
    }
  }, 120_000);

  it('R-PRO-1, R-DEP-4: the pay-later story of the source: "Card required" set for S01 in the back office; S01 still lets an order pay later until job 1070 runs from the back office, then asks for a card', async () => {
    const office = await browser.openBackOffice();
    await signInToBackOffice(office);
    await openSection(office, 'Functionality profiles');
    expect(await office.getByLabel('Store', { exact: true }).inputValue()).toBe('S01');
    await office
      .getByText(
        'Changes on this page reach the stores only when distribution job 1070 runs: on its schedule, or now.',
        { exact: true },
      )
      .waitFor();
    const requirement = office.getByLabel('Require payment for fulfillment', { exact: true });
    expect(await requirement.inputValue()).toBe('NotRequired');
    await requirement.selectOption({ label: 'Card required' });
    await office.getByRole('button', { name: 'Save', exact: true }).click();
    await office
      .getByText('Saved at HQ. S01 gets the profile when job 1070 runs.', { exact: true })
      .waitFor();
    await browser.screenshot(office, 'card required saved');

    // Before job 1070 the store works by the profile it has: the deposit alone completes the order.
    const pos = await browser.open('S01');
    await signInAtHome(pos);
    await tentToPickUpForChantal(pos);
    await expect.poll(() => cashAmount(pos), WAIT).toBe('20.00');
    await takeCash(pos, 'Cash €20.00');
    const complete = pos.getByRole('button', { name: 'Complete order', exact: true });
    await expect.poll(() => complete.isEnabled(), WAIT).toBe(true);
    expect(await checkoutBlockers(pos)).toEqual([]);
    await complete.click();
    await pos.getByRole('heading', { name: /^Receipt of order SO-/ }).waitFor();
    expect(await facts(pos, 'Money')).toMatchObject({ 'Deposit paid': '€20.00', Balance: '€179.99' });
    await browser.screenshot(pos, 'paid later before job 1070');

    // The profile, and the parameters the first test put back.
    const outcome = await runJob(office, '1070');
    expect(outcome.S01).toMatch(/^Applied up to change \d+ \(\d+ new changes?\)$/);
    await browser.screenshot(office, 'job 1070 run');

    // After it, the same order needs a card authorized for the balance (R-DEP-4).
    await tentToPickUpForChantal(pos);
    await takeCash(pos, 'Cash €20.00');
    await expect
      .poll(() => checkoutBlockers(pos), WAIT)
      .toEqual(['Pay later is off at this store: authorize a card for the balance.']);
    expect(await complete.isDisabled()).toBe(true);
    await pos.getByRole('form', { name: 'Card authorization for the balance', exact: true }).waitFor();
  }, 120_000);
});
