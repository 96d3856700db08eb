import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMany } from '../../../src/loaders/render-pool.ts';

describe('renderMany', () => {
  it('renders many articles on worker threads exactly as one thread does, in order, problems included', async () => {
    const contentDir = path.resolve('tests/fixtures/sites/moved/content');
    const articles = [{ id: 2001, url: '/backups/recover-emails/', title: 'Recover emails', aliases: [], draft: false, file: path.join(contentDir, 'articles/backups/recover-emails.mdx') }];
    // Enough articles to start the pool; every 50th has a broken link.
    const jobs = Array.from({ length: 240 }, (_, i) => ({
      file: path.join(contentDir, `articles/mail/generated-${i}.mdx`),
      body: `## Section ${i} {#section-${i}}\n\nSee [recovering emails](/${i % 50 === 0 ? 2999 : 2001}).\n\n<Callout type="tip">\n\nTip ${i}.\n\n</Callout>\n`,
      frontmatter: {},
    }));
    const setup = { contentDir, base: '/', articles };
    const [pooled, single] = [await renderMany(jobs, setup, 2), await renderMany(jobs, setup, 1)];
    expect(pooled).toEqual(single);
    expect(pooled[1]!.article?.html).toContain('<h2 id="section-1">Section 1</h2>');
    expect(pooled.filter((r) => r.problems.length > 0)).toHaveLength(5);
  }, 60_000);

  it('renders the jobs of two callers at once on the same threads, each against its own article index', async () => {
    const contentDir = path.resolve('tests/fixtures/sites/moved/content');
    const recover = { id: 2001, url: '/backups/recover-emails/', title: 'Recover emails', aliases: [], draft: false, file: path.join(contentDir, 'articles/backups/recover-emails.mdx') };
    const jobs = Array.from({ length: 220 }, (_, i) => ({
      file: path.join(contentDir, `articles/mail/generated-${i}.mdx`),
      body: `## Section ${i} {#section-${i}}\n\nSee [recovering emails](/2001).\n`,
      frontmatter: {},
    }));
    // The same articles, linked where 2001 exists and where it is moved: each caller's index decides.
    const here = { contentDir, base: '/', articles: [recover] };
    const moved = { contentDir, base: '/', articles: [{ ...recover, url: '/mail/recover-emails/' }] };
    const [pooledHere, pooledMoved] = await Promise.all([renderMany(jobs, here, 2), renderMany(jobs, moved, 2)]);
    expect(pooledHere).toEqual(await renderMany(jobs, here, 1));
    expect(pooledMoved).toEqual(await renderMany(jobs, moved, 1));
    expect(pooledHere[0]!.article?.html).toContain('href="/backups/recover-emails/"');
    expect(pooledMoved[0]!.article?.html).toContain('href="/mail/recover-emails/"');
  }, 60_000);
});
