/**
 * Frontmatter read with positions, so that a schema problem points at the line of the offending field
 * instead of the `:0:0` Astro reports.
 */
import { LineCounter, parseDocument, isMap } from 'yaml';
import type { Problem } from '../problems.ts';

export interface Frontmatter {
  /** The parsed YAML, or undefined when it does not parse. */
  data: unknown;
  /** Line in the file of a dotted path (`errors.2.section`), or of its nearest parent that exists. */
  lineOf(path: ReadonlyArray<string | number>): number;
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
      data: undefined, lines: 0, lineOf: () => 1,
      problems: [{ file, line: 1, column: 1, message: 'the file has no frontmatter', hint: 'start the file with a --- block giving id, title, description and topic (npm run new writes one)' }],
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(match[1] ?? '', { lineCounter: counter, prettyErrors: false });
  const problems: Problem[] = doc.errors.map((e) => {
    const pos = counter.linePos(e.pos[0]);
    return { file, line: pos.line + 1, column: pos.col, message: `invalid YAML: ${e.message.split('\n')[0]}`, hint: 'check the indentation and quote values that contain ":" or "#"' };
  });
  const lineOf = (path: ReadonlyArray<string | number>): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      const key = depth === 1 && isMap(doc.contents) ? doc.contents.items.find((i) => (i.key as { value?: unknown })?.value === path[0]) : undefined;
      const range = (key?.key as { range?: [number, number, number] } | undefined)?.range ?? node?.range;
      if (range) return counter.linePos(range[0]).line + 1;
    }
    return 1;
  };
  return {
    data: problems.length === 0 ? doc.toJS() : undefined,
    lines: match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0),
    lineOf, problems,
  };
}

/** The body of the file with the frontmatter replaced by blank lines, so body line numbers stay true. */
export function blankFrontmatter(text: string, lines: number): string {
  if (lines === 0) return text;
  const all = text.split('\n');
  return [...Array.from({ length: lines }, () => ''), ...all.slice(lines)].join('\n');
}
