import { describe, expect, it } from 'vitest';
import TopicGrid from '../../../src/components/TopicGrid.astro';
import { article, topic } from './fixtures.ts';
import { byTag, parse, render, text } from './html.ts';

const three = [article(1, 'One'), article(2, 'Two'), article(3, 'Three')];

async function cards(topics: ReturnType<typeof topic>[]) {
  return byTag(parse(await render(TopicGrid, { topics })), 'a').map((a) => ({ href: a.attrs['href'], lines: byTag(a, 'span').map((s) => text(s)) }));
}

describe('TopicGrid', () => {
  it('links each topic with its title, description and article count, in order', async () => {
    expect(await cards([topic('backups', 'Backups', three), topic('spam', 'Spam', [article(4, 'Four')])])).toEqual([
      { href: '/backups/', lines: ['Backups', 'Everything about backups.', '3 articles'] },
      { href: '/spam/', lines: ['Spam', 'Everything about spam.', '1 article'] },
    ]);
  });

  it.each([
    [0, '0 articles'],
    [1, '1 article'],
    [2, '2 articles'],
    [3, '3 articles'],
  ])('counts %i articles as "%s"', async (n, words) => {
    const [card] = await cards([topic('backups', 'Backups', three.concat(three).slice(0, n))]);
    expect(card!.lines[2]).toBe(words);
  });

  it('renders one list item per topic', async () => {
    const root = parse(await render(TopicGrid, { topics: [topic('a', 'A', []), topic('b', 'B', []), topic('c', 'C', [])] }));
    expect(byTag(root, 'li')).toHaveLength(3);
  });
});
