import { describe, expect, it } from 'vitest';
import PrevNext from '../../../src/components/PrevNext.astro';
import { article } from './fixtures.ts';
import { byTag, only, parse, render, text, topLevel } from './html.ts';

const prev = article(1006, 'Back up your mailbox');
const next = article(1008, 'Restore a whole mailbox');

describe('PrevNext', () => {
  it('links the previous and next articles with rel=prev and rel=next', async () => {
    const links = byTag(parse(await render(PrevNext, { prev, next })), 'a');
    expect(links.map((a) => [a.attrs['rel'], a.attrs['href'], text(a)])).toEqual([
      ['prev', '/1006', 'PreviousBack up your mailbox'],
      ['next', '/1008', 'NextRestore a whole mailbox'],
    ]);
  });

  it('is a navigation landmark named "More in this topic"', async () => {
    expect(only(parse(await render(PrevNext, { prev, next })), 'nav').attrs['aria-label']).toBe('More in this topic');
  });

  it('links only the previous article on the last article of a topic', async () => {
    const links = byTag(parse(await render(PrevNext, { prev })), 'a');
    expect(links.map((a) => a.attrs['rel'])).toEqual(['prev']);
  });

  it('keeps the next link in the second column when there is no previous article', async () => {
    const nav = only(parse(await render(PrevNext, { next })), 'nav');
    const cells = topLevel(nav);
    expect(cells.map((c) => c.tag)).toEqual(['span', 'a']);
    expect(cells[1]!.attrs['rel']).toBe('next');
    expect(text(cells[0]!)).toBe('');
  });

  it('renders nothing when there is neither a previous nor a next article', async () => {
    expect((await render(PrevNext, {})).trim()).toBe('');
    expect((await render(PrevNext, { prev: undefined, next: undefined })).trim()).toBe('');
  });
});
