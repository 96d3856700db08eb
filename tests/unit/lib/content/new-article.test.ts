import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../../../src/lib/content/article-index.ts';
import { articleTemplate, nextFreeId, slugify } from '../../../../src/lib/content/new-article.ts';
import { ArticleSchema } from '../../../../src/schemas/article.ts';
import { SlugSchema } from '../../../../src/schemas/topic.ts';

describe('slugify', () => {
  it.each([
    ['Block a sender!', 'block-a-sender'],
    ['Restore deleted emails', 'restore-deleted-emails'],
    ['Réinitialiser le mot de passe', 'reinitialiser-le-mot-de-passe'],
    ['Ça coûte combien ?', 'ca-coute-combien'],
    ['Naïve Zürich façade', 'naive-zurich-facade'],
    ['550 5.7.1: Relaying denied', '550-571-relaying-denied'],
    ['SPF, DKIM & DMARC', 'spf-dkim-dmarc'],
    ['Outlook -- error 0x800CCC0E', 'outlook-error-0x800ccc0e'],
    ['  Leading and trailing  ', 'leading-and-trailing'],
    ['- dashes - everywhere -', 'dashes-everywhere'],
    ['What is IMAP/POP?', 'what-is-imappop'],
  ])('turns %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('gives an empty slug for a title without letters or digits', () => {
    expect(slugify('?!')).toBe('');
  });

  it.each(['Block a sender!', 'Ça coûte combien ?', 'A -- b', '550 5.7.1: Relaying denied'])('gives a slug the topic schema accepts for %j', (title) => {
    expect(SlugSchema.safeParse(slugify(title)).success).toBe(true);
  });
});

describe('nextFreeId', () => {
  it('starts at 1001 when no id is used', () => {
    expect(nextFreeId([])).toBe(1001);
  });

  it('never goes below the floor', () => {
    expect(nextFreeId([3, 12, 500])).toBe(1001);
  });

  it('takes one above the highest id, in any order', () => {
    expect(nextFreeId([1003, 1010, 1001])).toBe(1011);
  });

  it('never reuses a gap left by a retired article', () => {
    expect(nextFreeId([1001, 1002, 1009])).toBe(1010);
  });

  it('accepts any iterable, such as the keys of the content index', () => {
    expect(nextFreeId(new Map([[1007, 'a'], [1004, 'b']]).keys())).toBe(1008);
  });

  it('accepts another floor', () => {
    expect(nextFreeId([], 1)).toBe(1);
    expect(nextFreeId([4], 10)).toBe(10);
  });
});

describe('articleTemplate', () => {
  const text = articleTemplate({ id: 1011, title: 'Block a sender: "spam" edition', topic: 'spam' });

  it('writes frontmatter that the article schema accepts, as a draft', () => {
    const parsed = ArticleSchema.parse(readFrontmatter(text));
    expect(parsed).toEqual({
      id: 1011,
      title: 'Block a sender: "spam" edition',
      description: 'How to block a sender: "spam" edition.',
      topic: 'spam',
      keywords: [], aliases: [], anchorAliases: {}, errors: [], related: [],
      draft: true,
    });
  });

  it('lowercases only the first letter of the title in the description', () => {
    const data = readFrontmatter(articleTemplate({ id: 1, title: 'Set up SPF', topic: 'email-delivery' }));
    expect(data?.['description']).toBe('How to set up SPF.');
  });

  it('starts the body with an answer, then pinned sections and a Steps block', () => {
    expect(text).toContain('\n---\n\nAnswer the question');
    expect(text).toContain('## Before you start {#before-you-start}');
    expect(text).toContain('## Steps {#steps}\n\n<Steps>\n\n1. First step.\n2. Second step.\n\n</Steps>\n');
  });
});
