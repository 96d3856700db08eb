import { describe, expect, it } from 'vitest';
import { parseYamlWithPositions } from '../../../../src/lib/content/yaml-positions.ts';

const topics = [
  'spam:', //                                 1
  '  title: Spam and phishing', //            2
  '  order: first', //                        3
  'backups:', //                              4
  '  title: Backups', //                      5
  '  aliases: [/restore, /backup]', //        6
].join('\n');

describe('parseYamlWithPositions', () => {
  const yaml = parseYamlWithPositions(topics);

  it('finds a top-level key at its line, column 1', () => {
    expect(yaml.positionOf(['backups'])).toEqual({ line: 4, column: 1 });
  });

  it('finds a nested field where its value is written', () => {
    expect(yaml.positionOf(['spam', 'order'])).toEqual({ line: 3, column: 10 });
  });

  it('falls back to the nearest parent that exists', () => {
    expect(yaml.positionOf(['spam', 'description'])).toEqual({ line: 1, column: 1 });
  });

  it('finds the list item equal to a value', () => {
    expect(yaml.positionOf(['backups', 'aliases'], '/backup')).toEqual({ line: 6, column: 23 });
  });

  it('is undefined for a key the text does not have', () => {
    expect(yaml.positionOf(['web'])).toBeUndefined();
  });

  it('counts lines from where the text starts in its file', () => {
    expect(parseYamlWithPositions('id: 1\ntitle: x\n', 2).positionOf(['title'])).toEqual({ line: 3, column: 1 });
  });

  it('reports a syntax error at its position', () => {
    const broken = parseYamlWithPositions('spam:\n  title: "unclosed\n', 1);
    expect(broken.errors[0]).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/\S/) });
    expect(broken.errors[0]!.line).toBeGreaterThanOrEqual(2);
  });
});

describe('parseYamlWithPositions, a text read again', () => {
  it('gives the data parsed the first time, frozen, since every reader shares it', () => {
    const text = 'id: 4711\ntopic: spam\naliases: [/junk]\n';
    const first = parseYamlWithPositions(text, 2);
    const again = parseYamlWithPositions(text, 2);
    expect(again.data).toBe(first.data);
    expect(Object.isFrozen((again.data as { aliases: string[] }).aliases)).toBe(true);
  });

  it('still finds positions, counted from where this copy of the text starts', () => {
    const text = 'id: 4712\ntitle: Junk mail\n';
    parseYamlWithPositions(text, 2);
    expect(parseYamlWithPositions(text, 5).positionOf(['title'])).toEqual({ line: 6, column: 1 });
  });

  it('reports the errors of a broken text every time it is read', () => {
    const text = 'title: "unclosed\nid: 4713\n';
    parseYamlWithPositions(text);
    expect(parseYamlWithPositions(text).errors).not.toEqual([]);
    expect(parseYamlWithPositions(text).data).toBeUndefined();
  });
});
