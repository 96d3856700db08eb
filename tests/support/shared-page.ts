import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * Where a story's page waits for the next story: a plain text file of the site it is on, not about:blank.
 * A page that leaves the site for about:blank gets a new renderer process at its next load (site
 * isolation): 0.83 cpu-s per load that way against 0.42 through the site's robots.txt (8 loads of two
 * articles, alternating, 5 rounds, one renderer instead of eight). Every test server answers it: with the
 * file, or, for a site under a base path, with a plain 404.
 */
function blankOfSameSite(url: string): string {
  return url.startsWith('http') ? new URL('/robots.txt', url).href : 'about:blank';
}

const waits = new WeakSet<Page>();

/**
 * Resolves once the scripts of the page `page` is on have run: what a story waits for after a navigation
 * it did not make with `goto` (a click on a link), before it presses a key the page's scripts listen to.
 */
export async function scriptsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset['scripts'] === 'ready' || !document.querySelector('template[data-after-first-paint]'));
}

/**
 * Makes `goto`, `reload`, `goBack` and `goForward` of `page` return once the page's scripts have run, as
 * they did when the scripts came before the load event: they start after the first paint now
 * (scripts/after-first-paint.js, which marks `<html data-scripts="ready">` then), and a story that pressed
 * `/` just after `goto` would press it before the search dialog listens. Pages without that script (a
 * redirect page, a plain file) answer at once.
 */
export function waitingForScripts(page: Page): Page {
  if (waits.has(page)) return page;
  waits.add(page);
  const scriptsRan = () => scriptsReady(page);
  for (const method of ['goto', 'reload', 'goBack', 'goForward'] as const) {
    const navigate = page[method].bind(page) as (...args: unknown[]) => ReturnType<Page['reload']>;
    Object.assign(page, {
      [method]: async (...args: unknown[]) => {
        const response = await navigate(...args);
        await scriptsRan();
        return response;
      },
    });
  }
  return page;
}

/**
 * `test` whose `page` is one page per worker, reused by the stories of a spec (and the next specs the
 * worker runs) instead of a new browser context and page for each. Opening a page starts a renderer
 * process: on the suite's two-core machine that cost more than most stories' own steps (0.7-1.7 s
 * measured under load, against 0.6 s for a page load in a warm page).
 *
 * Each story still starts clean: the page is left on a blank page of its site after it (blankOfSameSite,
 * so that its next `goto` is a real load even to the same URL and fragment), with no listeners, media
 * emulation or viewport of the story before, and the storage of the site it ended on (theme, tab choice)
 * and cookies cleared. What a shared page cannot undo is an init script: stories that need one name it
 * with `test.use({ initScript })` and get a page of their own that has it, as does a context option set
 * with `test.use` (JavaScript off, colour scheme). Stories that need an empty HTTP cache (counting
 * downloads) take `freshPage` instead. Clipboard access is granted to every shared page: the copy
 * buttons' stories read what was copied.
 */
export const test = base.extend<{ initScript: string | undefined; freshPage: Page }, { sharedPages: (options: BrowserContextOptions, initScript?: string) => Promise<Page> }>({
  /**
   * The source of a script for every page load of the stories (`test.use({ initScript })`), installed
   * once on their page. A string: Playwright would take a function given to `test.use` for a fixture.
   */
  initScript: [undefined, { option: true }],

  sharedPages: [
    async ({ browser }, use) => {
      const pages = new Map<string, Page>();
      await use(async (options, initScript) => {
        const key = JSON.stringify([options, initScript]);
        let page = pages.get(key);
        if (!page || page.isClosed()) {
          const context = await browser.newContext(options);
          await context.grantPermissions(['clipboard-read', 'clipboard-write']);
          if (initScript) await context.addInitScript(initScript);
          page = await context.newPage();
          pages.set(key, page);
        }
        return page;
      });
      await Promise.all([...pages.values()].map((p) => p.context().close()));
    },
    { scope: 'worker' },
  ],

  page: async ({ sharedPages, initScript, baseURL, javaScriptEnabled, colorScheme, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale }, use) => {
    const set = { baseURL, javaScriptEnabled, colorScheme, userAgent, deviceScaleFactor, isMobile, hasTouch, locale };
    const options: BrowserContextOptions = Object.fromEntries(Object.entries(set).filter(([, value]) => value !== undefined));
    const page = await sharedPages(options, initScript);
    // Without JavaScript nothing runs, not even the wait.
    if (javaScriptEnabled !== false) waitingForScripts(page);
    if (viewport) await page.setViewportSize(viewport);
    await use(page);
    if (page.isClosed()) return;
    page.removeAllListeners();
    await page.evaluate(() => {
      if (location.protocol.startsWith('http')) {
        localStorage.clear();
        sessionStorage.clear();
      }
    }).catch(() => undefined);
    await page.context().clearCookies();
    await page.emulateMedia({ media: null, colorScheme: colorScheme ?? null });
    await page.goto(blankOfSameSite(page.url())).catch(() => page.goto('about:blank'));
  },

  context: async ({ page }, use) => {
    await use(page.context());
  },

  /** A page in a new context, with an empty HTTP cache: for the stories that count what is downloaded. */
  freshPage: async ({ browser }, use) => {
    // The runner's `browser.newContext` applies the project's options (base URL, viewport).
    const context = await browser.newContext();
    await use(waitingForScripts(await context.newPage()));
    await context.close();
  },
});

export { expect } from '@playwright/test';
