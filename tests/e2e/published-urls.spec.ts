import { expect, test } from '../support/shared-page.ts';
import { fixturePort } from '../../playwright.config.ts';

/**
 * The "moved" fixture site (tests/fixtures/sites/moved) was published before: its published.json
 * records the old URLs. Since then an article was moved to another topic and renamed, another renamed,
 * one retired in favour of another, a topic renamed and a section re-pinned under a new id.
 */
const site = `http://127.0.0.1:${fixturePort}`;

test.describe('links published before renames and moves', () => {
  const cases = [
    ['an article moved to another topic and renamed', '/mail/restore-emails/#restore-from-mail-service', '/backups/recover-emails/#restore-from-mail-service', 'Restore from the Mail Service'],
    ['a renamed article, to a step', '/web/restore-website/#steps-step-2', '/web/restore-site/#steps-step-2', null],
    ['the short link of a moved article, to an aliased section', '/2001#pop3', '/backups/recover-emails/#pop3', 'POP3 users'],
    ['an alias of a moved article', '/restore', '/backups/recover-emails/', null],
    ['the short link of a retired article', '/2003', '/backups/recover-emails/', null],
    ['the old URL of a retired article', '/mail/old-restore/', '/backups/recover-emails/', null],
    ['an alias of a retired article', '/old-restore', '/backups/recover-emails/', null],
    ['a renamed topic', '/email/', '/mail/', null],
  ] as const;

  for (const [what, from, to, section] of cases) {
    test(`${what} still lands on the right page and section`, async ({ page }) => {
      // A customer opens a link a support agent sent before the change.
      await page.goto(`${site}${from}`);
      await expect(page).toHaveURL(`${site}${to}`);
      if (section) await expect(page.getByRole('heading', { name: section })).toBeInViewport();
      if (to.includes('step-2')) await expect(page.locator('#steps-step-2')).toBeInViewport();
    });
  }

  test('a cross-link to an old anchor still lands on its section', async ({ page }) => {
    await page.goto(`${site}/web/restore-site/`);
    await page.getByRole('link', { name: 'what happens to your emails' }).click();
    await expect(page).toHaveURL(`${site}/backups/recover-emails/#pop3`);
    await expect(page.getByRole('heading', { name: 'POP3 users' })).toBeInViewport();
  });

  test('the host redirect rules and the nginx map list the same old URLs', async ({ request }) => {
    const rules = await (await request.get(`${site}/_redirects`)).text();
    expect(rules).toContain('/mail/restore-emails/ /backups/recover-emails/ 301');
    expect(rules).toContain('/2003 /backups/recover-emails/ 301');
    expect(rules).toContain('/email/ /mail/ 301');
    const nginx = await (await request.get(`${site}/nginx-redirects.conf`)).text();
    expect(nginx).toContain('"/mail/restore-emails" "/backups/recover-emails/";');
    expect(nginx).toContain('"/2003/" "/backups/recover-emails/";');
  });
});
