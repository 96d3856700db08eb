import { describe, expect, it } from 'vitest';
import TableOfContents from '../../../src/components/TableOfContents.astro';
import { byTag, classes, only, parse, render, text, type Element } from './html.ts';

const entries = [
  { depth: 2, slug: 'before-you-start', text: 'Before you start' },
  { depth: 3, slug: 'check-the-address', text: 'Check the address' },
  { depth: 2, slug: 'restore', text: 'Restore & check' },
];

const links = (root: Element) => byTag(root, 'a').map((a) => [text(a), a.attrs['href']]);
const expectedLinks = [
  ['Before you start', '#before-you-start'],
  ['Check the address', '#check-the-address'],
  ['Restore & check', '#restore'],
];

describe('TableOfContents, sidebar', () => {
  it('is a navigation landmark labelled by its "On this page" heading', async () => {
    const root = parse(await render(TableOfContents, { entries, variant: 'sidebar' }));
    const nav = only(root, 'nav');
    const heading = only(nav, 'h2');
    expect(text(heading)).toBe('On this page');
    expect(nav.attrs['aria-labelledby']).toBe(heading.attrs['id']);
    expect(byTag(root, 'details')).toHaveLength(0);
  });

  it('links every entry to its heading, in order', async () => {
    expect(links(parse(await render(TableOfContents, { entries, variant: 'sidebar' })))).toEqual(expectedLinks);
  });

  it('indents h3 entries further than h2 entries', async () => {
    const items = byTag(parse(await render(TableOfContents, { entries, variant: 'sidebar' })), 'li');
    expect(items.map((li) => classes(li))).toEqual([['pl-4'], ['pl-7'], ['pl-4']]);
  });
});

describe('TableOfContents, collapsible', () => {
  it('is a closed details block whose summary reads "On this page"', async () => {
    const details = only(parse(await render(TableOfContents, { entries, variant: 'collapsible' })), 'details');
    expect(details.attrs).not.toHaveProperty('open');
    expect(text(only(details, 'summary'))).toBe('On this page');
  });

  it('wraps its links in a navigation landmark with its own name', async () => {
    const root = parse(await render(TableOfContents, { entries, variant: 'collapsible' }));
    const nav = only(root, 'nav');
    expect(nav.attrs['aria-label']).toBe('On this page (collapsible)');
    expect(byTag(root, 'h2')).toHaveLength(0);
    expect(links(nav)).toEqual(expectedLinks);
  });

  it('indents h3 entries only', async () => {
    const items = byTag(parse(await render(TableOfContents, { entries, variant: 'collapsible' })), 'li');
    expect(items.map((li) => classes(li).includes('pl-4'))).toEqual([false, true, false]);
  });
});

describe('TableOfContents, empty', () => {
  it.each(['sidebar', 'collapsible'])('renders nothing in the %s variant for an article without headings', async (variant) => {
    expect((await render(TableOfContents, { entries: [], variant })).trim()).toBe('');
  });
});

describe('TableOfContents, both variants', () => {
  it('does not repeat the sidebar heading id, so both can share a page', async () => {
    const sidebar = await render(TableOfContents, { entries, variant: 'sidebar' });
    const collapsible = await render(TableOfContents, { entries, variant: 'collapsible' });
    const ids = [...(sidebar + collapsible).matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['toc-title']);
  });
});
