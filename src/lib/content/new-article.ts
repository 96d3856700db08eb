/** The pure parts of `npm run new`: the slug, the next free id and the starting file. */
import { slug as githubSlug } from 'github-slugger';

/** A URL slug from a title: "Block a sender!" → "block-a-sender". */
export function slugify(title: string): string {
  return githubSlug(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The next free id: one above every id ever used (published, draft or retired), never below `floor`.
 * Ids are never reused, so gaps left by retired articles stay gaps.
 */
export function nextFreeId(used: Iterable<number>, floor = 1001): number {
  let max = floor - 1;
  for (const id of used) if (id > max) max = id;
  return max + 1;
}

/** A new article: valid frontmatter, marked as a draft until the author publishes it, and a body outline. */
export function articleTemplate(a: { id: number; title: string; topic: string }): string {
  return `---
id: ${a.id}
title: ${JSON.stringify(a.title)}
description: ${JSON.stringify(`How to ${a.title.charAt(0).toLowerCase()}${a.title.slice(1)}.`)}
topic: ${a.topic}
keywords: []
related: []
draft: true
---

Answer the question in two or three sentences: what to do, and where.

## Before you start {#before-you-start}

- What the reader needs (access, rights, information).

## Steps {#steps}

<Steps>

1. First step.
2. Second step.

</Steps>
`;
}
