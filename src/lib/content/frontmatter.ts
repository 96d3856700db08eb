/**
 * Frontmatter read with positions, so that a schema problem points at the line of the offending field
 * instead of the `:0:0` Astro reports.
 */
import type { Problem } from '../problems.ts';
import { parseYamlWithPositions, type Position } from './yaml-positions.ts';

export interface Frontmatter {
  /** The parsed YAML, or undefined when it does not parse. */
  data: unknown;
  /** Line in the file of a dotted path (`errors.2.section`), or of its nearest parent that exists. */
  lineOf(path: ReadonlyArray<string | number>): number;
  /** Where a field is in the file, or its list item equal to `value` (see yaml-positions.ts). */
  positionOf(path: ReadonlyArray<string | number>, value?: string | number): Position | undefined;
  /** Lines the block spans, `---` fences included (the body starts after them). */
  lines: number;
  problems: Problem[];
}

/**
 * The `---` frontmatter block at the top of a file: group 1 is its YAML. The closing fence is a line of
 * its own (`title: Wait ---` does not end the block). A byte order mark before it and CRLF line endings
 * are accepted, as editors write them. The one definition the whole project uses.
 */
export const FRONTMATTER_BLOCK = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Reads the `---` frontmatter block at the top of an MDX file. */
export function readFrontmatterWithLines(text: string, file: string): Frontmatter {
  const match = FRONTMATTER_BLOCK.exec(text);
  if (!match) {
    return {
      data: undefined, lines: 0, lineOf: () => 1, positionOf: () => undefined,
      problems: [{ file, line: 1, column: 1, message: 'the file has no frontmatter', hint: 'start the file with a --- block giving id, title, description and topic (npm run new writes one)' }],
    };
  }
  // The YAML starts on line 2, after the opening `---`.
  const yaml = parseYamlWithPositions(match[1] ?? '', 2);
  const problems: Problem[] = yaml.errors.map((e) => ({
    file, line: e.line, column: e.column, message: `invalid YAML: ${e.message}`, hint: 'check the indentation and quote values that contain ":" or "#"',
  }));
  return {
    data: problems.length === 0 ? yaml.data : undefined,
    lines: match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0),
    lineOf: (path) => yaml.positionOf(path)?.line ?? 1,
    positionOf: yaml.positionOf,
    problems,
  };
}

/**
 * Line and column of a top-level frontmatter field (`id:`) in a file's text, or of its list item equal
 * to `value` when one is given, so that a problem points at the right line.
 */
export function locateField(text: string, field: string, value?: string | number): Position | undefined {
  return readFrontmatterWithLines(text, '').positionOf([field], value);
}

/** The body of the file with the frontmatter replaced by blank lines, so body line numbers stay true. */
export function blankFrontmatter(text: string, lines: number): string {
  if (lines === 0) return text;
  const all = text.split('\n');
  return [...Array.from({ length: lines }, () => ''), ...all.slice(lines)].join('\n');
}
