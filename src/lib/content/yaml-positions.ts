/**
 * YAML read with positions, the one way the project finds where a key or a list item is written, so that
 * a problem in frontmatter or in a data file (topics.yaml) points at its line and column. Used for the
 * schema's problems (`errors.2.section`), the catalog's (`related: [1004]` → the item 1004) and the
 * data files'.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { ContentError } from '../problems.ts';

/**
 * How far YAML aliases may expand. Content and data files have no use for aliases at all; the limit stops
 * an alias bomb (a few lines that expand to millions of nodes) before it takes the process's memory.
 */
const MAX_ALIAS_COUNT = 20;

export interface Position {
  line: number;
  column: number;
}

export interface YamlWithPositions {
  doc: Document;
  /** The document as plain data; undefined when it has errors. */
  data: unknown;
  /** Syntax errors, at their position. */
  errors: Array<Position & { message: string }>;
  /**
   * Where a dotted path (`['errors', 2, 'section']`) is written, or its nearest parent that is; with
   * `value`, where the item of the list at `path` equal to it is (the field itself when none is).
   * Undefined when even the first key is absent.
   */
  positionOf(path: ReadonlyArray<string | number>, value?: string | number): Position | undefined;
}

type Ranged = { range?: [number, number, number] | null };

/** Parses `text`, whose first line is line `firstLine` of its file (2 for frontmatter after `---`). */
export function parseYamlWithPositions(text: string, firstLine = 1): YamlWithPositions {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  // A top-level key is found by its key node (the value may start on the next line); deeper paths by the node.
  const keyOf = (key: string | number) => (isMap(doc.contents) ? doc.contents.items.find((i) => isScalar(i.key) && i.key.value === key)?.key : undefined) as Ranged | undefined;
  const positionOf = (path: ReadonlyArray<string | number>, value?: string | number): Position | undefined => {
    if (value !== undefined) {
      const list = doc.getIn(path, true);
      const item = isSeq(list) ? list.items.find((i) => isScalar(i) && String(i.value) === String(value)) : undefined;
      const range = (item as Ranged | undefined)?.range;
      if (range) return at(range[0]);
    }
    for (let depth = path.length; depth > 0; depth--) {
      const node = depth === 1 ? keyOf(path[0]!) : (doc.getIn(path.slice(0, depth), true) as Ranged | undefined);
      if (node?.range) return at(node.range[0]);
    }
    return undefined;
  };
  const errors = doc.errors.map((e) => ({ ...at(e.pos[0]), message: e.message.split('\n')[0]! }));
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      // The yaml package throws a ReferenceError past the alias limit: a problem of the file, not a crash.
      errors.push({ ...at(0), message: `aliases (*name) expand too far (more than ${MAX_ALIAS_COUNT}): write the values out` });
    }
  }
  return { doc, data, errors, positionOf };
}

/** A whole YAML data file as plain data, or a ContentError naming the file, the line and the problem. */
export function readYamlData(text: string, file: string): unknown {
  const yaml = parseYamlWithPositions(text);
  const [first] = yaml.errors;
  if (first) throw new ContentError([{ file, line: first.line, column: first.column, message: `invalid YAML: ${first.message}` }]);
  return yaml.data;
}
