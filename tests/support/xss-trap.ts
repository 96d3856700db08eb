import type { Page } from '@playwright/test';

/**
 * Catches script and markup injected from hostile text: every payload of the XSS stories calls
 * top.__xssHit(); the returned check lists the calls, and the elements left with an inline handler, a
 * script URL or a frame.
 */
export async function trap(page: Page): Promise<() => Promise<string[]>> {
  const hits: string[] = [];
  await page.exposeFunction('__xssHit', (what: unknown) => hits.push(String(what)));
  return async () => {
    // A payload that became markup would leave an element with an inline handler or a script URL behind.
    const injected = await page.evaluate(() =>
      [...document.querySelectorAll('main *, dialog *')]
        .filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)) || el.tagName === 'IFRAME' || el.tagName === 'OBJECT' || el.tagName === 'EMBED')
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    return [...hits.map((h) => `executed ${h}`), ...injected.map((h) => `markup ${h}`)];
  };
}
