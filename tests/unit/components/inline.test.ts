import { describe, expect, it } from 'vitest';
import { Figure } from '../../../src/components/authoring/figure.ts';
import { Kbd } from '../../../src/components/authoring/kbd.ts';
import { Steps } from '../../../src/components/authoring/steps.ts';
import { byTag, only, parse, render, text } from './html.ts';

describe('Kbd', () => {
  it('renders the key in a <kbd> element', async () => {
    const root = parse(await render(Kbd, {}, '⌘'));
    expect(root.children).toHaveLength(1);
    expect(text(only(root, 'kbd'))).toBe('⌘');
  });

  it('shows a character reference in the slot as its character, not escaped twice', async () => {
    expect(text(only(parse(await render(Kbd, {}, '&lt;')), 'kbd'))).toBe('<');
  });
});

describe('Figure', () => {
  const image = '<img src="/restore.png" alt="Restore button at the top right">';

  it('wraps the image in a figure with the caption below it', async () => {
    const figure = only(parse(await render(Figure, { caption: 'The Restore button of the Mail Service' }, image)), 'figure');
    expect(figure.children.map((c) => (typeof c === 'string' ? c : c.tag))).toEqual(['img', 'figcaption']);
    expect(text(only(figure, 'figcaption'))).toBe('The Restore button of the Mail Service');
  });

  it('has no figcaption when no caption is given', async () => {
    const figure = only(parse(await render(Figure, {}, image)), 'figure');
    expect(byTag(figure, 'figcaption')).toHaveLength(0);
    expect(only(figure, 'img').attrs['alt']).toBe('Restore button at the top right');
  });

  it('has no figcaption when the caption is empty', async () => {
    expect(byTag(parse(await render(Figure, { caption: '' }, image)), 'figcaption')).toHaveLength(0);
  });

  it('escapes HTML in the caption', async () => {
    const caption = only(parse(await render(Figure, { caption: 'Size <b>&</b>' }, image)), 'figcaption');
    expect(byTag(caption, 'b')).toHaveLength(0);
    expect(text(caption)).toBe('Size <b>&</b>');
  });
});

describe('Steps', () => {
  it('wraps the numbered list in a steps block, unchanged', async () => {
    const list = '<ol><li>Log in to the Manager</li><li>Click <strong>Restore Emails</strong></li></ol>';
    const html = await render(Steps, { name: 'macos' }, list);
    const block = only(parse(html), 'div');
    expect(block.attrs['class']).toBe('steps-block');
    expect(html).toBe(`<div class="steps-block">${list}</div>`);
  });
});
