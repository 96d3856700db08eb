import { describe, expect, it } from 'vitest';
import { chooseTab, storageKey } from '../../../src/lib/tab-choice.ts';

const values = ['windows', 'macos', 'linux'];

describe('chooseTab', () => {
  it.each([
    ['the URL parameter over the remembered choice', 'linux', 'macos', 'linux'],
    ['the remembered choice without a URL parameter', null, 'macos', 'macos'],
    ['the remembered choice when the URL names no tab', 'android', 'macos', 'macos'],
    ['the remembered choice when the URL parameter is empty', '', 'macos', 'macos'],
    ['the first tab when nothing is chosen', null, null, 'windows'],
    ['the first tab when neither choice names a tab', 'android', 'ios', 'windows'],
    ['the first tab when both are undefined', undefined, undefined, 'windows'],
    ['a URL parameter in any case and with spaces', ' MacOS ', null, 'macos'],
    ['a remembered choice in any case', null, 'LINUX', 'linux'],
  ])('picks %s', (_, fromUrl, remembered, expected) => {
    expect(chooseTab(values, fromUrl, remembered)).toBe(expected);
  });

  it('picks nothing when there are no tabs', () => {
    expect(chooseTab([], 'macos', 'linux')).toBeUndefined();
  });
});

describe('storageKey', () => {
  it('prefixes the sync group with tabs:', () => {
    expect(storageKey('platform')).toBe('tabs:platform');
  });
});
