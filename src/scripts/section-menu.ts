/**
 * The share menus after an article's headings (`<details class="section-menu">`, rehype-section-links):
 * the keyboard and pointer behaviour of a menu button on top of what `<details>` does alone. Escape
 * closes the open menu and puts focus back on its icon; a click outside it, or focus leaving it, closes
 * it; opening one closes any other (browsers without `<details name>` too); following its link closes it.
 * An open menu is placed under its icon, kept inside the article's column.
 */
const MENU = 'details.section-menu';

/** Closes `menu`; `refocus` moves focus back to its icon (when focus was inside, so it is not lost). */
export function closeMenu(menu: HTMLDetailsElement, refocus = false): void {
  menu.open = false;
  if (refocus) menu.querySelector('summary')?.focus();
}

/** Lines the open menu's items up under its icon, moved left as far as the column needs. */
function place(menu: HTMLDetailsElement): void {
  const items = menu.querySelector<HTMLElement>('.section-menu-items');
  const row = menu.parentElement;
  const icon = menu.querySelector('summary');
  if (!items || !row || !icon) return;
  const column = row.getBoundingClientRect();
  const start = icon.getBoundingClientRect().left - column.left;
  items.style.right = 'auto';
  items.style.left = `${Math.max(0, Math.min(start, column.width - items.offsetWidth))}px`;
}

const openMenus = () => document.querySelectorAll<HTMLDetailsElement>(`${MENU}[open]`);

// `toggle` does not bubble: listen in the capture phase.
document.addEventListener('toggle', (event) => {
  const menu = event.target as HTMLElement;
  if (!(menu instanceof HTMLDetailsElement) || !menu.matches(MENU) || !menu.open) return;
  for (const other of openMenus()) if (other !== menu) closeMenu(other);
  place(menu);
}, true);

document.addEventListener('keydown', (event) => {
  // Escape in a dialog (the search) is the dialog's.
  if (event.key !== 'Escape' || event.defaultPrevented || document.activeElement?.closest('dialog')) return;
  // It closes the menu the reader is in, or one left open while they moved on.
  for (const menu of openMenus()) closeMenu(menu, menu.contains(document.activeElement));
});

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  for (const menu of openMenus()) if (!menu.contains(target)) closeMenu(menu);
  // The section link scrolls to its heading: the menu has done its work.
  const link = target.closest<HTMLAnchorElement>(`${MENU} a.section-menu-item`);
  if (link) closeMenu(link.closest<HTMLDetailsElement>(MENU)!, true);
});

document.addEventListener('focusout', (event) => {
  const menu = (event.target as Element).closest<HTMLDetailsElement>(`${MENU}[open]`);
  const next = event.relatedTarget as Node | null;
  // Tab past the last item (or Shift+Tab before the icon) leaves the menu: it closes behind the reader.
  if (menu && next && !menu.contains(next)) closeMenu(menu);
});

addEventListener('resize', () => {
  for (const menu of openMenus()) place(menu);
});
