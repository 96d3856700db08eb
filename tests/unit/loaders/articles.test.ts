import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticleHtml, readRenderIndex, renderCacheDir } from '../../../src/lib/render/render-cache.ts';
import { syncArticles } from '../../../src/loaders/articles.ts';

/**
 * The articles loader on a copy of the moved fixture, with a store that keeps what Astro's would: an
 * author edits, renames and breaks articles between syncs, and each sync renders only what must change.
 */
let root = '';
let content = '';
const entries = new Map<string, { digest?: string | undefined; data: Record<string, unknown> }>();
const logged: string[] = [];
const context = {
  store: {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; digest?: string | number; data: Record<string, unknown> }) => {
      entries.set(entry.id, { digest: String(entry.digest), data: entry.data });
      return true;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
  },
  parseData: async ({ data }: { data: Record<string, unknown> }) => data,
  logger: { info: (message: string) => void logged.push(message) },
  config: { root: pathToFileURL(`${process.cwd()}/`) },
} as unknown as Parameters<typeof syncArticles>[0];

/** Syncs, and says how many articles it rendered. */
async function sync(): Promise<number> {
  await syncArticles(context, content, '/');
  return Number(/(\d+) rendered/.exec(logged.at(-1)!)![1]);
}
const article = (relative: string) => path.join(content, 'articles', relative);
const edit = (relative: string, from: string, to: string) => writeFileSync(article(relative), readFileSync(article(relative), 'utf8').replace(from, to));

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'kb-loader-'));
  content = path.join(root, 'content');
  cpSync(path.resolve('tests/fixtures/sites/moved/content'), content, { recursive: true });
  entries.clear();
  logged.length = 0;
});
afterEach(() => {
  rmSync(renderCacheDir(content, '/'), { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

describe('the articles loader', () => {
  it('renders every article once, then none while nothing changes', async () => {
    expect(await sync()).toBe(3);
    expect([...entries.keys()].sort()).toEqual(['articles/backups/recover-emails', 'articles/mail/mailboxes', 'articles/web/restore-site']);
    expect(await sync()).toBe(0);
  });

  it('renders again only the article an author edited, and stores its new HTML', async () => {
    await sync();
    edit('mail/mailboxes.mdx', 'Mailboxes hold your messages.', 'Mailboxes hold every message.');
    expect(await sync()).toBe(1);
    expect(readArticleHtml(renderCacheDir(content, '/'), 'articles/mail/mailboxes')).toContain('Mailboxes hold every message.');
  });

  it('renders again the articles that link to an article that moved, with its new URL', async () => {
    await sync();
    const digest = entries.get('articles/mail/mailboxes')!.digest;
    // Article 2001 moves: the two articles linking to it by id must point to its new URL.
    renameSync(article('backups/recover-emails.mdx'), article('backups/get-emails-back.mdx'));
    expect(await sync()).toBe(3);
    expect(readArticleHtml(renderCacheDir(content, '/'), 'articles/mail/mailboxes')).toContain('href="/backups/get-emails-back/"');
    expect(entries.get('articles/mail/mailboxes')!.digest).not.toBe(digest);
    expect(entries.has('articles/backups/recover-emails')).toBe(false);
  });

  it('renders everything again when the base path changes, into a cache of its own', async () => {
    await sync();
    await syncArticles(context, content, '/help/');
    expect(logged.at(-1)).toMatch(/3 rendered/);
    expect(readArticleHtml(renderCacheDir(content, '/help/'), 'articles/mail/mailboxes')).toContain('href="/help/backups/recover-emails/"');
    rmSync(renderCacheDir(content, '/help/'), { recursive: true, force: true });
  });

  it('fails with every problem at its line, and keeps the last good render of the others', async () => {
    await sync();
    edit('mail/mailboxes.mdx', '[recover emails](/2001)', '[recover emails](/2999)');
    await expect(sync()).rejects.toThrow(/mailboxes\.mdx:8:\d+: Unknown article id in link `\/2999`/);
    expect(readRenderIndex(renderCacheDir(content, '/')).size).toBe(3);
  });
});

describe('the translations loader', () => {
  const translation = (text: string) => {
    const file = path.join(content, 'translations/fr/mail/mailboxes.mdx');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const french = '---\nid: 2004\nsourceRevision: 1\ntitle: Boîtes aux lettres\ndescription: Un article.\n---\n\nLes boîtes contiennent vos messages : [récupérez les e-mails](/2001#pop3-users).\n\n## Quotas {#quotas}\n\nChaque boîte a un quota.\n';
  const syncTranslations = async () => {
    await syncArticles(context, content, '/', 'translations');
    return Number(/(\d+) rendered/.exec(logged.at(-1)!)![1]);
  };
  afterEach(() => ['translations', 'fallbacks'].forEach((kind) => rmSync(renderCacheDir(content, '/', undefined, kind as 'translations'), { recursive: true, force: true })));

  it('renders a translation in its language, linking to the fallback page of what is not translated, and answering to its source\'s old ids', async () => {
    edit('mail/mailboxes.mdx', 'title: Mailboxes', 'title: Mailboxes\nanchorAliases: { sizes: quotas }');
    writeFileSync(article('mail/mailboxes.mdx'), `${readFileSync(article('mail/mailboxes.mdx'), 'utf8')}\n## Quotas {#quotas}\n\nEach mailbox has a quota.\n`);
    translation(french);
    expect(await syncTranslations()).toBe(1);
    expect([...entries.keys()]).toContain('fr/mail/mailboxes');
    const html = readArticleHtml(renderCacheDir(content, '/', undefined, 'translations'), 'fr/mail/mailboxes');
    expect(html).toContain('<a href="/fr/backups/recover-emails/#pop3-users" hreflang="en">récupérez les e-mails (anglais)</a>');
    expect(html).toContain('id="sizes"');
    expect(html).toContain('aria-label="Copier le lien : Quotas"');
    // Nothing changed: nothing renders. The source's aliases change: the translation renders again.
    expect(await syncTranslations()).toBe(0);
    edit('mail/mailboxes.mdx', 'anchorAliases: { sizes: quotas }', 'anchorAliases: { sizes: quotas, limits: quotas }');
    expect(await syncTranslations()).toBe(1);
  });

  it('renders the articles a language lacks as its fallback pages: the source\'s text, its links and share menus in the page\'s language', async () => {
    edit('web/restore-site.mdx', 'Restore your site from a backup,', 'Restore your site from a backup (see [the error lookup](/errors/)),');
    translation(french.replace('contiennent vos messages', 'contiennent vos messages ([analyseur](/errors/#analyzer))'));
    await syncTranslations();
    expect(logged.at(-1)).toMatch(/1 rendered, 2 fallback pages in/);
    const fallbacks = renderCacheDir(content, '/', undefined, 'fallbacks');
    expect([...readRenderIndex(fallbacks).keys()]).toEqual(['fr/articles/backups/recover-emails', 'fr/articles/web/restore-site']);
    const html = readArticleHtml(fallbacks, 'fr/articles/web/restore-site');
    expect(html).toContain('Restore your site from a backup (see <a href="/fr/errors/">the error lookup</a>)');
    expect(html).toMatch(/<a href="\/fr\/backups\/recover-emails\/#pop3[^"]*">what happens to your emails<\/a>/);
    expect(html).toContain('<details class="section-menu not-prose no-print" name="section-menu" data-pagefind-ignore="all" lang="fr">');
    expect(html).toContain('aria-label="Copier le lien : Steps"');
    // A translation's links to the site's pages by path lead to its language's pages too.
    expect(readArticleHtml(renderCacheDir(content, '/', undefined, 'translations'), 'fr/mail/mailboxes')).toContain('<a href="/fr/errors/#analyzer">analyseur</a>');
    // Unchanged: nothing renders again. Translated: its fallback page goes.
    await syncTranslations();
    expect(logged.at(-1)).toMatch(/0 rendered, 0 fallback pages in/);
    const file = path.join(content, 'translations/fr/web/restore-site.mdx');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '---\nid: 2002\nsourceRevision: 1\ntitle: Restaurer un site\ndescription: Un article.\n---\n\nRestaurez votre site.\n\n## Étapes {#steps}\n\nSuivez-les.\n');
    await syncTranslations();
    expect([...readRenderIndex(fallbacks).keys()]).toEqual(['fr/articles/backups/recover-emails']);
  });
});
