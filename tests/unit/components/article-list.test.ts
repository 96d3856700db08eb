import { describe, expect, it } from 'vitest';
import ArticleList from '../../../src/components/ArticleList.astro';
import { article } from './fixtures.ts';
import { byTag, only, parse, render, text } from './html.ts';

const articles = [article(1007, 'Restore deleted emails', 'Get back emails from the last 7 days.'), article(1005, 'Contact support & get help')];

describe('ArticleList', () => {
  it('links each article by its title, in the given order', async () => {
    const links = byTag(parse(await render(ArticleList, { articles })), 'a');
    expect(links.map((a) => a.attrs['href'])).toEqual(['/1007', '/1005']);
    expect(links.map((a) => text(byTag(a, 'span')[0]!))).toEqual(['Restore deleted emails', 'Contact support & get help']);
  });

  it('shows each description under its title by default', async () => {
    const links = byTag(parse(await render(ArticleList, { articles })), 'a');
    expect(links.map((a) => byTag(a, 'span').map((s) => text(s)))).toEqual([
      ['Restore deleted emails', 'Get back emails from the last 7 days.'],
      ['Contact support & get help', 'About contact support & get help.'],
    ]);
  });

  it('shows titles only when descriptions are turned off', async () => {
    const links = byTag(parse(await render(ArticleList, { articles, withDescriptions: false })), 'a');
    expect(links.map((a) => text(a))).toEqual(['Restore deleted emails', 'Contact support & get help']);
  });

  it('names the list when a label is given', async () => {
    expect(only(parse(await render(ArticleList, { articles, label: 'Popular articles' })), 'ul').attrs['aria-label']).toBe('Popular articles');
  });

  it('has no aria-label attribute when no label is given', async () => {
    expect(only(parse(await render(ArticleList, { articles })), 'ul').attrs).not.toHaveProperty('aria-label');
  });

  it('escapes HTML in titles and descriptions', async () => {
    const root = parse(await render(ArticleList, { articles: [article(1, '<i>Title</i>', '<b>Desc</b>')] }));
    expect(byTag(root, 'i')).toHaveLength(0);
    expect(byTag(root, 'b')).toHaveLength(0);
    expect(text(only(root, 'a'))).toBe('<i>Title</i><b>Desc</b>');
  });

  it('renders an empty list for no articles', async () => {
    expect(byTag(only(parse(await render(ArticleList, { articles: [] })), 'ul'), 'li')).toHaveLength(0);
  });
});
