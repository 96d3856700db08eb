import type { Page } from '@playwright/test';
import { axeViolations, showTheme } from '../support/axe.ts';
import { expect, test } from '../support/shared-page.ts';

const MAILBOX_FULL = `Reporting-MTA: dns; mxbw.abc.ch [123.456.789.00]
Received-From-MTA: dns; smtp-1-1234.mail.infomaniak.ch [12.345.678.99]
Arrival-Date: Tue, 01 Aug 2023 15:49:22 +0200
Final-recipient: rfc822; anna.a@abc.xyz
Diagnostic-Code: smtp; 552 RCPT TO:anna.a@abc.xyz Mailbox disk quota exceeded
Last-attempt-Date: Tue, 01 Aug 2023 15:49:22 +0200`;

const analyzer = (page: Page) => page.getByRole('textbox', { name: 'Report or error message' });
const diagnosis = (page: Page) => page.locator('[data-bounce-result]');
const visibleRows = (page: Page) => page.locator('[data-error-row]:visible');

/** Puts `text` in the analyzer at once (typing 1 MB would take minutes) and analyzes it. */
async function paste(page: Page, text: string): Promise<void> {
  await analyzer(page).evaluate((el, value) => {
    (el as HTMLTextAreaElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.getByRole('button', { name: 'Analyze' }).click();
}

test.describe('the error index', () => {
  test('lists the errors the articles explain and narrows them to a code', async ({ page }) => {
    // A customer opens the list of errors.
    await page.goto('/errors/');
    await expect(page.getByRole('heading', { level: 1, name: 'Email error codes and messages' })).toBeVisible();
    const all = await visibleRows(page).count();
    expect(all).toBeGreaterThan(50);
    await expect(page.getByRole('table', { name: /temporary/ }).first()).toBeVisible();

    // They type the code from their report in the filter box.
    await page.getByRole('searchbox', { name: 'Filter by code or words' }).fill('5.7.1');
    await expect(page).toHaveURL('/errors/?q=5.7.1');
    const rows = visibleRows(page);
    await expect(page.getByRole('rowheader', { name: '550 5.7.1 “Relaying denied”' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /0x800CCC0E/ })).toBeHidden();
    expect(await rows.count()).toBeLessThan(all);
    for (const text of await rows.allTextContents()) expect(text).toContain('5.7.1');
    await expect(page.locator('[data-error-count]')).toHaveText(/of \d+ errors match “5\.7\.1”/);

    // Clearing the box shows everything again and drops the filter from the address.
    await page.getByRole('searchbox', { name: 'Filter by code or words' }).fill('');
    await expect(page).toHaveURL('/errors/');
    await expect(visibleRows(page)).toHaveCount(all);
  });

  test('opens already filtered from a link support sends', async ({ page }) => {
    await page.goto('/errors/?q=5.7.1');
    await expect(page.getByRole('searchbox', { name: 'Filter by code or words' })).toHaveValue('5.7.1');
    await expect(visibleRows(page).first()).toBeInViewport();
    for (const text of await visibleRows(page).allTextContents()) expect(text).toContain('5.7.1');
    // A group with no matching row is hidden with its heading.
    await expect(page.getByRole('heading', { name: 'Outlook 0x800… codes' })).toBeHidden();
  });

  test('finds "user unknown", the everyday name of the most common bounce', async ({ page }) => {
    await page.goto('/errors/?q=user%20unknown');
    await expect(visibleRows(page).first()).toBeVisible();
    expect(await visibleRows(page).allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('The email address does not exist')]));
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/errors/?q=no-such-error-anywhere');
    await expect(visibleRows(page)).toHaveCount(0);
    await expect(page.locator('[data-error-count]')).toHaveText('No error matches “no-such-error-anywhere”.');
  });
});

test.describe('the bounce analyzer', () => {
  test('is found from the delivery failure article', async ({ page }) => {
    await page.goto('/email-delivery/delivery-failure-reports/');
    await page.getByRole('link', { name: 'paste your report into the error analyzer' }).click();
    await expect(page).toHaveURL('/errors/');
    await expect(analyzer(page)).toBeVisible();
    await expect(page.getByText('Your text stays in your browser.')).toBeVisible();
  });

  test('diagnoses a pasted report and leads to the section that explains it', async ({ page }) => {
    await page.goto('/errors/');
    // The customer pastes the delivery status attached to their bounce.
    await analyzer(page).fill(MAILBOX_FULL);
    await page.getByRole('button', { name: 'Analyze' }).click();

    // They read what happened, whether it is final and who must act.
    const result = diagnosis(page);
    await expect(result).toHaveAttribute('role', 'status');
    await expect(result.getByRole('heading', { name: 'Diagnosis' })).toBeVisible();
    await expect(result).toContainText('mailbox is full');
    await expect(result).toContainText('Permanent');
    await expect(result).toContainText('The recipient');
    await expect(result).toContainText('anna.a@abc.xyz');

    // The best section comes first; following it lands on that section.
    const best = result.locator('[data-bounce-article]').first();
    await expect(best).toHaveAttribute('href', '/email-delivery/delivery-failure-reports/#mailbox-full');
    await best.click();
    await expect(page).toHaveURL('/email-delivery/delivery-failure-reports/#mailbox-full');
    await expect(page.locator('#mailbox-full')).toBeInViewport();
  });

  test('leads a provider’s authentication rejection to SPF, DKIM and DMARC, and says honestly when no article covers one', async ({ page }) => {
    await page.goto('/errors/');
    // Gmail defers the message because its DKIM check failed: the domain's records, not the login, need fixing.
    await paste(page, `421-4.7.30 Your email has been rate limited because DKIM authentication didn't
421-4.7.30 pass for this message. Gmail requires all email bulk senders to
421 4.7.30 authenticate with DKIM.`);
    const result = diagnosis(page);
    await expect(result).toContainText('DKIM signature was missing or did not verify');
    await expect(result).toContainText('Temporary');
    await expect(result.locator('[data-bounce-article]').first()).toHaveAttribute('href', '/email-delivery/spf-dkim-dmarc/#dkim-errors');
    await expect(result.locator('[data-bounce-article][href*="relaying-denied"], [data-bounce-article][href*="authentication-failed"]')).toHaveCount(0);

    // Gmail refuses a server without reverse DNS: the standard meaning, the verdict, and no invented article.
    await paste(page, '550-5.7.25 The IP address sending this message does not have a PTR record setup.');
    await expect(result).toContainText('Reverse DNS validation failed');
    await expect(result).toContainText('Permanent');
    await expect(result).toContainText('No article covers this exact error');
  });

  test('analyzes as the customer types, without pressing the button', async ({ page }) => {
    await page.goto('/errors/');
    await analyzer(page).fill('550 5.7.1 Relaying denied');
    await expect(diagnosis(page).locator('[data-bounce-article]').first()).toHaveAttribute('href', '/email-delivery/550-5-7-1-relaying-denied/#what-it-means');
  });

  test('sends nothing over the network while analyzing', async ({ page }) => {
    await page.goto('/errors/');
    await page.waitForLoadState('networkidle');
    // The browser fetches the page's icon when it likes (under load, after the network went idle): that is not the analyzer's doing.
    const icon = new URL((await page.locator('link[rel~="icon"]').first().getAttribute('href'))!, page.url()).href;
    const requests: string[] = [];
    page.on('request', (request) => request.url() !== icon && requests.push(request.url()));

    await analyzer(page).fill(MAILBOX_FULL);
    await page.getByRole('button', { name: 'Analyze' }).click();
    await expect(diagnosis(page).locator('[data-bounce-article]').first()).toBeVisible();
    await analyzer(page).fill('Greylisting Delay 0x800CCC0E 5.7.26');
    await expect(diagnosis(page)).toContainText('Greylisting');
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
  });

  test('answers garbage with a calm message', async ({ page }) => {
    await page.goto('/errors/');
    await paste(page, 'asdf qwerty zxcv, hello world');
    await expect(diagnosis(page)).toContainText('We found no error code and no known error message in this text.');
    await expect(diagnosis(page).locator('[data-bounce-article]')).toHaveCount(0);
  });

  // How fast it does so is a figure of the benchmark (bench/analyze-1mb.ts), not a timed test.
  test('reads 1 MB of pasted text, and finds the report in it', async ({ page }) => {
    await page.goto('/errors/');
    const oneMegabyte = 'lorem ipsum dolor sit amet, consectetur adipiscing elit\n'.repeat(18_000).slice(0, 1_000_000);
    await paste(page, oneMegabyte);
    await expect(diagnosis(page)).toContainText('We found no error code and no known error message in this text.');

    // The same megabyte with a report in it is still diagnosed.
    await paste(page, `${MAILBOX_FULL}\n\n${oneMegabyte}`);
    await expect(diagnosis(page).locator('[data-bounce-article]').first()).toHaveAttribute('href', /#mailbox-full$/);
  });

  test('shows pasted markup as text and never runs it', async ({ page }) => {
    await page.goto('/errors/');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await paste(page, 'Final-Recipient: rfc822; anna@abc.xyz\nDiagnostic-Code: smtp; 550 5.1.1 <img src=x onerror=alert(1)><script>alert(2)</script> User unknown');
    await expect(diagnosis(page)).toContainText('<img src=x onerror=alert(1)>');
    await expect(diagnosis(page).locator('img, script')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('clears the diagnosis with the text', async ({ page }) => {
    await page.goto('/errors/');
    await analyzer(page).fill('550 5.7.1 Relaying denied');
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(analyzer(page)).toHaveValue('');
    await expect(diagnosis(page)).toContainText('the diagnosis appears here');
  });
});

test.describe('the errors page with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('still lists every error and says the analyzer needs JavaScript', async ({ page }) => {
    await page.goto('/errors/');
    expect(await visibleRows(page).count()).toBeGreaterThan(50);
    // Playwright's text matching skips <noscript>; innerText is what the browser renders.
    expect(await diagnosis(page).evaluate((el) => (el as HTMLElement).innerText)).toContain('The analyzer needs JavaScript.');
  });
});

test.describe('the errors page on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('has no horizontal scrollbar, before and after a diagnosis', async ({ page }) => {
    await page.goto('/errors/');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await paste(page, `${MAILBOX_FULL}\nDiagnostic-Code: smtp; 550 5.7.1 ${'averyveryverylongwordwithoutanyspace'.repeat(5)}`);
    await expect(diagnosis(page).getByRole('heading', { name: 'Diagnosis' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

test.describe('accessibility of the errors page', () => {
  test('has no axe violations in the light and the dark theme, with a diagnosis shown', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/errors/');
    await paste(page, MAILBOX_FULL);
    await expect(diagnosis(page).locator('[data-bounce-article]').first()).toBeVisible();
    const found: string[] = [];
    // The system setting is read once, at load; after that the theme is what the toggle sets.
    for (const theme of ['light', 'dark'] as const) {
      await showTheme(page, theme);
      found.push(...(await axeViolations(page)).map((v) => `${theme}: ${v}`));
    }
    expect(found).toEqual([]);
  });
});

test.describe('the error lookup in the customer’s language', () => {
  test('a German customer pastes a bounce report and reads the verdict in German, with the German section to read', async ({ page }) => {
    // A German customer opens the German error lookup and pastes the line of their bounce report.
    await page.goto('/de/errors/');
    await expect(page.getByRole('heading', { level: 1, name: 'E-Mail-Fehlercodes und -meldungen' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Bericht oder Fehlermeldung' }).fill('550 5.1.1 <anna@example.com>: Recipient address rejected: User unknown');
    await page.getByRole('button', { name: 'Analysieren' }).click();

    // They read what happened, that it is final and that they must act, in German.
    const result = diagnosis(page);
    await expect(result.getByRole('heading', { name: 'Diagnose' })).toBeVisible();
    await expect(result).toContainText('Die Adresse des Empfängers existiert bei seinem Anbieter nicht');
    await expect(result).toContainText('Dauerhaft: Die Nachricht wurde nicht zugestellt');
    await expect(result).toContainText('Wer handeln muss');
    await expect(result).toContainText('Sie als Absender');
    await expect(result).toContainText('Dauerhafter Fehler, Adressierungsstatus: Ungültige Zielpostfachadresse');
    await expect(result).toContainText('Was Sie lesen sollten');
    for (const english of ['Temporary or permanent', 'Who must act', 'What to read', 'Permanent Failure', 'The recipient']) await expect(result).not.toContainText(english);

    // The section to read is the German article's; following it lands on that section.
    const best = result.locator('[data-bounce-article]').first();
    await expect(best).toHaveAttribute('href', '/de/email-delivery/delivery-failure-reports/#user-unknown');
    await expect(best).toContainText('Unzustellbarkeitsberichte verstehen und Fehler beheben');
    await best.click();
    await expect(page).toHaveURL('/de/email-delivery/delivery-failure-reports/#user-unknown');
    await expect(page.locator('#user-unknown')).toBeInViewport();
  });

  test('a French customer filters the list of errors and reads the count in French', async ({ page }) => {
    // A French customer opens the French list of errors: everything is counted in French.
    await page.goto('/fr/errors/');
    const count = page.locator('[data-error-count]');
    await expect(count).toHaveText(/^\d+ erreurs$/);
    const all = await visibleRows(page).count();
    await expect(page.getByRole('columnheader', { name: 'Temporaire ou permanent' }).first()).toBeAttached();

    // They type the words of their problem in the filter box.
    const filter = page.getByRole('searchbox', { name: 'Filtrer par code ou par mots' });
    await filter.fill('mot de passe');
    await expect(page).toHaveURL('/fr/errors/?q=mot+de+passe');
    await expect(count).toHaveText(new RegExp(`^\\d+ erreurs? sur ${all} correspondent? à «\\s?mot de passe\\s?»\\.$`));
    expect(await visibleRows(page).count()).toBeLessThan(all);
    for (const text of await visibleRows(page).allTextContents()) expect(text.toLowerCase()).toContain('mot de passe');

    // A code no article explains: the count says so, in French.
    await filter.fill('9.9.9');
    await expect(visibleRows(page)).toHaveCount(0);
    await expect(count).toHaveText(/^Aucune erreur ne correspond à «\s?9\.9\.9\s?»\.$/);
  });
});
