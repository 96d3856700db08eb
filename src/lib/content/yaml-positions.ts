/**
 * YAML read with positions, the one way the project finds where a key or a list item is written, so that
 * a problem in frontmatter or in a data file (topics.yaml) points at its line and column. Used for the
 * schema's problems (`errors.2.section`), the catalog's (`related: [1004]` → the item 1004) and the
 * data files'.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
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

/**
 * The data of every YAML text parsed in this process, by the text. A build reads each article's
 * frontmatter three times (the content check, the loader, the ledger's index): parsing it took 0.4-0.6 s
 * a time at 1,000 articles (a CPU profile of a rebuild), where a lookup takes microseconds. It lives on
 * the global object because Vite loads a second copy of this module for the integrations. Frozen, as
 * every reader shares one value. Only texts without errors are kept: a broken one is parsed again, for
 * its positions.
 */
const PARSED = Symbol.for('kb.yaml-data-by-text');
const parsed: Map<string, unknown> = ((globalThis as Record<symbol, Map<string, unknown> | undefined>)[PARSED] ??= new Map());

/**
 * Parses `text`, whose first line is line `firstLine` of its file (2 for frontmatter after `---`). A text
 * parsed before in this process gives its data at once, and finds positions only when asked for one.
 */
export function parseYamlWithPositions(text: string, firstLine = 1): YamlWithPositions {
  if (parsed.has(text)) {
    let positions: YamlWithPositions | undefined;
    return { data: parsed.get(text), errors: [], positionOf: (path, value) => (positions ??= parseYaml(text, firstLine)).positionOf(path, value) };
  }
  const yaml = parseYaml(text, firstLine);
  if (yaml.errors.length === 0) parsed.set(text, deepFreeze(yaml.data));
  return yaml;
}

/** Every text parsed in this process and its data: what a worker that parsed them hands to the main thread. */
export function parsedYaml(): Array<[string, unknown]> {
  return [...parsed];
}

/** Takes texts another thread parsed (see parsedYaml), so that this one does not parse them again. */
export function rememberParsedYaml(entries: ReadonlyArray<[string, unknown]>): void {
  for (const [text, data] of entries) if (!parsed.has(text)) parsed.set(text, deepFreeze(data));
}

function parseYaml(text: string, firstLine: number): YamlWithPositions {
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
  return { data, errors, positionOf };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A whole YAML data file as plain data, or a ContentError naming the file, the line and the problem. */
export function readYamlData(text: string, file: string): unknown {
  const yaml = parseYamlWithPositions(text);
  const [first] = yaml.errors;
  if (first) throw new ContentError([{ file, line: first.line, column: first.column, message: `invalid YAML: ${first.message}` }]);
  return yaml.data;
}
