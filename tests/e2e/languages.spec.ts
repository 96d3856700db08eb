import { expect, test } from '../support/shared-page.ts';

/**
 * The help center in the customers' languages: a French reader browses and searches in French, a German
 * one follows a support agent's short link into their language and section, an Italian one meets an
 * article that is not translated yet, and the language switcher keeps the section being read.
 */
test.describe('a French-speaking customer', () => {
  test('browses the help center in French: home, topic, article', async ({ page }) => {
    await page.goto('/fr/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comment pouvons-nous vous aider ?');
    await page.getByRole('link', { name: /^Sauvegardes/ }).first().click();
    await expect(page).toHaveURL('/fr/backups/');
    await page.getByRole('link', { name: 'Restaurer des e-mails supprimés' }).click();
    await expect(page).toHaveURL('/fr/backups/restore-deleted-emails/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Restaurer des e-mails supprimés');
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toContainText('Accueil');
    await expect(page.getByText('Lien court : /fr/1007')).toBeVisible();
    // Section ids are the source's: the French section answers to the same anchor.
    await expect(page.locator('h3#not-restored')).toBeVisible();
  });

  test('searches in French, with a typing mistake, and gets French articles and counts', async ({ page }) => {
    await page.goto('/fr/search/?q=mot%20de%20pase%20oublié');
    const first = page.locator('[data-search-result]').first();
    await expect(first).toHaveAttribute('href', /^\/fr\/account\/login-and-email-passwords\/(\?|$)/);
    await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ résultats? pour « mot de passe oublié »/);
    // "mot" is a French word: never "corrected" into the English "not".
    await expect(page.locator('[data-search-correction]')).toContainText('mot de passe');
    await expect(page.locator('[data-search-correction]')).not.toContainText('not');
  });

  test('searches from the dialog of a French page, which searches the French index', async ({ page }) => {
    await page.goto('/fr/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Rechercher dans le centre d’aide' });
    await box.fill('courriels supprimés');
    await expect(page.getByRole('listbox', { name: 'Résultats de la recherche' }).getByRole('option').first()).toContainText('Restaurer des e-mails supprimés');
    await expect(page.getByRole('dialog').getByRole('link', { name: 'Tous les résultats' })).toHaveAttribute('href', /^\/fr\/search\/\?q=/);
  });
});

test.describe('a customer searching in the wrong language', () => {
  test('is told which words English does not have, offered the other languages, each result marked with its language', async ({ page }) => {
    await page.goto('/search/?q=E-Mail%20wiederherstellen');
    await expect(page.locator('[data-search-unmatched]')).toHaveText('No page in English has: wiederherstellen');
    // The count is not "16 results for “E-Mail wiederherstellen”": it is for the one word English pages have.
    await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? for “E-Mail”$/);
    // The offer stands with the words it is about, above this language's results.
    expect(await page.evaluate(() => {
      const offer = document.querySelector('[data-other-languages]')!;
      return !!(offer.compareDocumentPosition(document.querySelector('[data-search-results]')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);
    await page.getByRole('button', { name: 'Search in the other languages' }).click();
    // Among the first results: the German article about restoring deleted emails, in German.
    const german = page.locator('[data-other-languages] li').filter({ has: page.locator('a[href^="/de/backups/restore-deleted-emails/"]') });
    await expect(german).toHaveCount(1);
    expect(await german.evaluate((li) => [...li.parentElement!.children].indexOf(li))).toBeLessThan(3);
    await expect(german.getByRole('link')).toHaveText('Gelöschte E-Mails wiederherstellen');
    await expect(german.getByRole('link')).toHaveAttribute('lang', 'de');
    await expect(page.locator('[data-other-languages] li').first()).toContainText('Deutsch');
  });

  test('typing French on the English pages is never "corrected" into English words', async ({ page }) => {
    await page.goto('/search/?q=mot%20de%20passe%20oubli%C3%A9');
    // The count is for the word English pages have ("passe", as in "password"), the others are named apart.
    await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? for “passe”$/);
    await expect(page.locator('[data-search-unmatched]')).toHaveText('No page in English has: mot, de, oublié');
    await expect(page.locator('[data-search-correction]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search in the other languages' })).toBeVisible();
  });

  test('goes there from the dialog when it finds little', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.getByRole('combobox').fill('mot de passe oublié');
    // The dialog's count says which words no English page has.
    await expect(page.getByRole('dialog').getByRole('status').first()).toContainText('No page in English has:');
    await page.getByRole('link', { name: 'Search in the other languages' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=mot(\+|%20)de(\+|%20)passe(\+|%20)oubli%C3%A9/);
    await expect(page.locator('[data-other-languages-result="fr"][href^="/fr/account/login-and-email-passwords/"]')).toHaveCount(1);
  });
});

test.describe('a German-speaking customer following a support link', () => {
  test.use({ locale: 'de-CH' });

  test('a short link with a section opens in German, on that section, and the back button still works', async ({ page }) => {
    await page.goto('/de/');
    await page.goto('/1007#not-restored');
    await expect(page).toHaveURL('/de/backups/restore-deleted-emails/#not-restored');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('h3#not-restored')).toBeInViewport();
    await page.goBack();
    await expect(page).toHaveURL('/de/');
  });

  test('an alias opens in German too, and /de/1007 is German whatever the browser says', async ({ page }) => {
    await page.goto('/restore-emails');
    await expect(page).toHaveURL('/de/backups/restore-deleted-emails/');
    await page.goto('/fr/1007#restored');
    await expect(page).toHaveURL('/fr/backups/restore-deleted-emails/#restored');
  });

  test('a German link to a page that does not exist answers with the German 404 page', async ({ page }) => {
    const response = await page.goto('/de/9999');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wir konnten diese Seite nicht finden');
    await expect(page.getByRole('heading', { name: 'Es gibt keinen Artikel mit der Nummer 9999' })).toBeVisible();
    // The page answers at any URL: its language links lead to each language's home page.
    await page.locator('[data-language-switcher] summary').click();
    await expect(page.locator('[data-language-link="fr"]')).toHaveAttribute('href', '/fr/');
  });
});

test.describe('a customer whose browser speaks a language the site does not have', () => {
  test.use({ locale: 'pt-BR' });

  test('gets English from a short link, then the language they choose, from then on', async ({ page }) => {
    await page.goto('/1007#not-restored');
    await expect(page).toHaveURL('/backups/restore-deleted-emails/#not-restored');
    // They pick Italiano in the switcher: the section stays, and the next short link opens in Italian.
    await page.locator('[data-language-switcher] summary').click();
    await page.getByRole('link', { name: 'Italiano' }).click();
    await expect(page).toHaveURL('/it/backups/restore-deleted-emails/#not-restored');
    await expect(page.locator('h3#not-restored')).toBeInViewport();
    await page.goto('/1003');
    await expect(page).toHaveURL('/it/email-delivery/delivery-failure-reports/');
  });
});

test.describe('the language switcher', () => {
  test('closes on Escape, giving the focus back to its button, and on a click outside', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/');
    const button = page.locator('[data-language-switcher] summary');
    const menu = page.locator('[data-language-link="de"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await button.click();
    await expect(menu).toBeVisible();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(menu).toBeHidden();
  });

  test('lists every language by its own name, with hreflang and lang, and marks where the article is not translated', async ({ page }) => {
    await page.goto('/fr/spam/reduce-incoming-spam/');
    await page.locator('[data-language-switcher] summary').click();
    const menu = page.locator('[data-language-switcher] ul');
    await expect(menu.getByRole('link')).toHaveText(['English', 'Français', 'Deutsch', 'Italiano (non tradotto)', 'Español (sin traducir)']);
    await expect(menu.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('hreflang', 'de');
    await expect(menu.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('lang', 'de');
    await expect(menu.getByRole('link', { name: 'Français' })).toHaveAttribute('aria-current', 'page');
  });

  test('keeps the section being read when switching to German', async ({ page }) => {
    await page.goto('/backups/restore-deleted-emails/#pop3');
    await page.locator('[data-language-switcher] summary').click();
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL('/de/backups/restore-deleted-emails/#pop3');
    await expect(page.locator('h2#pop3')).toBeInViewport();
  });
});

test.describe('an Italian reader of an article not translated yet', () => {
  test('sees the Italian interface, the English text marked as English, and a way to the original', async ({ page }) => {
    await page.goto('/it/spam/reduce-incoming-spam/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.locator('[data-fallback-notice]')).toContainText('Questo articolo non è ancora stato tradotto in italiano. È mostrato in inglese');
    await expect(page.locator('article')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-fallback-notice]').getByRole('link', { name: 'Leggi l’originale' })).toHaveAttribute('href', '/spam/reduce-incoming-spam/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="alternate"]')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Ancora bloccato?' })).toBeVisible();
    // Its table of contents: the title in Italian, the English headings marked as English.
    await expect(page.locator('[data-toc="sidebar"] a').first()).toHaveAttribute('lang', 'en');
  });

  test('stays in Italian when following a link of the English text', async ({ page }) => {
    await page.goto('/it/spam/reduce-incoming-spam/');
    const links = await page.locator('article .article-body a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith('/it/'))).toEqual([]);
  });

  test('shares a section with the Italian interface\'s words, marked as Italian inside the English text', async ({ page }) => {
    await page.goto('/it/spam/reduce-incoming-spam/');
    const menu = page.locator('article details.section-menu').first();
    await expect(menu).toHaveAttribute('lang', 'it');
    await menu.locator('summary').click();
    await expect(menu.getByRole('link', { name: /^Link a questa sezione: / })).toBeVisible();
    await expect(menu.getByRole('button', { name: /^Copia link: / })).toBeVisible();
  });

  test('is told, on a translated page, which links lead to English pages', async ({ page }) => {
    await page.goto('/it/backups/restore-deleted-emails/');
    const link = page.locator('.article-body a[hreflang="en"]').first();
    await expect(link).toHaveText(/\(inglese\)$/);
    await expect(link).toHaveAttribute('href', /^\/it\//);
  });
});

test.describe('search engines', () => {
  test('see each translation point at the others, reciprocally, with x-default', async ({ page }) => {
    await page.goto('/de/backups/restore-deleted-emails/');
    const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
    expect(alternates).toEqual([
      'en /backups/restore-deleted-emails/', 'fr /fr/backups/restore-deleted-emails/', 'de /de/backups/restore-deleted-emails/',
      'it /it/backups/restore-deleted-emails/', 'es /es/backups/restore-deleted-emails/', 'x-default /backups/restore-deleted-emails/',
    ]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/de\/backups\/restore-deleted-emails\/$/);
  });
});
