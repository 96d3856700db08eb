/** Copies text to the clipboard; false when the browser refused. Shared by the article and search copy buttons. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (plain http, older browser): the selection-based fallback still works.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** How long a button shows that it copied. */
const COPIED_MS = 2000;

/**
 * Says what a copy did, the one way every copy button does: `status` (a live region) reads it out, and
 * the button carries `data-copied` (its style) for two seconds; `reset` runs when that time is over.
 */
export function announceCopy(button: HTMLElement, status: HTMLElement, ok: boolean, said: { copied: string; failed: string }, reset?: () => void): void {
  status.textContent = ok ? said.copied : said.failed;
  button.dataset['copied'] = String(ok);
  setTimeout(() => {
    delete button.dataset['copied'];
    reset?.();
  }, COPIED_MS);
}
