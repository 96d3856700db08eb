import { describe, expect, it } from 'vitest';
import { splitUiPath } from '../../../src/lib/ui-path.ts';

describe('splitUiPath', () => {
  it.each([
    ['› characters', 'Manager › Mail Service › Restore'],
    ['&#8250; entities', 'Manager &#8250; Mail Service &#8250; Restore'],
    ['&rsaquo; entities', 'Manager &rsaquo; Mail Service &rsaquo; Restore'],
    ['&gt; entities', 'Manager &gt; Mail Service &gt; Restore'],
    ['separators without spaces', 'Manager›Mail Service&gt;Restore'],
    ['a paragraph', '<p>Manager › Mail Service › Restore</p>'],
    ['a paragraph over several lines', '\n<p>Manager ›\nMail Service ›\nRestore</p>\n'],
  ])('splits labels separated by %s', (_, html) => {
    expect(splitUiPath(html)).toEqual(['Manager', 'Mail Service', 'Restore']);
  });

  it('keeps the markup of a label', () => {
    expect(splitUiPath('<strong>Manager</strong> › <em>Mail <code>Service</code></em>'))
      .toEqual(['<strong>Manager</strong>', '<em>Mail <code>Service</code></em>']);
  });

  it.each([
    ['›', '<code>a › b</code> › Restore', ['<code>a › b</code>', 'Restore']],
    ['&gt;', '<code>a &gt; b</code> &gt; Restore', ['<code>a &gt; b</code>', 'Restore']],
    ['&#8250;', '<kbd>Ctrl &#8250; S</kbd> &#8250; Save', ['<kbd>Ctrl &#8250; S</kbd>', 'Save']],
  ])('keeps a %s separator inside an element', (_, html, labels) => {
    expect(splitUiPath(html)).toEqual(labels);
  });

  it('does not count void and self-closing elements as open', () => {
    expect(splitUiPath('Line<br>break › <img src="x.png" alt=""> Icon › Next<wbr/>step › <x-icon /> End'))
      .toEqual(['Line<br>break', '<img src="x.png" alt=""> Icon', 'Next<wbr/>step', '<x-icon /> End']);
  });

  it('keeps other entities inside a label', () => {
    expect(splitUiPath('Files &amp; folders › Share')).toEqual(['Files &amp; folders', 'Share']);
  });

  it('drops empty labels', () => {
    expect(splitUiPath('› Manager ›› Restore ›  ')).toEqual(['Manager', 'Restore']);
  });

  it.each([[''], ['  '], ['<p></p>'], ['›']])('gives no labels for %j', (html) => {
    expect(splitUiPath(html)).toEqual([]);
  });

  it('gives a single label when there is no separator', () => {
    expect(splitUiPath('<p>Settings</p>')).toEqual(['Settings']);
  });
});
