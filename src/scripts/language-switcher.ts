/**
 * The language switcher's links keep the section being read (`#section`: anchors are the same in every
 * language), and the choice is remembered on this device, so that a short link (`/1007`) opens in it.
 * Its menu (a `<details>`) closes as menus do: on Escape, focus back on its button, and on a click outside.
 */
import { rememberLanguage } from '../lib/links/language-choice.ts';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-language-link]');
  if (!link) return;
  rememberLanguage(link.dataset['languageLink']!);
  if (location.hash && !link.hash) link.hash = location.hash;
});

const switcher = document.querySelector<HTMLDetailsElement>('details[data-language-switcher]');
if (switcher) {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !switcher.open || document.activeElement?.closest('dialog')) return;
    const inside = switcher.contains(document.activeElement);
    switcher.open = false;
    if (inside) switcher.querySelector('summary')?.focus();
  });
  document.addEventListener('click', (event) => {
    if (switcher.open && !switcher.contains(event.target as Node)) switcher.open = false;
  });
}
