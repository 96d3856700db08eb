import { describe, expect, it } from 'vitest';
import Breadcrumbs from '../../../src/components/Breadcrumbs.astro';
import { byTag, findAll, only, parse, render, text } from './html.ts';

const crumbs = [
  { label: 'Home', href: '/' },
  { label: 'Backups', href: '/backups/' },
  { label: 'Restore deleted emails', href: '/1007' },
];

describe('Breadcrumbs', () => {
  it('is a navigation landmark named "Breadcrumb"', async () => {
    expect(only(parse(await render(Breadcrumbs, { crumbs })), 'nav').attrs['aria-label']).toBe('Breadcrumb');
  });

  it('lists one link per crumb, in order, from Home to the current page', async () => {
    const items = byTag(only(parse(await render(Breadcrumbs, { crumbs })), 'ol'), 'li');
    expect(items.map((li) => { const a = only(li, 'a'); return [text(a), a.attrs['href']]; })).toEqual([
      ['Home', '/'],
      ['Backups', '/backups/'],
      ['Restore deleted emails', '/1007'],
    ]);
  });

  it('marks only the last crumb as the current page', async () => {
    const links = byTag(parse(await render(Breadcrumbs, { crumbs })), 'a');
    expect(links.map((a) => a.attrs['aria-current'])).toEqual([undefined, undefined, 'page']);
  });

  it('shows a separator between crumbs, hidden from screen readers', async () => {
    const root = parse(await render(Breadcrumbs, { crumbs }));
    const separators = findAll(root, (el) => el.attrs['aria-hidden'] === 'true');
    expect(separators.map((s) => text(s))).toEqual(['›', '›']);
    expect(text(only(root, 'ol'), { spoken: true })).toBe('HomeBackupsRestore deleted emails');
  });

  it('marks a single crumb as the current page, without separator', async () => {
    const root = parse(await render(Breadcrumbs, { crumbs: [{ label: 'Home', href: '/' }] }));
    expect(only(root, 'a').attrs['aria-current']).toBe('page');
    expect(findAll(root, (el) => el.attrs['aria-hidden'] === 'true')).toHaveLength(0);
  });

  it('is left out of the search index', async () => {
    expect(only(parse(await render(Breadcrumbs, { crumbs })), 'nav').attrs['data-pagefind-ignore']).toBe('all');
  });
});
