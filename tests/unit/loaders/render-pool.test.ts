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
});
