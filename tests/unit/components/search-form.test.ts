import { describe, expect, it } from 'vitest';
import SearchForm from '../../../src/components/SearchForm.astro';
import { byTag, only, parse, render, text } from './html.ts';

async function form(props: Record<string, unknown> = {}) {
  return only(parse(await render(SearchForm, props)), 'form');
}

describe('SearchForm', () => {
  it('is a search landmark that sends a GET request to /search/ with the query as q', async () => {
    const f = await form();
    expect(f.attrs).toMatchObject({ action: '/search/', method: 'get', role: 'search' });
    expect(only(f, 'input').attrs).toMatchObject({ name: 'q', type: 'search' });
  });

  it('labels the input "Search the help center"', async () => {
    const f = await form();
    const label = only(f, 'label');
    expect(text(label)).toBe('Search the help center');
    expect(label.attrs['for']).toBe(only(f, 'input').attrs['id']);
  });

  it('uses "site-search" as the input id by default', async () => {
    expect(only(await form(), 'input').attrs['id']).toBe('site-search');
  });

  it('uses the given id for the input and its label', async () => {
    const f = await form({ id: 'home-search' });
    expect(only(f, 'input').attrs['id']).toBe('home-search');
    expect(only(f, 'label').attrs['for']).toBe('home-search');
  });

  it('starts empty by default', async () => {
    expect(only(await form(), 'input').attrs['value']).toBe('');
  });

  it('prefills the given query', async () => {
    expect(only(await form({ value: 'restore emails' }), 'input').attrs['value']).toBe('restore emails');
  });

  it('keeps a query with markup and quotes inside the value attribute', async () => {
    const value = `"><script>alert(1)</script><img src=x onerror=alert(2)> & 'x' &amp;`;
    const html = await render(SearchForm, { value });
    const root = parse(html);
    const form = only(root, 'form');
    expect(only(form, 'input').attrs['value']).toBe(value);
    // The form's own script (fitting the placeholder) follows it; nothing of the query becomes markup.
    expect(byTag(form, 'script')).toHaveLength(0);
    expect(byTag(root, 'script').map((s) => text(s))).not.toContainEqual(expect.stringContaining('alert'));
    expect(byTag(root, 'img')).toHaveLength(0);
    expect(html).not.toContain('value=""');
  });

  it('is the small version by default, with a submit button only screen readers see until it has the focus (WCAG H32, 2.4.7)', async () => {
    const f = await form();
    const button = only(f, 'button');
    expect(button.attrs['type']).toBe('submit');
    expect(button.attrs['class']!.split(' ')).toEqual(expect.arrayContaining(['sr-only', 'focus:not-sr-only']));
    expect(text(button)).toBe('Search');
    expect(only(f, 'input').attrs['placeholder']).toBe('Search');
  });

  it('has a Search submit button and a longer placeholder in the large version', async () => {
    const f = await form({ size: 'large' });
    const button = only(f, 'button');
    expect(button.attrs['type']).toBe('submit');
    expect(text(button)).toBe('Search');
    expect(only(f, 'input').attrs['placeholder']).toBe('Describe your problem or paste an error code');
  });

  it('hides the magnifier icon from screen readers', async () => {
    expect(only(await form(), 'svg').attrs['aria-hidden']).toBe('true');
  });

  it('adds a labelled topic filter, sent as topic, in the search page version', async () => {
    const f = await form({ size: 'page', id: 'search-page', topics: [{ slug: 'email', title: 'Email' }] });
    const select = only(f, 'select');
    expect(select.attrs['name']).toBe('topic');
    expect(byTag(f, 'label').map((l) => [text(l), l.attrs['for']])).toEqual([['Search the help center', 'search-page'], ['Topic', select.attrs['id']]]);
    expect(byTag(select, 'option').map((o) => [o.attrs['value'], text(o)])).toEqual([['', 'All topics'], ['email', 'Email']]);
    expect(text(only(f, 'button'))).toBe('Search');
  });
});
