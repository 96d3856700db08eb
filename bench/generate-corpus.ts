/**
 * Writes a synthetic help center of N articles in the site's content layout, the same for a given seed:
 * topics, frontmatter with ids, keywords and errors, headings with pinned anchors, numbered steps,
 * report blocks with error codes, and cross-links `[text](/ID#anchor)` to sections of other articles.
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

export function generateCorpus(articles: number, seed: number, out: string): void {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const sentence = (n = 12) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const topics = Array.from({ length: Math.max(4, Math.min(40, Math.round(articles / 250))) }, (_, i) => `topic-${i + 1}`);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'topics.yaml'), topics.map((t, i) => `${t}:\n  title: Topic ${i + 1} ${pick(WORDS)}\n  description: ${sentence(10)}\n  order: ${i + 1}\n`).join(''));
  writeFileSync(path.join(out, 'featured.yaml'), Array.from({ length: 6 }, (_, i) => `- ${1001 + i * Math.max(1, Math.floor(articles / 6))}\n`).join(''));

  for (let n = 1; n <= articles; n++) {
    // Ids start at 1001, as real ones do (and as `npm run new` picks them).
    const i = 1000 + n;
    const topic = topics[n % topics.length]!;
    const title = `${pick(VERBS).charAt(0).toUpperCase()}${pick(VERBS).slice(1)} the ${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const code = pick(CODES);
    const links = Array.from({ length: 3 }, () => {
      const target = 1001 + Math.floor(rand() * articles);
      return target === i ? '' : ` See [the ${pick(SECTIONS)} of article ${target}](/${target}#${pick(SECTIONS)}).`;
    }).join('');
    const steps = Array.from({ length: 5 }, (_, s) => `${s + 1}. ${pick(VERBS).charAt(0).toUpperCase()}${pick(VERBS).slice(1)} the **${pick(WORDS)}** ${pick(WORDS)}.`).join('\n');
    const body = `---
id: ${i}
title: ${title}
description: ${sentence(14)}
topic: ${topic}
keywords: [${pick(WORDS)}, ${pick(WORDS)} ${pick(WORDS)}, "${code}"]
related: [${1001 + ((n + 7) % articles)}, ${1001 + ((n * 13) % articles)}]
errors:
  - code: "${code}"
    section: causes
    meaning: ${sentence(8)}
---

${sentence(20)} ${sentence(16)}

## Overview {#overview}

${sentence(24)} ${sentence(18)}${links}

## Before you start {#before-you-start}

- ${sentence(8)}
- ${sentence(9)}

## Steps {#steps}

<Steps>

${steps}

</Steps>

## Causes {#causes}

${sentence(20)}

\`\`\`report
Diagnostic-Code: smtp; ${code} ${sentence(6)}
\`\`\`

## Fix {#fix}

${sentence(22)} ${sentence(14)}

<Callout type="tip">

${sentence(12)}

</Callout>

## Details {#details}

${Array.from({ length: 4 }, () => sentence(26)).join('\n\n')}
`;
    const dir = path.join(out, 'articles', topic);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `article-${i}.mdx`), body.replace(`related: [${i}, ${i}]`, 'related: []'));
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, seed: { type: 'string', default: '42' }, out: { type: 'string' } } });
  const n = Number(values.articles);
  const out = values.out ?? `bench/corpus/${n}`;
  generateCorpus(n, Number(values.seed), out);
  console.log(`wrote ${n} articles to ${out}`);
}
