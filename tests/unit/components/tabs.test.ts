import { describe, expect, it } from 'vitest';
import { Tab, Tabs } from '../../../src/components/authoring/tabs.ts';
import { byTag, findAll, has, only, parse, render, text } from './html.ts';

async function tabs(props: Record<string, unknown> = {}) {
  const windows = await render(Tab, { label: 'Windows', value: 'windows' }, '<p>Press <kbd>PrtScn</kbd>.</p>');
  const macos = await render(Tab, { label: 'macOS', value: 'macos' }, '<p>Press Shift-Command-3.</p>');
  return parse(await render(Tabs, props, windows + macos));
}

describe('Tab', () => {
  it('is a panel that carries its value and label for the tabs script', async () => {
    const panel = only(parse(await render(Tab, { label: 'macOS', value: 'macos' }, '<p>x</p>')), 'section');
    expect(has(panel, 'data-tab-panel')).toBe(true);
    expect(panel.attrs).toMatchObject({ 'data-value': 'macos', 'data-label': 'macOS' });
  });

  it('shows its label above its content, so it reads well without JavaScript', async () => {
    const panel = only(parse(await render(Tab, { label: 'macOS', value: 'macos' }, '<p>Press Shift-Command-3.</p>')), 'section');
    const [heading] = findAll(panel, (el) => has(el, 'data-tab-heading'));
    expect(text(heading!)).toBe('macOS');
    expect(text(panel)).toBe('macOSPress Shift-Command-3.');
  });

  it('escapes the label in the attribute and the heading', async () => {
    const panel = only(parse(await render(Tab, { label: 'Linux "<b>"', value: 'linux' }, 'x')), 'section');
    expect(panel.attrs['data-label']).toBe('Linux "<b>"');
    expect(byTag(panel, 'b')).toHaveLength(0);
  });

  it.each(['windows', 'macos-13', 'ios17'])('accepts the value %s', async (value) => {
    expect(only(parse(await render(Tab, { label: 'X', value }, 'x')), 'section').attrs['data-value']).toBe(value);
  });

  it.each(['Mac OS', 'macOS', 'mac_os', 'mac os', ''])('rejects the value "%s" with an error that says what is allowed', async (value) => {
    await expect(render(Tab, { label: 'X', value }, 'x')).rejects.toThrow(`\`<Tab value="${value}">\`: use lowercase letters, digits and dashes`);
  });
});

describe('Tabs', () => {
  it('shows every panel, in order, with its label', async () => {
    const panels = findAll(await tabs(), (el) => has(el, 'data-tab-panel'));
    expect(panels.map((p) => [p.attrs['data-value'], p.attrs['data-label']])).toEqual([['windows', 'Windows'], ['macos', 'macOS']]);
    expect(panels.map((p) => text(p))).toEqual(['WindowsPress PrtScn.', 'macOSPress Shift-Command-3.']);
  });

  it('has an empty tablist that stays hidden until the script fills it', async () => {
    const [tablist, ...more] = findAll(await tabs(), (el) => el.attrs['role'] === 'tablist');
    expect(more).toHaveLength(0);
    expect(has(tablist!, 'hidden')).toBe(true);
    expect(has(tablist!, 'data-tablist')).toBe(true);
    expect(tablist!.children).toEqual([]);
  });

  it('syncs on "platform" by default', async () => {
    expect(only(await tabs(), 'kb-tabs').attrs['data-sync']).toBe('platform');
  });

  it('syncs on the given key', async () => {
    expect(only(await tabs({ sync: 'client' }), 'kb-tabs').attrs['data-sync']).toBe('client');
  });

  it('puts the panels inside the kb-tabs element the script enhances', async () => {
    const group = only(await tabs(), 'kb-tabs');
    expect(findAll(group, (el) => has(el, 'data-tab-panel'))).toHaveLength(2);
  });

  it('asks the page for its script instead of putting one in the markup', async () => {
    expect(byTag(await tabs(), 'script')).toHaveLength(0);
    expect(Tabs.script).toBe('tabs');
  });
});
