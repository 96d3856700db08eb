/**
 * The copy buttons of an article: "Copy" beside the short link, and in each section's share menu "copy
 * link" (https://site/1007#section) and "copy for a reply" (title, description and link, ready to paste
 * into a support answer). The result is announced to screen readers through the article's live region,
 * and shown in words: on the chip itself, or above the icon of the section's menu, which closes (when the
 * browser refuses to copy, the menu stays open and shows the link instead).
 */
import { replyText, shortLink } from '../lib/links/share-text.ts';
import { announceCopy, copyText as copy } from './clipboard.ts';
import { format } from '../i18n/format.ts';
import { el } from './dom.ts';
import { pageStrings } from './page-strings.ts';
// Also wires the section menus (Escape, a click outside, placement).
import { closeMenu } from './section-menu.ts';

/**
 * A copy the browser refused (no clipboard at all): the section's menu stays open, or opens again (the
 * clipboard's fallback took focus out of it), and shows `message`, the link to copy by hand, until it closes.
 */
function showRefusal(menu: HTMLDetailsElement, button: HTMLElement, refocus: boolean, message: string): void {
  menu.querySelector('.section-menu-error')?.remove();
  const note = el('p', 'section-menu-error', message);
  menu.querySelector('.section-menu-items')!.append(note);
  menu.open = true;
  if (refocus) button.focus();
  const removeOnClose = () => {
    if (menu.open) return;
    note.remove();
    menu.removeEventListener('toggle', removeOnClose);
  };
  menu.addEventListener('toggle', removeOnClose);
}

const article = document.querySelector<HTMLElement>('[data-share]');
const status = document.querySelector<HTMLElement>('[data-copy-status]');

if (article && status) {
  const share = {
    site: article.dataset['shareSite'] ?? location.origin,
    id: Number(article.dataset['shareId']),
    title: article.dataset['shareTitle'] ?? document.title,
    description: article.dataset['shareDescription'] ?? '',
    // Links copied from a translated page keep its language (`/fr/1007`).
    lang: article.dataset['shareLang'] === 'en' ? undefined : article.dataset['shareLang'],
  };
  const { strings } = pageStrings(article);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.hidden = false;

  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy]');
    if (!button) return;
    const sectionId = button.dataset['section'];
    const section = sectionId ? { id: sectionId, title: button.dataset['sectionTitle'] ?? '' } : undefined;
    const target = { ...share, section };
    const reply = button.dataset['copy'] === 'reply';
    const menu = button.closest<HTMLDetailsElement>('details.section-menu');
    // Read before copying: the clipboard's fallback moves focus to a text area of its own.
    const focusInMenu = menu?.contains(document.activeElement) ?? false;
    const ok = await copy(reply ? replyText(target) : shortLink(target));
    const link = shortLink(target);
    const said = { copied: format(reply ? strings.replyCopied : strings.linkCopied, { link }), failed: format(strings.couldNotCopy, { link }) };
    // Said in words, not by colour alone: a chip reads "Copied" for a moment; a section's menu closes
    // (focus back on its icon if it was in the menu) and the word stands above the icon.
    if (menu) {
      if (ok) {
        closeMenu(menu, focusInMenu);
        const icon = menu.querySelector('summary')!;
        icon.dataset['copiedLabel'] = strings.copied;
        announceCopy(icon, status, ok, said);
      } else {
        showRefusal(menu, button, focusInMenu, said.failed);
        announceCopy(button, status, ok, said);
      }
      return;
    }
    const label = button.innerHTML;
    if (ok) button.textContent = strings.copied;
    announceCopy(button, status, ok, said, () => {
      button.innerHTML = label;
    });
  });
}
