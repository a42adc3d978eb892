import type { FunctionalityProfile } from '@kassa/contracts';
import { describe, expect, it } from 'vitest';
import { usePosBrowser } from '../src/browser.ts';
import { cashAmount, facts, signInAtHome, takeCash, tentToPickUpForChantal } from '../src/pos-steps.ts';
import { bodyOf } from '../src/system.ts';

/**
 * The pay-later rule at the POS (R-PRO-1, R-DEP-4): S01's profile is switched to "card required" at HQ
 * and reaches the store by job 1070; a new transaction then asks for a card authorization for the
 * balance. In a file of its own, because the switch holds for every test of the system it starts.
 * Demo data: deposit 10 %; TENT-2P 19999; customer C-1003 Chantal Bakker.
 */

describe('pay later disabled at S01, at the POS (issue 6)', () => {
  const pos = usePosBrowser();

  it('R-PRO-1, R-DEP-4: after "card required" reached S01 by job 1070, a deposit in cash is not enough: the POS asks for a card authorization for the balance, and the receipt shows it held', async () => {
    const { system } = pos;
    const original = bodyOf(
      await system.backOffice.get<FunctionalityProfile>('/functionality-profiles/S01'),
      200,
      'the profile of S01',
    );
    bodyOf(
      await system.backOffice.put('/functionality-profiles/S01', {
        ...original,
        requirePaymentForFulfillment: 'CardRequired',
      }),
      200,
      'card required at S01',
    );
    const [channel] = await system.kassa.runDistributionJobs(['1070']);
    expect(channel?.runs.find((run) => run.storeId === 'S01')).toMatchObject({ status: 'applied' });

    const page = await pos.open('S01');
    await signInAtHome(page);
    await tentToPickUpForChantal(page);

    // The deposit, round(10 % × 19999) = 2000, in cash.
    await expect.poll(() => cashAmount(page)).toBe('20.00');
    await takeCash(page, 'Cash €20.00');
    const blockers = page.getByRole('list', { name: 'Before checkout' });
    await expect
      .poll(() => blockers.textContent())
      .toBe('Pay later is off at this store: authorize a card for the balance.');
    expect(await page.getByRole('button', { name: 'Complete order', exact: true }).isDisabled()).toBe(true);

    const authorization = page.getByRole('form', { name: 'Card authorization for the balance', exact: true });
    expect(await authorization.getByLabel('Amount (€)', { exact: true }).inputValue()).toBe('179.99');
    await authorization.getByLabel('Card number', { exact: true }).fill('4111 1111 1111 1111');
    await authorization.getByLabel('Expiry', { exact: true }).fill('12/29');
    await authorization.getByRole('button', { name: 'Authorize card', exact: true }).click();
    await page.getByText('Card •••• 1111 authorized: €179.99', { exact: true }).waitFor();
    await blockers.waitFor({ state: 'detached' });
    await pos.screenshot(page, 'cart');

    await page.getByRole('button', { name: 'Complete order', exact: true }).click();
    await page.getByRole('heading', { name: /^Receipt of order SO-/ }).waitFor();
    expect(await facts(page, 'Money')).toMatchObject({
      Total: '€199.99',
      'Deposit paid': '€20.00',
      Balance: '€179.99',
      'Cash: paid': '€20.00',
      'Card •••• 1111: authorized': '€179.99',
    });
  }, 90_000);
});
