import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { scanContent } from '../../src/lib/content/article-index.ts';
import { readVocabulary, vocabularyWords } from '../../src/lib/search/vocabulary.ts';
import { expect, test } from '../support/shared-page.ts';
import { ui } from '../../src/i18n/ui.ts';

/**
 * Every relevance case (tests/relevance/queries.yaml) runs through the real search page in Chromium,
 * against the built index: each query must find an expected article in the top 3, and at least 95% of
 * them must find one first.
 *
 * The reader types one query after another into the search page's box, as on a visit: the index is
 * loaded once, not once per query (a page load per case cost over two minutes). Opening the page from
 * a link with ?q= is search.spec.ts's story.
 */
type Case = { query: string | number; expect: number[]; kind?: 'typo' | 'question' | 'everyday' };
/**
 * Each language's cases, run on its own search page: English (queries.yaml), French and German, and Italian and
 * Spanish, whose indexes hold only their six translated articles: fewer cases there (`minimum`), by the same rules.
 */
const suites = [
  { lang: 'en', file: 'queries.yaml', minimum: 80 },
  { lang: 'fr', file: 'queries.fr.yaml', minimum: 80 },
  { lang: 'de', file: 'queries.de.yaml', minimum: 80 },
  { lang: 'it', file: 'queries.it.yaml', minimum: 24 },
  { lang: 'es', file: 'queries.es.yaml', minimum: 24 },
] as const;
const casesOf = (file: string) => parse(readFileSync(path.join(import.meta.dirname, '../relevance', file), 'utf8')) as Case[];
const articles = [...scanContent('content').values()];

/** How a question starts in each language (or it ends with "?"). */
const QUESTION: Record<string, RegExp> = {
  en: /^(how|what|why|which|where|when|who|can|could|do|does|is|are|should|will)\b|\?$/i,
  fr: /^(comment|pourquoi|que|quel|quelle|quels|quelles|où|quand|qui|est-ce|puis-je|peut-on|dois-je|faut-il)\b|\?$/i,
  de: /^(wie|was|warum|wieso|weshalb|welche|welcher|welches|wo|wann|wer|kann|können|muss|soll|darf|ist|sind|gibt)\b|\?$/i,
  it: /^(come|perché|perche|cosa|che|quale|quali|quando|dove|chi|posso|devo)(?=\s)|\?$/i,
  es: /^(¿|cómo\s|como\s|por qué\s|porque\s|qué\s|que\s|cuál\s|cuándo\s|dónde\s|quién\s|puedo\s)|\?$/i,
};

for (const { lang, file, minimum } of suites) {
const cases = casesOf(file);
const prefix = lang === 'en' ? '' : `/${lang}`;
const idOfUrl = new Map(articles.map((a) => [`${prefix}${a.url}`, a.id]));
const busy = [ui(lang).browser.searching, ui(lang).browser.typeSomething];

test(`${lang}: search ranks the expected article first for at least 95% of the relevance cases, and in the top 3 for all`, async ({ page }) => {
  test.setTimeout(180_000);
  const report: string[] = [];
  let first = 0;
  const misses: string[] = [];
  await page.goto(`${prefix}/search/`);
  const box = page.getByRole('main').getByRole('searchbox');
  for (const { query, expect: expected } of cases) {
    // The reader types the query and presses Enter (searching at once, not after the typing pause).
    await box.fill(String(query));
    await box.press('Enter');
    // Its answer is in once the address carries the query, the status has left "Searching…" for the
    // count, and the results are all drawn (the first is drawn before the others). Checked in
    // the page on every frame, not by polling expectations, which waited longer than the search.
    const answer = await page.waitForFunction(([q, waiting]) => {
      const status = (document.querySelector('[data-search-status]')?.textContent ?? '').trim();
      if (new URL(location.href).searchParams.get('q') !== q || status === '' || waiting.includes(status)) return false;
      // The results are drawn in two steps: the list is busy until the second is in.
      const list = document.querySelector('[data-search-results]');
      if (!list || list.getAttribute('aria-busy') === 'true') return false;
      return [...list.querySelectorAll<HTMLAnchorElement>('[data-search-result]')].slice(0, 3).map((a) => new URL(a.href).pathname);
    }, [String(query).trim(), busy] as const);
    const urls = (await answer.jsonValue()) as string[];
    const ids = urls.map((u) => idOfUrl.get(u));
    const rank = ids.findIndex((id) => id !== undefined && expected.includes(id));
    if (rank === 0) first++;
    if (rank === -1) misses.push(`"${query}" → ${ids.join(', ') || 'nothing'} (expected ${expected.join(' or ')})`);
    report.push(`${rank === 0 ? '1st' : rank > 0 ? `${rank + 1}th` : 'MISS'}  ${query} → ${ids.join(', ')}`);
  }
  console.log(`relevance (${lang}): ${first}/${cases.length} first\n${report.join('\n')}`);
  expect(misses, 'queries without an expected article in the top 3').toEqual([]);
  expect(first / cases.length).toBeGreaterThanOrEqual(0.95);
});

test(`${lang}: the cases are written as customers type: at least ${minimum}, a third with a typing mistake, a third as questions`, async ({ request }) => {
  // A typing mistake is a word the built index does not have (its vocabulary, as the search loads it),
  // so a case tagged `typo` whose words the articles happen to use is caught, not counted.
  const vocabulary = readVocabulary(await (await request.get(`/pagefind/search-vocabulary.${lang}.json`)).json());
  const known = new Set(vocabulary.words.map((w) => w.word));
  expect(known.size, 'the built vocabulary').toBeGreaterThan(100);
  const typos = cases.filter((c) => c.kind === 'typo');
  const questions = cases.filter((c) => c.kind === 'question');
  expect(typos.filter((c) => vocabularyWords(String(c.query)).every((w) => known.has(w))).map((c) => c.query), 'typo cases without a word unknown to the index').toEqual([]);
  expect(questions.filter((c) => !QUESTION[lang]!.test(String(c.query).trim())).map((c) => c.query), 'question cases that are not questions').toEqual([]);
  expect(cases.length).toBeGreaterThanOrEqual(minimum);
  expect(typos.length, 'cases with a typing mistake').toBeGreaterThanOrEqual(cases.length / 3);
  expect(questions.length, 'cases written as questions').toBeGreaterThanOrEqual(cases.length / 3);
  // Problems as people say them ("not receiving emails", "cant send"): English has at least ten.
  if (lang === 'en') expect(cases.filter((c) => c.kind === 'everyday').length, 'cases of everyday phrasing').toBeGreaterThanOrEqual(10);
});
}
