import { describe, expect, it } from 'vitest';
import { parsePinComment, rewritePinnedAnchors } from '../../../../src/lib/links/pinned-anchors.ts';

describe('rewritePinnedAnchors', () => {
  it.each([
    ['# Title {#title}', '# Title {/* #title */}'],
    ['## Restore from the Mail Service {#restore-from-mail-service}', '## Restore from the Mail Service {/* #restore-from-mail-service */}'],
    ['### Step three {#step-3}', '### Step three {/* #step-3 */}'],
    ['#### Four {#four}', '#### Four {/* #four */}'],
    ['##### Five {#five}', '##### Five {/* #five */}'],
    ['###### Six {#six}', '###### Six {/* #six */}'],
    ['   ## Indented three spaces {#indented}', '   ## Indented three spaces {/* #indented */}'],
    ['## Spaces around   {#spaced}   ', '## Spaces around {/* #spaced */}'],
    ['## Error 550 5.1.1 {#550-5-1-1}', '## Error 550 5.1.1 {/* #550-5-1-1 */}'],
    ['## Mixed case {#Mixed_Case}', '## Mixed case {/* #Mixed_Case */}'],
  ])('rewrites the heading %j', (line, expected) => {
    expect(rewritePinnedAnchors(line)).toBe(expected);
  });

  it.each([
    ['a paragraph', 'See the section {#not-a-heading}'],
    ['a heading without a space after the hashes', '##Tight {#tight}'],
    ['a heading with seven hashes', '####### Seven {#seven}'],
    ['a heading indented four spaces (code)', '    ## Code {#code}'],
    ['a pin in the middle of the heading', '## Before {#middle} after'],
    ['an id starting with a dash', '## Dash {#-dash}'],
    ['an id with a dot', '## Dot {#a.b}'],
    ['an empty id', '## Empty {#}'],
    ['a list item', '- ## Item {#item}'],
  ])('leaves %s alone', (_, line) => {
    expect(rewritePinnedAnchors(line)).toBe(line);
  });

  it.each([
    ['backtick', '```'],
    ['tilde', '~~~'],
  ])('leaves headings inside %s fences alone', (_, fence) => {
    const source = [
      '## Before {#before}',
      `${fence}md`,
      '## Example {#example}',
      fence,
      '## After {#after}',
    ].join('\n');
    expect(rewritePinnedAnchors(source)).toBe([
      '## Before {/* #before */}',
      `${fence}md`,
      '## Example {#example}',
      fence,
      '## After {/* #after */}',
    ].join('\n'));
  });

  it('keeps a fence open until a closing fence of the same kind and at least the same length', () => {
    const source = [
      '````md',
      '```',
      '~~~',
      '## Inside {#inside}',
      '````',
      '## Outside {#outside}',
    ].join('\n');
    expect(rewritePinnedAnchors(source).split('\n')).toEqual([
      '````md',
      '```',
      '~~~',
      '## Inside {#inside}',
      '````',
      '## Outside {/* #outside */}',
    ]);
  });

  it('keeps every line where it was', () => {
    const source = '---\nid: 1\n---\n\n## A {#a}\n\ntext\n\n```\n## B {#b}\n```\n\n### C {#c}\n';
    const rewritten = rewritePinnedAnchors(source);
    expect(rewritten.split('\n')).toHaveLength(source.split('\n').length);
    expect(rewritten.split('\n')[4]).toBe('## A {/* #a */}');
    expect(rewritten.split('\n')[12]).toBe('### C {/* #c */}');
  });

  it('returns a source without pins unchanged', () => {
    const source = '## Plain heading\n\n{/* a comment */}\n';
    expect(rewritePinnedAnchors(source)).toBe(source);
  });
});

describe('parsePinComment', () => {
  it.each([
    ['/* #restore */', 'restore'],
    ['/*#restore*/', 'restore'],
    ['  /*   #step-3   */  ', 'step-3'],
    ['/* #Mixed_Case */', 'Mixed_Case'],
  ])('reads the id in %j', (expression, id) => {
    expect(parsePinComment(expression)).toBe(id);
  });

  it.each([
    ['a comment without #', '/* restore */'],
    ['an id starting with a dash', '/* #-restore */'],
    ['two words', '/* #restore it */'],
    ['a JavaScript expression', 'props.id'],
    ['a comment followed by code', '/* #restore */ x'],
    ['an empty string', ''],
  ])('finds no id in %s', (_, expression) => {
    expect(parsePinComment(expression)).toBeUndefined();
  });
});

describe('rewritePinnedAnchors inside code', () => {
  it('does not treat a fence line with a language as the end of the block', () => {
    const source = '```\n```js\n## X {#x}\n```\n';
    expect(rewritePinnedAnchors(source)).toBe(source);
  });
});
