import type { Page } from '@playwright/test';

/**
 * Catches script and markup injected from hostile text: every payload of the XSS stories calls
 * top.__xssHit(); the check lists the calls, and every element with an inline handler, a script URL or
 * a frame that appeared anywhere in the page (the site itself has none).
 *
 * Markup is watched as it appears (a MutationObserver from the first byte of every page load), not only
 * looked for at the end: a story that types 24 payloads one after the other replaces each one's results
 * with the next, and a load replaces the whole page, so an element injected by any but the last would
 * be gone by then. The Content-Security-Policy stops inline handlers from running, so this is what shows
 * that a payload became markup at all.
 *
 * The stories install it with `test.use({ initScript: XSS_TRAP })` (a shared page of their own, see
 * shared-page.ts) and read it with `trap(page)`. It reports through the console: a binding
 * (`exposeFunction`) would outlive the story on the shared page.
 */
const PREFIX = '__xss ';

export const XSS_TRAP = `(${install.toString()})(${JSON.stringify(PREFIX)})`;

function install(prefix: string): void {
  const report = (what: string) => console.debug(`${prefix}${what}`);
  (window as unknown as { __xssHit(what: unknown): void }).__xssHit = (what) => report(`executed ${String(what)}`);
  const hostile = (el: Element) =>
    [...el.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)) || ['IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName);
  const inspect = (el: Element) => {
    if (hostile(el)) report(`markup ${el.outerHTML.slice(0, 80)}`);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') inspect(record.target as Element);
      for (const node of record.addedNodes) if (node instanceof Element) for (const el of [node, ...node.querySelectorAll('*')]) inspect(el);
    }
    // Markup comes in as elements; a script URL also through an attribute the page sets from text.
  }).observe(document, { childList: true, subtree: true, attributeFilter: ['href', 'src', 'action', 'formaction', 'data', 'srcdoc'] });
}

/** Starts listening to the trap on this story's page; the returned check lists what it caught. */
export function trap(page: Page): () => Promise<string[]> {
  const found = new Set<string>();
  page.on('console', (message) => {
    if (message.text().startsWith(PREFIX)) found.add(message.text().slice(PREFIX.length));
  });
  return async () => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve))); // the observer's last reports are in
    return [...found];
  };
}
