import { describe, expect, it } from 'vitest';
import { Callout } from '../../../src/components/authoring/callout.ts';
import { byTag, findAll, only, parse, render, text } from './html.ts';

async function callout(props: Record<string, unknown>, body = '<p>Backups older than 7 days are gone.</p>') {
  const root = parse(await render(Callout, props, body));
  const [box] = findAll(root, (el) => el.attrs['role'] === 'note');
  if (!box) throw new Error('no role="note" element');
  return box;
}

describe('Callout', () => {
  it('is a note landmark whose heading names the kind and the title', async () => {
    const box = await callout({ type: 'warning', title: 'Only within 7 days' });
    expect(text(only(box, 'span'), { spoken: true })).toBe('Warning: Only within 7 days');
  });

  it.each([
    ['note', 'Note'],
    ['tip', 'Tip'],
    ['warning', 'Warning'],
    ['danger', 'Danger'],
  ])('shows the kind %s as the word "%s", not by colour alone', async (type, word) => {
    const box = await callout({ type });
    expect(box.attrs['data-callout']).toBe(type);
    expect(text(only(box, 'span'), { spoken: true })).toBe(word);
  });

  it('is a note when no type is given', async () => {
    const box = await callout({});
    expect(box.attrs['data-callout']).toBe('note');
    expect(text(only(box, 'span'))).toBe('Note');
  });

  it('shows the kind alone, without a colon, when the title is empty', async () => {
    expect(text(only(await callout({ type: 'tip', title: '' }), 'span'))).toBe('Tip');
  });

  it('renders the body inside the note', async () => {
    const box = await callout({ type: 'danger' }, '<p>Deleting is <strong>final</strong>.</p>');
    const [body] = findAll(box, (el) => el.attrs['class']?.split(' ')[0] === 'callout-body');
    expect(text(body!)).toBe('Deleting is final.');
    expect(byTag(box, 'strong')).toHaveLength(1);
  });

  it('hides its icon from screen readers', async () => {
    const svgs = byTag(await callout({ type: 'warning' }), 'svg');
    expect(svgs).toHaveLength(1);
    expect(svgs[0]!.attrs['aria-hidden']).toBe('true');
  });

  it('escapes HTML in the title', async () => {
    const box = await callout({ title: '<b>bold</b> & more' });
    expect(byTag(box, 'b')).toHaveLength(0);
    expect(text(only(box, 'span'))).toBe('Note: <b>bold</b> & more');
  });

  it('rejects an unknown type with an error that names <Callout> and the allowed types', async () => {
    await expect(render(Callout, { type: 'info' }, '<p>x</p>')).rejects.toThrow('`<Callout type="info">`: use one of note, tip, warning, danger');
  });
});
