import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 A/AA rules (axe-core tags). */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page as it is now, one line per element: "rule: selector — what to fix".
 *
 * axe-core itself, not @axe-core/playwright: its AxeBuilder evaluates axe's 560 kB source in the page
 * twice on every `analyze()`, and the accessibility stories check each page in four looks (two themes,
 * two widths) on one load. Injected once per page load, a run took 0.1-0.6 s instead of 0.8-2.5 s
 * (measured on the home, search and reports pages). These pages load no frames (a video's player is
 * added only when the reader presses Play), so running in the top document alone misses nothing.
 */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG_AA): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (values) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
  }, [...tags]);
}

/**
 * Shows the page in a theme as the toggle does (the `data-theme` attribute), with its final colours at
 * once: cards fade their colours (CSS transitions), and a contrast check made mid-fade reads dark text
 * on a background still white. The fades are run to their end rather than awaited: an animation
 * timeline can stand still (a page the browser does not paint), and a wait on it never ends.
 */
export async function showTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => {
    document.documentElement.dataset['theme'] = t;
    for (const fade of document.getAnimations()) if (fade instanceof CSSTransition) fade.finish();
  }, theme);
}
