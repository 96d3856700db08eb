/**
 * Guards the Markdown compiler against pathological nesting. Sätteri parses in native code, where a
 * list nested some thousands of levels deep (or JSX elements nested tens of thousands deep) overflows
 * the stack and kills the process with a segmentation fault: no message, no file, no last good build
 * notice. No real article nests more than a handful of levels, so a cheap scan of the source refuses
 * anything nested beyond a generous limit, at its line, before the compiler sees it.
 */

/** Deepest nesting an article may use: far beyond any readable article, far below the crash. */
export const MAX_NESTING = 100;

export interface NestingProblem {
  line: number;
  column: number;
  reason: string;
}

/** The first place where `source` nests deeper than `MAX_NESTING`, or undefined. */
export function nestingProblem(source: string): NestingProblem | undefined {
  const lines = source.split('\n');
  let depth = 0;
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Code blocks are text: their `<tags>` open nothing.
    if (/^\s*(`{3,}|~{3,})/.test(line)) fenced = !fenced;
    if (fenced) continue;
    // Block quotes: `> > > text`; lists and code: indentation (a level is at least two columns).
    const quotes = /^[\s>]*/.exec(line)![0].split('>').length - 1;
    if (quotes > MAX_NESTING) return problem(i, 1, `${quotes} nested block quotes`);
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (indent > MAX_NESTING * 4) return problem(i, 1, `text indented ${indent} columns (lists nested too deep)`);
    // JSX elements: every `<Name` opens one, `</Name>` and `/>` close one.
    for (const match of line.matchAll(/<\/?[A-Za-z][\w.:-]*|\/>/g)) {
      depth += match[0].startsWith('</') || match[0] === '/>' ? -1 : 1;
      if (depth > MAX_NESTING) return problem(i, match.index + 1, `elements nested ${depth} deep`);
    }
    depth = Math.max(depth, 0);
  }
  return undefined;
}

function problem(index: number, column: number, what: string): NestingProblem {
  return { line: index + 1, column, reason: `${what}: articles may nest at most ${MAX_NESTING} levels (deeper nesting crashes the Markdown compiler); flatten this part` };
}
