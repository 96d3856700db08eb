/**
 * <kb-search-dialog>: opens the search dialog from the header button, `/`, Ctrl+K or ⌘K. This part is
 * tiny and on every page; the search itself (and Pagefind) loads only when the dialog first opens.
 * What the dialog shows and does before anything is typed lives here, so that it does not wait for that
 * load: a placeholder that fits the box, and the empty state (SearchDialog.astro): the reader's recent
 * searches, drawn at each opening, and the keys that go through them and the popular articles.
 */
import { clearRecentSearches, deviceStore, readRecentSearches } from '../lib/search/recent-searches.ts';
import { keepPlaceholderFitted } from './fit-placeholder.ts';

/**
 * The empty state's behaviour; returns what draws the recent searches (at each opening). A recent search
 * chosen is put in the box as if typed (the search runs as soon as it is loaded); its items are real
 * buttons and links, reached with Tab, and with the arrow keys from the box, as results are; typing
 * there goes on in the box.
 */
function emptyState(dialog: HTMLDialogElement, input: HTMLInputElement): () => void {
  const empty = dialog.querySelector<HTMLElement>('[data-search-empty]');
  const section = empty?.querySelector<HTMLElement>('[data-recent-searches]');
  const template = section?.querySelector('template');
  const list = section?.querySelector('[data-recent-list]');
  const lang = empty?.dataset['lang'];
  if (!empty || !section || !template || !list || !lang) return () => undefined;

  const showRecentSearches = () => {
    const searches = readRecentSearches(deviceStore(), lang);
    list.replaceChildren(
      ...searches.map((query) => {
        const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
        item.querySelector('button')!.dataset['recentQuery'] = query;
        item.querySelector('[data-query]')!.textContent = query;
        return item;
      }),
    );
    section.hidden = searches.length === 0;
  };

  empty.addEventListener('click', (event) => {
    const target = event.target as Element;
    const again = target.closest<HTMLElement>('[data-recent-query]');
    if (again) {
      input.value = again.dataset['recentQuery']!;
      input.focus();
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (target.closest('[data-clear-recent]')) {
      clearRecentSearches(deviceStore(), lang);
      showRecentSearches();
      input.focus();
    }
  });

  /** The recent searches and popular articles, in the order the arrow keys go through them. */
  const items = () => [...empty.querySelectorAll<HTMLElement>('[data-recent-query], a[href]')].filter((item) => item.getClientRects().length > 0);
  /** Focuses the item `step` after `from` (-1: the box); past either end, the box. */
  const move = (from: number, step: number) => {
    const all = items();
    const next = from + step;
    (next < 0 || next >= all.length ? input : all[next]!).focus();
  };
  const arrow = (event: KeyboardEvent) => event.key === 'ArrowDown' || event.key === 'ArrowUp';
  input.addEventListener('keydown', (event) => {
    // The empty state shows when the box is empty or its search found nothing: no results to go through then.
    if (!arrow(event) || empty.hidden) return;
    event.preventDefault();
    move(event.key === 'ArrowDown' ? -1 : items().length, event.key === 'ArrowDown' ? 1 : -1);
  });
  empty.addEventListener('keydown', (event) => {
    const at = items().indexOf(event.target as HTMLElement);
    if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    if (arrow(event)) {
      event.preventDefault();
      move(at, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const all = items();
      all[event.key === 'Home' ? 0 : all.length - 1]!.focus();
    } else if ((event.key.length === 1 && event.key !== ' ') || event.key === 'Backspace') {
      // The focus moves before the key is handled: the box receives it.
      input.focus();
    }
  });
  return showRecentSearches;
}

class KbSearchDialog extends HTMLElement {
  #ui: Promise<{ attach(dialog: HTMLDialogElement): void }> | undefined;

  connectedCallback(): void {
    const dialog = this.querySelector('dialog');
    if (!dialog) return;
    const input = dialog.querySelector('input');
    if (!input) return;
    keepPlaceholderFitted(input);
    const showRecentSearches = emptyState(dialog, input);
    const open = () => {
      if (dialog.open) return;
      showRecentSearches();
      this.#ui ??= import('./search-dialog-ui.ts').then((ui) => {
        ui.attach(dialog);
        return ui;
      });
      dialog.showModal();
      input.focus();
    };
    for (const trigger of document.querySelectorAll<HTMLElement>('[data-open-search]')) {
      trigger.addEventListener('click', open);
      // The shortcut as an Apple keyboard names it (the page says "Ctrl K"; both keys open the dialog).
      const shortcut = trigger.querySelector('kbd');
      if (shortcut && /^(Mac|iPhone|iPad)/.test(navigator.platform)) shortcut.textContent = '⌘ K';
    }
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      // The dialog's own box keeps the focus for a moment after Escape closed it (until the browser moves
      // it back): a key pressed then is not typed into anything the reader sees.
      const typing = (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) && !target.closest('dialog:not([open])');
      if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey)) {
        event.preventDefault();
        open();
      }
    });
    dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (outside the panel) closes the dialog, as people expect of an overlay.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
}

if (!customElements.get('kb-search-dialog')) customElements.define('kb-search-dialog', KbSearchDialog);
