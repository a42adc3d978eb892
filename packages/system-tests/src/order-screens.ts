import type { Locator, Page } from 'playwright-core';

/**
 * Reading the order screens the POS and the back office share (packages/web-kit/src/orders): Find an
 * order's results and an order's details, as a person reads them. Intl writes a no-break space between €
 * and a Dutch amount (€ 1,00); these read it as a plain one.
 */

/** The numbers of the orders Find an order lists, top to bottom. */
export function listedNumbers(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: /Orders found|Gevonden orders/ })
    .locator('li > a > span:first-child')
    .evaluateAll((spans) => spans.map((span) => (span.firstChild?.textContent ?? '').trim()));
}

/** The terms and values (`dt` → `dd`) of the first list in `region`, as read. */
export function factsIn(region: Locator): Promise<Record<string, string>> {
  return region
    .locator('dl')
    .first()
    .evaluate((list) =>
      Object.fromEntries(
        [...list.querySelectorAll('dt')].map((term) => [
          term.textContent ?? '',
          (term.nextElementSibling?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '),
        ]),
      ),
    );
}

/** The rows of the table in `within` (a table, or a region holding one) as the texts of their cells; the header row first. */
export function rows(within: Locator): Promise<string[][]> {
  return within.evaluate((element) =>
    [...element.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) =>
        // biome-ignore lint/performance/useDomNodeTextContent: the cells' text as laid out, line breaks and all.
        (cell as HTMLElement).innerText.replace(/[\u00a0\u202f]/g, ' ').trim(),
      ),
    ),
  );
}
