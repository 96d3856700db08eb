/**
 * A section link pasted with the end of its sentence (`/1007#not-restored.`) or in capitals names no
 * section: the page moves to the section it meant, as if the link had been clean (the 404 page does the
 * same for the path, scripts/not-found.ts). `location.replace` keeps the history as it was and lets the
 * browser scroll and set `:target` as for any fragment.
 */
import { cleanedFragment } from '../lib/not-found.ts';

function landOnMeantSection(): void {
  let fragment: string;
  try {
    fragment = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  if (fragment === '' || document.getElementById(fragment)) return;
  const meant = cleanedFragment(fragment);
  if (meant && document.getElementById(meant)) location.replace(`#${encodeURIComponent(meant)}`);
}

landOnMeantSection();
addEventListener('hashchange', landOnMeantSection);
