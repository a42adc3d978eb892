import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSection, runJob, signInToBackOffice } from '../src/back-office-steps.ts';
import { errorAt, rowTexts, usePosBrowser } from '../src/browser.ts';
import { addByCode, cashAmount, newTransactionFor, signInAtHome, takeCash } from '../src/pos-steps.ts';

/**
 * The back office's master data (issue 7, SPEC §1): what head office creates there reaches a store only
 * through the distribution job that carries it (1040 products, 1060 staff), and then works at its POS.
 * Demo data: TENT-2P exists; groups Cashier and Manager; S01 Amsterdam, S02 Utrecht, DC1.
 */

const LANTERN = { sku: 'LANTERN-STORM', name: 'Storm lantern', barcode: '8712345009990' };
const FEMKE = { number: 'C-2001', name: 'Femke de Boer' };
const NINA = { staffId: 'S01-nina', password: 'nina-kassa-1' };

/** The text of each row of the body of the table named `table`, as read. */
const tableRows = (page: Page, table: string) =>
  rowTexts(page.getByRole('table', { name: table, exact: true }));

describe('the back office keeps the master data the stores work with (issue 7, SPEC §1)', () => {
  const browser = usePosBrowser();

  it('R-MON-4, R-CRE-6: a product created in the back office (a taken SKU and a price of three decimals refused at their fields) with stock at S01 is not at S01 until job 1040 runs, then sold there', async () => {
    const office = await browser.openBackOffice();
    await signInToBackOffice(office);
    await openSection(office, 'Products');
    await office
      .getByText(
        'Changes on this page reach the stores only when distribution job 1040 runs: on its schedule, or now.',
        {
          exact: true,
        },
      )
      .waitFor();
    await expect
      .poll(() => tableRows(office, 'Products'))
      .toContainEqual(expect.stringMatching(/^TENT-2P Trekking tent for two /));

    await office.getByRole('link', { name: 'New product', exact: true }).click();
    await office.getByRole('heading', { level: 1, name: 'New product', exact: true }).waitFor();
    const sku = office.getByLabel('SKU', { exact: true });
    const price = office.getByLabel('Price incl. VAT (€)', { exact: true });
    const save = office.getByRole('button', { name: 'Save', exact: true });
    // A PUT of a SKU that exists would replace that product: the form refuses it at the SKU instead.
    await sku.fill('TENT-2P');
    await office.getByLabel('Name', { exact: true }).fill(LANTERN.name);
    await office.getByLabel('Barcode', { exact: true }).fill(LANTERN.barcode);
    await price.fill('34,955');
    await save.click();
    await expect.poll(() => errorAt(price)).toBe('Enter an amount of 0 or more, such as 12.50.');
    expect(await errorAt(sku)).toBeNull();
    await browser.screenshot(office, 'price refused at its field');
    await price.fill('34,95');
    await save.click();
    await expect.poll(() => errorAt(sku)).toBe('TENT-2P exists already. Open it from the list to change it.');
    await sku.fill(LANTERN.sku);
    await save.click();

    // Created: the product's own page, with its stock per location.
    await office
      .getByRole('heading', { level: 1, name: `${LANTERN.sku} ${LANTERN.name}`, exact: true })
      .waitFor();
    await office.getByText('Created at HQ. The stores get it when job 1040 runs.', { exact: true }).waitFor();
    expect(new URL(office.url()).pathname).toBe(`/products/${LANTERN.sku}/edit`);
    await expect
      .poll(() => tableRows(office, 'Stock per location'))
      .toEqual([
        expect.stringMatching(/^DC1 Distribution centre Tilburg 0 0 0/),
        expect.stringMatching(/^S01 Amsterdam 0 0 0/),
        expect.stringMatching(/^S02 Utrecht 0 0 0/),
      ]);
    await office.getByLabel('New on hand at S01 Amsterdam', { exact: true }).fill('6');
    await office.getByRole('button', { name: 'Set on hand at S01 Amsterdam', exact: true }).click();
    await expect
      .poll(() => tableRows(office, 'Stock per location'))
      .toContainEqual(expect.stringMatching(/^S01 Amsterdam 6 0 6/));
    expect(
      await browser.system.backOffice.get(`/stock?sku=${LANTERN.sku}&locationId=S01`).then((r) => r.body),
    ).toMatchObject({
      stock: [{ locationId: 'S01', sku: LANTERN.sku, onHand: 6, reserved: 0, available: 6 }],
    });
    await browser.screenshot(office, 'product created with stock at S01');

    // Before job 1040, S01 does not know the product.
    const pos = await browser.open('S01');
    await signInAtHome(pos);
    await pos.getByRole('button', { name: 'New transaction', exact: true }).click();
    const code = pos.getByLabel('Barcode or SKU', { exact: true });
    await addByCode(pos, LANTERN.barcode);
    await expect.poll(() => errorAt(code)).toBe('Not found at this store: check what you entered.');

    const outcome = await runJob(office, '1040');
    expect(outcome.S01).toMatch(/^Applied up to change \d+ \(\d+ new changes?\)$/);
    await browser.screenshot(office, 'job 1040 run');

    // After it, the scanner finds it, at the price set (VAT included), and it sells from S01's stock.
    await addByCode(pos, LANTERN.barcode);
    await expect
      .poll(() => tableRows(pos, 'Lines'))
      .toEqual([expect.stringMatching(/^Storm lantern LANTERN-STORM Carry out €34\.95/)]);
    await expect.poll(() => cashAmount(pos)).toBe('34.95');
    await takeCash(pos, 'Cash €34.95');
    await pos.getByRole('button', { name: 'Complete order', exact: true }).click();
    await pos.getByRole('heading', { name: /^Receipt of order / }).waitFor();
    await expect
      .poll(
        async () =>
          (
            await browser.system.backOffice.get<{ stock: { onHand: number }[] }>(
              `/stock?sku=${LANTERN.sku}&locationId=S01`,
            )
          ).body.stock[0]?.onHand,
      )
      .toBe(5);
  }, 180_000);

  it('R-SEC-1: in Dutch, a staff member created in the Cashier group (a short password refused at its field) cannot sign in at S01 until job 1060 runs, then can', async () => {
    const office = await browser.openBackOffice();
    await signInToBackOffice(office);
    await office.getByRole('button', { name: 'NL', exact: true }).click();
    await openSection(office, 'Personeel', 'nl');
    await expect
      .poll(() => tableRows(office, 'Personeel'))
      .toContainEqual('S01-cashier Sanne (cashier, Amsterdam) Cashier');
    await office
      .getByText(
        'Wijzigingen op deze pagina bereiken de winkels pas als distributietaak 1060 draait: volgens planning, of nu.',
        { exact: true },
      )
      .waitFor();

    await office.getByRole('link', { name: 'Nieuwe medewerker', exact: true }).click();
    await office.getByLabel('Personeelsnummer', { exact: true }).fill(NINA.staffId);
    await office.getByLabel('Naam', { exact: true }).fill('Nina (kassa, Amsterdam)');
    await office.getByLabel('Cashier', { exact: true }).check();
    const password = office.getByLabel('Wachtwoord', { exact: true });
    await password.fill('kort');
    const save = office.getByRole('button', { name: 'Opslaan', exact: true });
    await save.click();
    await expect.poll(() => errorAt(password)).toBe('Vul een wachtwoord in van minstens 8 tekens.');
    await browser.screenshot(office, 'short password refused in Dutch');
    await password.fill(NINA.password);
    await save.click();
    await office
      .getByText(
        'Aangemaakt op het hoofdkantoor. De nieuwe medewerker kan zich in de winkels aanmelden zodra taak 1060 heeft gedraaid.',
        { exact: true },
      )
      .waitFor();
    expect(await browser.system.backOffice.get('/staff').then((r) => r.body)).toMatchObject({
      staff: expect.arrayContaining([
        { id: NINA.staffId, name: 'Nina (kassa, Amsterdam)', groups: ['Cashier'] },
      ]),
    });

    // The store checks sign-ins against what job 1060 brought it: Nina is not there yet.
    await expect(browser.system.store('S01').signIn(NINA.staffId, NINA.password, 'R2')).rejects.toThrow(
      /401/,
    );

    const outcome = await runJob(office, '1060', 'nl');
    expect(outcome.S01).toMatch(/^Verwerkt tot en met wijziging \d+ \(\d+ nieuwe wijziging(en)?\)$/);
    await browser.screenshot(office, 'staff member created and job 1060 run');

    const pos = await browser.open('S01');
    await signInAtHome(pos, { staff: NINA, register: 'R2' });
    await pos.getByRole('button', { name: 'New transaction', exact: true }).click();
    await pos.getByLabel('Barcode or SKU', { exact: true }).waitFor();
  }, 180_000);

  it('a customer created in the back office with two addresses (an e-mail refused at its field) reaches S01 with both addresses only when job 1010 runs, and the POS finds them', async () => {
    const office = await browser.openBackOffice();
    await signInToBackOffice(office);
    await openSection(office, 'Customers');
    await office.getByRole('link', { name: 'New customer', exact: true }).click();
    await office.getByLabel('Customer number', { exact: true }).fill(FEMKE.number);
    await office.getByLabel('Name', { exact: true }).fill(FEMKE.name);
    const email = office.getByLabel('E-mail', { exact: true });
    await email.fill('femke@');
    await office.getByLabel('Phone', { exact: true }).fill('+31 6 5555 0101');
    for (const [n, street, postalCode, city] of [
      [1, 'Vismarkt 5', '9712 CA', 'Groningen'],
      [2, 'Stationsplein 1', '8011 CW', 'Zwolle'],
    ] as const) {
      await office.getByRole('button', { name: 'Add an address', exact: true }).click();
      expect(await office.getByLabel(`Address ${n}: Address id`, { exact: true }).inputValue()).toBe(
        `${FEMKE.number}-${n}`,
      );
      await office.getByLabel(`Address ${n}: Street and number`, { exact: true }).fill(street);
      await office.getByLabel(`Address ${n}: Postal code`, { exact: true }).fill(postalCode);
      await office.getByLabel(`Address ${n}: City`, { exact: true }).fill(city);
    }
    const save = office.getByRole('button', { name: 'Save', exact: true });
    await save.click();
    await expect.poll(() => errorAt(email)).toBe('Enter an e-mail address such as name@example.nl.');
    await email.fill('femke@example.nl');
    await save.click();
    await office.getByText('Created at HQ. The stores get it when job 1010 runs.', { exact: true }).waitFor();
    await browser.screenshot(office, 'customer created with two addresses');

    const till = await browser.system.store('S01').signIn('S01-cashier', 'kassa-cashier', 'R3');
    expect((await till.get(`/customers/${FEMKE.number}`)).status).toBe(404);
    const outcome = await runJob(office, '1010');
    expect(outcome.S01).toMatch(/^Applied up to change \d+ \(\d+ new changes?\)$/);
    expect(await till.get(`/customers/${FEMKE.number}`).then((reply) => reply.body)).toMatchObject({
      number: FEMKE.number,
      name: FEMKE.name,
      addresses: [
        { id: `${FEMKE.number}-1`, city: 'Groningen' },
        { id: `${FEMKE.number}-2`, city: 'Zwolle' },
      ],
    });

    const pos = await browser.open('S01');
    await signInAtHome(pos);
    await newTransactionFor(pos, { search: 'femke', name: FEMKE.name });
    await pos.getByText(FEMKE.name).first().waitFor();
  }, 180_000);
});
