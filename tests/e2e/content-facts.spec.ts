import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/shared-page.ts';
import { scanContent } from '../../src/lib/content/article-index.ts';

/**
 * Every seed article keeps the facts of its source text. Each `tests/content-facts/<id>.json` lists
 * phrases from the seed that a customer must be able to read on that article's page.
 */
const dir = path.join(import.meta.dirname, '..', 'content-facts');
const cases = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({
  id: Number(path.basename(f, '.json')),
  facts: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as string[],
}));

const articles = scanContent('content');

const normalise = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').toLowerCase();

test.describe('seed facts on the article pages', () => {
  test('every seed article has a list of facts', () => {
    expect(cases.map((c) => c.id).sort()).toEqual([1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010]);
  });

  for (const { id, facts } of cases) {
    test(`article ${id} states every fact of its seed text`, async ({ page }) => {
      await page.goto(articles.get(id)!.url);
      // textContent, not innerText: facts in a platform tab that is not selected are still on the page.
      const text = normalise((await page.locator('.article-body').textContent()) ?? '');
      const missing = facts.filter((fact) => !text.includes(normalise(fact)));
      expect(missing, `article ${id} is missing these facts`).toEqual([]);
    });
  }
});
