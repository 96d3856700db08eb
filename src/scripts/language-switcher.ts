/**
 * The language switcher's links keep the section being read (`#section`: anchors are the same in every
 * language), and the choice is remembered on this device, so that a short link (`/1007`) opens in it.
 */
import { rememberLanguage } from '../lib/links/language-choice.ts';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-language-link]');
  if (!link) return;
  rememberLanguage(link.dataset['languageLink']!);
  if (location.hash && !link.hash) link.hash = location.hash;
});
