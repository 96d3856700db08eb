/**
 * A synthetic help center of N articles, the same for a given seed: topics, frontmatter with ids,
 * keywords and errors, headings with pinned anchors, numbered steps, report blocks with error codes, and
 * cross-links to sections of other articles. The articles are drawn once and written twice: in the site's
 * content layout (`writeSiteCorpus`) and as Astro Starlight docs pages (`writeStarlightDocs`), so that the
 * two builds of the benchmark compile the same text.
 *
 *   node bench/generate-corpus.ts --articles 1000 --seed 42 --out bench/corpus/1000
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** A small, fast, seedable PRNG (mulberry32): the corpus must be identical across runs and machines. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('mailbox server address password backup restore domain hosting website message folder filter spam ' +
  'certificate settings account login quota storage delivery report sender recipient alias forward calendar contact ' +
  'database file upload download browser application device phone network connection port encryption security ' +
  'authentication identifier support request invoice renewal transfer migration record zone redirect certificate').split(' ');
const VERBS = 'check open select click enter choose confirm restore change verify wait save'.split(' ');
const CODES = ['550 5.1.1', '552 5.2.2', '421 4.7.0', '554 5.7.1', '535 5.7.8', '451 4.3.0', '0x800CCC0E', '0x800CCC0F', '550 5.7.26'];
const SECTIONS = ['overview', 'before-you-start', 'steps', 'causes', 'fix', 'details'];

export interface CorpusTopic { slug: string; title: string; description: string }
export interface CorpusLink { text: string; target: number; anchor: string }
/** One article's drawn text, before it is written in either layout. */
export interface CorpusArticle {
  id: number; topic: string; slug: string; title: string; description: string;
  keywords: string[]; related: number[]; code: string; meaning: string;
  intro: string; overview: string; links: CorpusLink[]; checklist: string[]; steps: string[];
  causes: string; report: string; fix: string; tip: string; details: string[];
}
export interface Corpus { topics: CorpusTopic[]; featured: number[]; articles: CorpusArticle[] }

/** The site's URL of an article (`/<topic>/<slug>/`); Starlight's pages get the same path. */
export const articleUrl = (a: Pick<CorpusArticle, 'topic' | 'slug'>) => `/${a.topic}/${a.slug}/`;

/** Draws the corpus. The order of the draws is that of the first version, so old results stay comparable. */
export function drawCorpus(articles: number, seed: number): Corpus {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const capital = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
  const sentence = (n = 12) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${capital(words[0]!)} ${words.slice(1).join(' ')}.`;
  };
  const slugs = Array.from({ length: Math.max(4, Math.min(40, Math.round(articles / 250))) }, (_, i) => `topic-${i + 1}`);
  const topics = slugs.map((slug, i) => ({ slug, title: `Topic ${i + 1} ${pick(WORDS)}`, description: sentence(10) }));
  const featured = Array.from({ length: 6 }, (_, i) => 1001 + i * Math.max(1, Math.floor(articles / 6)));

  const list: CorpusArticle[] = [];
  for (let n = 1; n <= articles; n++) {
    // Ids start at 1001, as real ones do (and as `npm run new` picks them).
    const id = 1000 + n;
    const topic = slugs[n % slugs.length]!;
    const title = `${capital(pick(VERBS).charAt(0))}${pick(VERBS).slice(1)} the ${pick(WORDS)} ${pick(WORDS)} ${id}`;
    const code = pick(CODES);
    const links: CorpusLink[] = [];
    for (let k = 0; k < 3; k++) {
      const target = 1001 + Math.floor(rand() * articles);
      if (target !== id) links.push({ text: `the ${pick(SECTIONS)} of article ${target}`, target, anchor: pick(SECTIONS) });
    }
    const steps = Array.from({ length: 5 }, () => `${capital(pick(VERBS).charAt(0))}${pick(VERBS).slice(1)} the **${pick(WORDS)}** ${pick(WORDS)}.`);
    const description = sentence(14);
    const keywords = [pick(WORDS), `${pick(WORDS)} ${pick(WORDS)}`, code];
    const related = [1001 + ((n + 7) % articles), 1001 + ((n * 13) % articles)];
    list.push({
      id, topic, slug: `article-${id}`, title, description, keywords, code, links, steps,
      related: related.every((r) => r === id) ? [] : related,
      meaning: sentence(8), intro: `${sentence(20)} ${sentence(16)}`, overview: `${sentence(24)} ${sentence(18)}`,
      checklist: [sentence(8), sentence(9)], causes: sentence(20), report: `${code} ${sentence(6)}`,
      fix: `${sentence(22)} ${sentence(14)}`, tip: sentence(12), details: Array.from({ length: 4 }, () => sentence(26)),
    });
  }
  return { topics, featured, articles: list };
}

/** One article in the site's layout: frontmatter, pinned `{#id}` anchors, `/ID#anchor` links, site components. */
function siteArticle(a: CorpusArticle): string {
  const links = a.links.map((l) => ` See [${l.text}](/${l.target}#${l.anchor}).`).join('');
  return `---
id: ${a.id}
title: ${a.title}
description: ${a.description}
topic: ${a.topic}
keywords: [${a.keywords[0]}, ${a.keywords[1]}, "${a.keywords[2]}"]
related: [${a.related.join(', ')}]
errors:
  - code: "${a.code}"
    section: causes
    meaning: ${a.meaning}
---

${a.intro}

## Overview {#overview}

${a.overview}${links}

## Before you start {#before-you-start}

${a.checklist.map((c) => `- ${c}`).join('\n')}

## Steps {#steps}

<Steps>

${a.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}

</Steps>

## Causes {#causes}

${a.causes}

\`\`\`report
Diagnostic-Code: smtp; ${a.report}
\`\`\`

## Fix {#fix}

${a.fix}

<Callout type="tip">

${a.tip}

</Callout>

## Details {#details}

${a.details.join('\n\n')}
`;
}

/** Writes the site's content folder: topics.yaml, featured.yaml, articles/<topic>/<slug>.mdx. */
export function writeSiteCorpus(corpus: Corpus, out: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'topics.yaml'), corpus.topics.map((t, i) => `${t.slug}:\n  title: ${t.title}\n  description: ${t.description}\n  order: ${i + 1}\n`).join(''));
  writeFileSync(path.join(out, 'featured.yaml'), corpus.featured.map((id) => `- ${id}\n`).join(''));
  for (const a of corpus.articles) {
    mkdirSync(path.join(out, 'articles', a.topic), { recursive: true });
    writeFileSync(path.join(out, 'articles', a.topic, `${a.slug}.mdx`), siteArticle(a));
  }
}

/**
 * The same article as a Starlight page: Starlight's frontmatter, its own `Steps` and `Aside` components,
 * headings without `{#id}` (MDX would read it as an expression; Starlight's slugs of these headings are
 * the same ids), and cross-links written as the target's URL.
 */
function starlightArticle(a: CorpusArticle, byId: Map<number, CorpusArticle>): string {
  const links = a.links.map((l) => ` See [${l.text}](${articleUrl(byId.get(l.target)!)}#${l.anchor}).`).join('');
  return `---
title: ${a.title}
description: ${a.description}
---
import { Aside, Steps } from '@astrojs/starlight/components';

${a.intro}

## Overview

${a.overview}${links}

## Before you start

${a.checklist.map((c) => `- ${c}`).join('\n')}

## Steps

<Steps>

${a.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}

</Steps>

## Causes

${a.causes}

\`\`\`txt
Diagnostic-Code: smtp; ${a.report}
\`\`\`

## Fix

${a.fix}

<Aside type="tip">

${a.tip}

</Aside>

## Details

${a.details.join('\n\n')}
`;
}

/** Writes `src/content/docs/` of a Starlight project: a home page, a page per topic listing its articles, the articles. */
export function writeStarlightDocs(corpus: Corpus, docs: string, locales: readonly string[] = []): void {
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  // Each locale's folder holds the same pages (Starlight's layout for translations: docs/<locale>/…).
  for (const locale of locales) writeStarlightDocs(corpus, path.join(docs, locale));
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const entry = (href: string, title: string) => `- [${title}](${href})`;
  writeFileSync(path.join(docs, 'index.mdx'), `---\ntitle: Help center\ndescription: Answers by topic.\n---\n\n${corpus.topics.map((t) => entry(`/${t.slug}/`, t.title)).join('\n')}\n`);
  for (const t of corpus.topics) {
    mkdirSync(path.join(docs, t.slug), { recursive: true });
    const articles = corpus.articles.filter((a) => a.topic === t.slug);
    writeFileSync(path.join(docs, t.slug, 'index.mdx'), `---\ntitle: ${t.title}\ndescription: ${t.description}\n---\n\n${articles.map((a) => entry(articleUrl(a), a.title)).join('\n')}\n`);
    for (const a of articles) writeFileSync(path.join(docs, t.slug, `${a.slug}.mdx`), starlightArticle(a, byId));
  }
}

/**
 * The corpus in other languages, for the five-language benchmark: each article "translated" into each
 * language as the same text (the cost of a page does not depend on its words), as a translation file
 * (`translations/<lang>/<topic>/<slug>.mdx`, translation frontmatter) of the site.
 */
export function writeSiteTranslations(corpus: Corpus, out: string, languages: readonly string[]): void {
  for (const lang of languages) {
    for (const a of corpus.articles) {
      mkdirSync(path.join(out, 'translations', lang, a.topic), { recursive: true });
      const body = siteArticle(a).replace(/^---\n[\s\S]*?\n---\n/, '');
      writeFileSync(path.join(out, 'translations', lang, a.topic, `${a.slug}.mdx`), `---
id: ${a.id}
sourceRevision: 1
title: ${a.title}
description: ${a.description}
keywords: [${a.keywords[0]}, ${a.keywords[1]}, "${a.keywords[2]}"]
errors:
  - code: "${a.code}"
    section: causes
    meaning: ${a.meaning}
---
${body}`);
    }
  }
}

/** Draws the corpus and writes it in the site's layout; returns it for the other writers. */
export function generateCorpus(articles: number, seed: number, out: string, languages: readonly string[] = []): Corpus {
  const corpus = drawCorpus(articles, seed);
  writeSiteCorpus(corpus, out);
  writeSiteTranslations(corpus, out, languages);
  return corpus;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, seed: { type: 'string', default: '42' }, out: { type: 'string' } } });
  const n = Number(values.articles);
  const out = values.out ?? `bench/corpus/${n}`;
  generateCorpus(n, Number(values.seed), out);
  console.log(`wrote ${n} articles to ${out}`);
}
