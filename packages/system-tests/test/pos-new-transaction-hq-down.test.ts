import { describe, expect, it } from 'vitest';
import { usePosBrowser } from '../src/browser.ts';
import { signInAtHome } from '../src/pos-steps.ts';

/**
 * A new transaction while HQ cannot be reached (R-PRO-3, R-CRE-7): the demo stores fall back to making
 * the order themselves, so the sale goes on and the receipt shows a confirmation number. In a file of its
 * own, because it stops HQ. Demo data: LAMP-HEAD 2495.
 */

describe('a new transaction with HQ stopped (issue 6)', () => {
  const pos = usePosBrowser();

  it('R-PRO-3, R-CRE-7: with HQ stopped, a walk-in sale paid in cash is made at S01 itself, and its receipt shows the confirmation number; stock per store says it cannot be read', async () => {
    const page = await pos.open('S01');
    await signInAtHome(page);
    const { hq } = pos.system.kassa;
    await hq.stop();
    try {
      await page.getByRole('button', { name: 'New transaction', exact: true }).click();
      await page.getByRole('heading', { name: 'New transaction', exact: true }).waitFor();
      const code = page.getByLabel('Barcode or SKU', { exact: true });
      await code.fill('8712345000080');
      await code.press('Enter');
      await page.getByText('Head lamp', { exact: true }).waitFor();

      await page.getByRole('button', { name: 'Pick up all…', exact: true }).click();
      await page.getByText(/^Stock per store cannot be shown now\. HQ cannot be reached/).waitFor();
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();

      const cash = page.getByRole('form', { name: 'Cash', exact: true });
      await expect.poll(() => cash.getByLabel('Amount (€)', { exact: true }).inputValue()).toBe('24.95');
      await cash.getByLabel('Handed over (€)', { exact: true }).fill('25');
      await cash.getByRole('button', { name: 'Take cash', exact: true }).click();
      await page.getByText('Cash €24.95 (handed over €25.00, change €0.05)').waitFor();
      await page.getByRole('button', { name: 'Complete order', exact: true }).click();

      // The HQ order number comes once Synchronize orders has run: until then the confirmation number.
      await page.getByRole('heading', { name: /^Receipt of order S01-R1-\d{6}$/ }).waitFor();
      expect(await page.getByText('Confirmation number', { exact: true }).count()).toBe(1);
      expect(await page.getByText('Order number', { exact: true }).count()).toBe(0);
      expect(await page.getByText('Change given', { exact: true }).count()).toBe(1);
    } finally {
      await hq.start();
    }
  }, 90_000);
});
