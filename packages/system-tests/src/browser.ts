import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type StoreId, type System, startSystem } from './system.ts';

/** Debian's Chromium (.ci/run installs it); Playwright's own browser builds cannot be downloaded here. */
const CHROMIUM = process.env.KASSA_CHROMIUM ?? '/usr/bin/chromium';

/** Where each browser test leaves a picture of its last screen (gitignored). */
const SCREENSHOTS = resolve(import.meta.dirname, '../../../artifacts/screenshots');

/**
 * Long enough for the store's status to change (a poll every 5 s, HQ's answer kept 3 s), and for a step on
 * a machine whose two cores also run the other test files (15 s was seen to run out there).
 */
export const STEP_TIMEOUT_MS = 30_000;

/** A counter's touch screen, landscape. */
const VIEWPORT = { width: 1280, height: 800 };
/** A desk at head office. */
const DESK_VIEWPORT = { width: 1440, height: 900 };

export interface PosBrowser {
  /**
   * Kassa as `npm start` runs it: HQ and both demo stores, each store serving the POS at `/` and HQ the
   * back office.
   */
  readonly system: System;
  /** A new page on the POS of `store`, in a browser context of its own: nothing remembered from before. */
  open(store: StoreId): Promise<Page>;
  /** A new page on HQ's back office (`/` of HQ), in a browser context of its own, at a desk's size. */
  openBackOffice(): Promise<Page>;
  /** Saves a picture of `page` now as `<test name>--<step>.png`, for a screen the test moves on from. */
  screenshot(page: Page, step: string): Promise<void>;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** A test's name, shortened to a file name; a step's name follows it whole. */
const fileName = (test: string, step?: string) =>
  [slug(test).slice(0, 100), ...(step ? [slug(step)] : [])].join('--');

/**
 * For one test file: starts Kassa and Chromium before its tests and stops both after them. Every test
 * opens its pages with `open` (a store's POS) or `openBackOffice`; after it, its last page is saved as `<test name>.png` under
 * artifacts/screenshots, whether it passed or not, and its browser contexts are closed.
 */
export function usePosBrowser(): PosBrowser {
  let system: System | undefined;
  let browser: Browser | undefined;
  let opened: { readonly context: BrowserContext; readonly page: Page }[] = [];
  let testName = '';

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Each is kept as soon as it runs, so afterAll stops it also when the other failed to start.
    await Promise.all([
      startSystem().then((started) => {
        system = started;
      }),
      chromium
        .launch({
          executablePath: CHROMIUM,
          // Chromium's sandbox refuses to run as root, which CI is.
          args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
        })
        .then((launched) => {
          browser = launched;
        }),
    ]);
  }, 120_000);

  const save = async (page: Page, step?: string) => {
    await page.screenshot({ path: join(SCREENSHOTS, `${fileName(testName, step)}.png`), fullPage: true });
  };

  beforeEach((context) => {
    testName = context.task.name;
  });

  afterEach(async () => {
    const last = opened.at(-1)?.page;
    if (last && !last.isClosed()) await save(last);
    await Promise.all(opened.map(({ context }) => context.close()));
    opened = [];
  });

  afterAll(async () => {
    await browser?.close();
    await system?.close();
  }, 30_000);

  const started = () => {
    if (!system || !browser) throw new Error('usePosBrowser: the system is not started (beforeAll failed?)');
    return { system, browser };
  };

  const openPage = async (url: string, viewport: typeof VIEWPORT) => {
    const context = await started().browser.newContext({ viewport, locale: 'en-GB' });
    // A step that waits longer than this fails on its own, naming what it waited for, before the test times out.
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    const page = await context.newPage();
    opened.push({ context, page });
    await page.goto(`${url}/`);
    return page;
  };

  return {
    get system() {
      return started().system;
    },
    open: (store) => openPage(started().system.kassa.stores[store].url, VIEWPORT),
    openBackOffice: () => openPage(started().system.kassa.hq.url, DESK_VIEWPORT),
    screenshot: save,
  };
}

/** The error shown at an input: the text of what its `aria-describedby` names, as a screen reader reads it. */
export function errorAt(input: Locator): Promise<string | null> {
  return input.evaluate((element) => {
    if (element.getAttribute('aria-invalid') !== 'true') return null;
    const id = element.getAttribute('aria-describedby');
    return (id && document.getElementById(id)?.textContent) || null;
  });
}

/** Text as read: each run of spaces as one plain space (Dutch amounts have a no-break space: € 1,00), trimmed. */
export const plain = (text: string | null) => text?.replace(/\s+/g, ' ').trim() ?? '';

/** The text of each row of a table's body as a person reads it, cells apart by one space. */
export function rowTexts(table: Locator): Promise<string[]> {
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, cells apart, is the point.
      (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    ),
  );
}

/** Every line of text on the page a person can see, trimmed, in order. */
export function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, laid out in lines, is the point.
    document.body.innerText
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
}

/** The controls on the page smaller than `size` px either way, named, for a touch screen. */
export function smallTargets(page: Page, size = 48): Promise<string[]> {
  return page.evaluate((minimum) => {
    const controls = document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]');
    return [...controls]
      .filter((control) => control.offsetParent !== null)
      .map((control) => ({ control, box: control.getBoundingClientRect() }))
      .filter(({ box }) => box.width < minimum || box.height < minimum)
      .map(
        ({ control, box }) =>
          `${control.tagName} "${control.textContent || control.getAttribute('aria-label') || ''}" ${box.width}×${box.height}`,
      );
  }, size);
}

/** How the focused element shows its focus: the width of its outline in px (0: none). */
export function focusRingWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 0;
    const style = getComputedStyle(focused);
    return style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth);
  });
}
