/**
 * The copy buttons of an article: "Copy" beside the short link, and beside each section "copy link"
 * (https://site/1007#section) and "copy for a reply" (title, description and link, ready to paste into
 * a support answer). The result is announced to screen readers through the article's live region.
 */
import { replyText, shortLink } from '../lib/links/share-text.ts';
import { announceCopy, copyText as copy } from './clipboard.ts';
import { format } from '../i18n/format.ts';
import { pageStrings } from './page-strings.ts';

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
    const ok = await copy(reply ? replyText(target) : shortLink(target));
    const link = shortLink(target);
    // Said in words, not by colour alone: a chip reads "Copied" for a moment, an icon button shows the word beside it.
    const label = button.innerHTML;
    if (ok && button.classList.contains('copy-chip')) button.textContent = strings.copied;
    button.dataset['copiedLabel'] = strings.copied;
    announceCopy(button, status, ok, { copied: format(reply ? strings.replyCopied : strings.linkCopied, { link }), failed: format(strings.couldNotCopy, { link }) }, () => {
      button.innerHTML = label;
    });
  });
}
