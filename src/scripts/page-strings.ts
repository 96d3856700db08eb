/**
 * The interface strings a script shows, in its page's language: the page writes them as JSON into a
 * `data-ui` attribute (from src/i18n/ui/<lang>.ts), so no script bundles every language's strings.
 */
import type { BrowserStrings } from '../i18n/ui.ts';

/** The strings in `element`'s `data-ui`, or in the nearest ancestor's that has one. */
export function pageStrings(element: Element): { strings: BrowserStrings; lang: string } {
  const holder = element.closest<HTMLElement>('[data-ui]') ?? document.querySelector<HTMLElement>('[data-ui]');
  if (!holder) throw new Error('no data-ui strings on this page');
  return { strings: JSON.parse(holder.dataset['ui']!) as BrowserStrings, lang: document.documentElement.lang || 'en' };
}
