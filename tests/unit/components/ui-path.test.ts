import { describe, expect, it } from 'vitest';
import { UiPath } from '../../../src/components/authoring/ui-path.ts';
import { byTag, findAll, only, parse, render, text, topLevel, type Element } from './html.ts';

async function uiPath(slot: string) {
  const [path, ...rest] = topLevel(parse(await render(UiPath, {}, slot)));
  if (!path || rest.length > 0 || path.attrs['class']?.split(' ')[0] !== 'ui-path') throw new Error('expected one ui-path span');
  return path;
}

/** The direct children of the path: labels and separators. */
const parts = (path: Element) => path.children.filter((c): c is Element => typeof c !== 'string');
const labels = (path: Element) => parts(path).filter((p) => p.attrs['aria-hidden'] !== 'true' && !(p.attrs['class'] ?? '').split(' ').includes('sr-only'));

describe('UiPath', () => {
  it('sets each label of "Manager › Mail Service › Restore" apart', async () => {
    const path = await uiPath('Manager › Mail Service › Restore');
    expect(labels(path).map((l) => text(l))).toEqual(['Manager', 'Mail Service', 'Restore']);
  });

  it('shows the separators but hides them from screen readers', async () => {
    const path = await uiPath('Manager › Mail Service › Restore');
    const separators = findAll(path, (el) => el.attrs['aria-hidden'] === 'true');
    expect(separators.map((s) => text(s))).toEqual(['›', '›']);
  });

  it('reads as "Manager, then Mail Service, then Restore" to screen readers', async () => {
    const path = await uiPath('Manager › Mail Service › Restore');
    const srOnly = findAll(path, (el) => (el.attrs['class'] ?? '').split(' ').includes('sr-only'));
    expect(srOnly.map((s) => s.children.join(''))).toEqual([', then ', ', then ']);
    expect(text(path, { spoken: true })).toBe('Manager, then Mail Service, then Restore');
  });

  it.each([
    ['an escaped ">"', 'Settings &gt; Privacy'],
    ['the &rsaquo; entity', 'Settings &rsaquo; Privacy'],
    ['the &#8250; reference', 'Settings &#8250; Privacy'],
    ['"›" without spaces', 'Settings›Privacy'],
  ])('accepts %s as a separator', async (_name, slot) => {
    expect(labels(await uiPath(slot)).map((l) => text(l))).toEqual(['Settings', 'Privacy']);
  });

  it('gives a single label and no separator for a one-step path', async () => {
    const path = await uiPath('Settings');
    expect(parts(path)).toHaveLength(1);
    expect(text(path)).toBe('Settings');
  });

  it('ignores whitespace around the path', async () => {
    expect(labels(await uiPath('\n  Edit › Paste \n')).map((l) => text(l))).toEqual(['Edit', 'Paste']);
  });

  it('keeps inline markup inside a label', async () => {
    const path = await uiPath('<strong>Manager</strong> › Restore');
    expect(text(only(path, 'strong'))).toBe('Manager');
    expect(labels(path)).toHaveLength(2);
  });

  it('keeps a paragraph-wrapped slot (multi-line MDX) well-formed', async () => {
    // MDX wraps `<UiPath>\nA › B\n</UiPath>` in a paragraph.
    const path = await uiPath('<p>Manager › Mail Service</p>');
    expect(labels(path).map((l) => text(l))).toEqual(['Manager', 'Mail Service']);
    expect(byTag(path, 'p')).toHaveLength(0);
  });

  it('does not split at a separator inside a label\'s markup', async () => {
    const path = await uiPath('<strong>Web › Domains</strong> › Restore');
    expect(labels(path).map((l) => text(l))).toEqual(['Web › Domains', 'Restore']);
  });
});

describe('UiPath output', () => {
  it('contains no elements other than spans for a plain-text path', async () => {
    const path = await uiPath('Manager › Mail Service › Restore');
    expect(findAll(path, (el) => el.tag !== 'span')).toEqual([]);
    expect(byTag(path, 'span').length).toBe(3 + 2 * 2);
  });
});
