import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

/**
 * A translated article whose source changes afterwards, built for real on a copy of the "moved" fixture
 * with a French translation: the author's build records the source's revisions, the French page marks
 * the section whose original changed (linking to it), `npm run check` and `npm run translations` list it,
 * a minor edit outdates nothing, and a CI build refuses revisions it would have to record.
 */
const root = path.resolve(import.meta.dirname, '../..');
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kb-translations-'));
  cpSync(path.join(root, 'tests/fixtures/sites/moved/content'), path.join(dir, 'content'), { recursive: true });
  const source = path.join(dir, 'content/articles/mail/mailboxes.mdx');
  writeFileSync(source, `${readFileSync(source, 'utf8')}\n## Quotas {#quotas}\n\nEach mailbox holds up to 20 GB.\n`);
  mkdirSync(path.join(dir, 'content/translations/fr/mail'), { recursive: true });
  writeFileSync(path.join(dir, 'content/translations/fr/mail/mailboxes.mdx'), [
    '---', 'id: 2004', 'sourceRevision: 1', 'title: Boîtes aux lettres', 'description: Un article sur les e-mails.', '---', '',
    'Les boîtes aux lettres contiennent vos messages. Pour récupérer ceux qui ont été supprimés, [récupérez les e-mails](/2001).', '',
    '## Quotas {#quotas}', '', 'Chaque boîte contient jusqu’à 20 Go.', '',
  ].join('\n'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (script: string, args: string[] = [], env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, [path.join(root, script), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, CI: '', KB_LEDGER: '', KB_CONTENT_DIR: path.join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
};
const build = (env: Record<string, string> = {}) => run('src/cli/build.ts', ['--outDir', path.join(dir, 'dist')], env);
const frenchPage = () => readFileSync(path.join(dir, 'dist/fr/mail/mailboxes/index.html'), 'utf8');

test('a section whose original changed after the translation is marked on the translated page, until it is updated', async ({ page }) => {
  test.setTimeout(240_000);
  expect(build().status).toBe(0);
  expect(JSON.parse(readFileSync(path.join(dir, 'content/revisions.json'), 'utf8')).articles['2004']).toHaveLength(1);
  expect(frenchPage()).not.toContain('data-outdated-section');

  // The source's quota changes: the author's build records revision 2, the French section says so.
  const source = path.join(dir, 'content/articles/mail/mailboxes.mdx');
  writeFileSync(source, readFileSync(source, 'utf8').replace('20 GB', '50 GB'));
  const ci = build({ CI: 'true' });
  expect(ci.status, ci.output).not.toBe(0);
  expect(ci.output).toContain('article 2004: revision 2');
  expect(ci.output).toContain('revisions.json');
  expect(build().status).toBe(0);
  await page.goto(pathToFileURL(path.join(dir, 'dist/fr/mail/mailboxes/index.html')).href);
  const notice = page.locator('[data-outdated-section="quotas"]');
  await expect(notice).toContainText(/L’original de cette section a changé le \d+ \S+ \d{4}/);
  await expect(notice.getByRole('link', { name: 'Lire la section originale' })).toHaveAttribute('href', '/mail/mailboxes/#quotas');
  // Only that section: the text before it did not change.
  await expect(page.locator('[data-outdated-section]')).toHaveCount(1);

  const check = run('src/cli/check.ts');
  expect(check.status, check.output).toBe(0);
  expect(check.output).toMatch(/translations\/fr\/mail\/mailboxes\.mdx \(revision 1 of 2\): #quotas changed \d{4}-\d\d-\d\d/);

  // The translator catches up: the page is clean again.
  const translation = path.join(dir, 'content/translations/fr/mail/mailboxes.mdx');
  writeFileSync(translation, readFileSync(translation, 'utf8').replace('sourceRevision: 1', 'sourceRevision: 2').replace('20 Go', '50 Go'));
  expect(build().status).toBe(0);
  expect(frenchPage()).not.toContain('data-outdated-section');
});

test('a typo fix in the source, recorded as minor, outdates no translation', () => {
  test.setTimeout(120_000);
  const source = path.join(dir, 'content/articles/mail/mailboxes.mdx');
  writeFileSync(source, readFileSync(source, 'utf8').replace('Each mailbox holds', 'Every mailbox holds'));
  const minor = run('src/cli/translations.ts', ['minor', '2004']);
  expect(minor.output).toContain('recorded as minor');
  expect(run('src/cli/translations.ts').output).toContain('all up to date');
  expect(build().status).toBe(0);
  expect(frenchPage()).not.toContain('data-outdated-section');
});

test('a fallback page is honest: the interface in French, the English text marked and kept out of the French index', () => {
  // 2001 has no French translation.
  const html = readFileSync(path.join(dir, 'dist/fr/backups/recover-emails/index.html'), 'utf8');
  expect(html).toContain('<html lang="fr"');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/backups\/recover-emails\/">/);
  expect(html).not.toContain('hreflang="x-default"');
  expect(html).toMatch(/<article[^>]*lang="en"/);
  expect(html).not.toContain('data-pagefind-body');
  expect(html).toContain('Cet article n’a pas encore été traduit en français.');
  // The translated page links to it saying which language it is in.
  expect(frenchPage()).toMatch(/<a href="\/fr\/backups\/recover-emails\/" hreflang="en">récupérez les e-mails \(anglais\)<\/a>/);
});
