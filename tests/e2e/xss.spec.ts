import { expect, test } from '../support/shared-page.ts';
import { trap, XSS_TRAP } from '../support/xss-trap.ts';

/**
 * Text from readers (queries, pasted reports) never becomes markup or script (text from authors:
 * hostile-content.spec.ts). Every payload calls top.__xssHit(); the trap counts the calls.
 */
const PAYLOADS = [
  '<script>top.__xssHit(1)</script>',
  '"><img src=x onerror=top.__xssHit(2)>',
  "'><svg onload=top.__xssHit(3)>",
  'javascript:top.__xssHit(4)',
  '<iframe src="javascript:top.__xssHit(5)"></iframe>',
  '{{constructor.constructor("top.__xssHit(6)")()}}',
  '${top.__xssHit(7)}',
  '</textarea><script>top.__xssHit(8)</script>',
  '<a href="javascript:top.__xssHit(9)">click</a>',
  '<details open ontoggle=top.__xssHit(10)>',
  '<body onload=top.__xssHit(11)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=top.__xssHit(12)>',
  '<input autofocus onfocus=top.__xssHit(13)>',
  '<video><source onerror=top.__xssHit(14)></video>',
  '&lt;img src=x onerror=top.__xssHit(15)&gt;',
  '%3Cscript%3Etop.__xssHit(16)%3C/script%3E',
  '<object data="javascript:top.__xssHit(17)"></object>',
  '<embed src="javascript:top.__xssHit(18)">',
  '<form action="javascript:top.__xssHit(19)"><button>go</button></form>',
  '<iframe srcdoc="<script>top.__xssHit(20)</script>"></iframe>',
  '<base href="//evil.example/">',
  '<marquee onstart=top.__xssHit(22)>x</marquee>',
  '<mark>550</mark><img src=x onerror=top.__xssHit(23)>',
  '"onmouseover="top.__xssHit(24)',
];

test.use({ initScript: XSS_TRAP });

test('the trap notices a payload that runs, and markup that was injected even when the CSP stops it and it is gone again', async ({ page }) => {
  const check = trap(page);
  await page.goto('/search/');
  await page.evaluate(() => (top as unknown as { __xssHit(w: string): void }).__xssHit('proof'));
  // The shipped Content-Security-Policy blocks inline handlers, so this one never runs: the markup check
  // is what proves that no payload became markup. Removed at once, as the next search's results replace it.
  await page.evaluate(() => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img id=injected src=x onerror="top.__xssHit(\'blocked\')">');
    document.getElementById('injected')!.remove();
  });
  await expect.poll(check).toEqual(['executed proof', 'markup <img id="injected" src="x" onerror="top.__xssHit(\'blocked\')">']);
});

test.describe('hostile input from readers', () => {
  // Each test loads a page or runs a search for every one of the 24 payloads.
  test.describe.configure({ timeout: 120_000 });
  test('no payload typed into the search page, or in its ?q= from a link, runs or becomes markup', async ({ page }) => {
    const check = trap(page);
    const status = page.locator('[data-search-status]');
    const box = page.getByRole('main').getByRole('searchbox');
    // Typed on one visit: the results, the count that quotes the query and the address kept in step.
    await page.goto('/search/');
    for (const payload of PAYLOADS) {
      await box.fill(payload);
      await box.press('Enter');
      await expect(page).toHaveURL(`/search/?${new URLSearchParams({ q: payload.trim() })}`);
      await expect(status).not.toHaveText(/Searching|^$|Type a question/);
    }
    // From a link: ?q= is also read by the head's preloads before the page's own script. A page load
    // per payload (the whole search starts again) for those that break out of quotes and tags, and for
    // those encoded once more.
    for (const payload of [...PAYLOADS.slice(0, 8), ...PAYLOADS.filter((p) => /&lt;|%3C/.test(p))]) {
      await page.goto(`/search/?q=${encodeURIComponent(payload)}`);
      await expect(status).not.toHaveText(/Searching|^$/);
      await expect(box).toHaveValue(payload);
    }
    expect(await check()).toEqual([]);
  });

  test('no payload typed into the search dialog runs or becomes markup', async ({ page }) => {
    const check = trap(page);
    await page.goto('/');
    await page.keyboard.press('Control+k');
    for (const payload of PAYLOADS) {
      await page.getByRole('combobox', { name: 'Search the help center' }).fill(payload);
      await expect(page.getByRole('dialog').getByRole('status')).not.toHaveText('');
    }
    expect(await check()).toEqual([]);
  });

  test('no payload in the error lookup filter or the analyzer runs or becomes markup', async ({ page }) => {
    const check = trap(page);
    // Typed on one visit: the filter (and the address it keeps in step) and the analyzer.
    await page.goto('/errors/');
    const filter = page.getByRole('searchbox', { name: 'Filter by code or words' });
    for (const payload of PAYLOADS) {
      await filter.fill(payload);
      await expect(page.locator('[data-error-count]')).toContainText(payload.trim());
      await page.locator('[data-bounce-input]').fill(`Diagnostic-Code: smtp; 550 5.1.1 ${payload}\nFinal-recipient: rfc822; ${payload}`);
      await page.getByRole('button', { name: 'Analyze' }).click();
      await expect(page.locator('[data-bounce-result]')).not.toHaveText('');
    }
    // From a link (?q= is read when the page loads).
    for (const payload of PAYLOADS.slice(0, 8)) {
      await page.goto(`/errors/?q=${encodeURIComponent(payload)}`);
      await expect(filter).toHaveValue(payload);
      await expect(page.locator('[data-error-count]')).toContainText(payload.trim());
    }
    expect(await check()).toEqual([]);
  });

  test('no payload in a missing page’s address runs or becomes markup', async ({ page }) => {
    const check = trap(page);
    for (const payload of PAYLOADS.slice(0, 8)) {
      await page.goto(`/email-delivery/${encodeURIComponent(payload)}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    expect(await check()).toEqual([]);
  });
});
