/**
 * <kb-search-dialog>: opens the search dialog from the header button, `/`, Ctrl+K or ⌘K. This part is
 * tiny and on every page; the search itself (and Pagefind) loads only when the dialog first opens.
 */
class KbSearchDialog extends HTMLElement {
  #ui: Promise<{ attach(dialog: HTMLDialogElement): void }> | undefined;

  connectedCallback(): void {
    const dialog = this.querySelector('dialog');
    if (!dialog) return;
    const open = () => {
      if (dialog.open) return;
      this.#ui ??= import('./search-dialog-ui.ts').then((ui) => {
        ui.attach(dialog);
        return ui;
      });
      dialog.showModal();
      dialog.querySelector('input')?.focus();
    };
    for (const trigger of document.querySelectorAll<HTMLElement>('[data-open-search]')) trigger.addEventListener('click', open);
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
