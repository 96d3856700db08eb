/**
 * Helpers for component tests: render an Astro component with the container API, and a tiny HTML
 * reader (no DOM in the node environment) that is just enough to query the small, well-formed
 * fragments the components produce.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;

/** Renders a component to an HTML string; `slot` fills the default slot with raw HTML. */
export async function render(component: Component, props: Record<string, unknown> = {}, slot?: string): Promise<string> {
  container ??= await AstroContainer.create();
  return container.renderToString(component, { props, ...(slot === undefined ? {} : { slots: { default: slot } }) });
}

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Array<Element | string>;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsaquo: '›' };

export function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const TOKEN = /<!--[\s\S]*?-->|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** Parses an HTML fragment into a tree under a `#root` element. */
export function parse(html: string): Element {
  const root: Element = { tag: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const top = stack[stack.length - 1]!;
    const [token, closing, opening, attrText = '', selfClosing] = m;
    if (token.startsWith('<!--')) continue;
    if (closing) {
      const i = stack.map((e) => e.tag).lastIndexOf(closing.toLowerCase());
      if (i > 0) stack.length = i;
    } else if (opening) {
      const el: Element = { tag: opening.toLowerCase(), attrs: {}, children: [] };
      for (const a of attrText.matchAll(ATTR)) el.attrs[a[1]!.toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
      top.children.push(el);
      if (RAW_TEXT.has(el.tag)) {
        const end = html.toLowerCase().indexOf(`</${el.tag}`, TOKEN.lastIndex);
        const stop = end === -1 ? html.length : end;
        if (stop > TOKEN.lastIndex) el.children.push(html.slice(TOKEN.lastIndex, stop));
        TOKEN.lastIndex = end === -1 ? html.length : html.indexOf('>', end) + 1;
      } else if (!VOID.has(el.tag) && !selfClosing) {
        stack.push(el);
      }
    } else {
      top.children.push(decode(token));
    }
  }
  return root;
}

/** Every element below `node` (document order) that matches `test`. */
export function findAll(node: Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (typeof child === 'string') continue;
      if (test(child)) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

/** Every element with this tag name. */
export function byTag(node: Element, tag: string): Element[] {
  return findAll(node, (el) => el.tag === tag);
}

/** The one element with this tag name; fails when there are none or several. */
export function only(node: Element, tag: string): Element {
  const all = byTag(node, tag);
  if (all.length !== 1) throw new Error(`expected exactly one <${tag}>, found ${all.length}`);
  return all[0]!;
}

/**
 * The text of an element, whitespace collapsed. `spoken` leaves out `aria-hidden="true"` subtrees
 * (what a screen reader announces, ignoring CSS such as `sr-only`).
 */
export function text(node: Element, { spoken = false } = {}): string {
  const collect = (el: Element): string =>
    el.children.map((c) => (typeof c === 'string' ? c : spoken && c.attrs['aria-hidden'] === 'true' ? '' : collect(c))).join('');
  return collect(node).replace(/\s+/g, ' ').trim();
}

/** Whether the element carries this attribute (boolean attributes have the value ''). */
export function has(el: Element, attr: string): boolean {
  return Object.hasOwn(el.attrs, attr);
}

/** The class names of an element. */
export function classes(el: Element): string[] {
  return (el.attrs['class'] ?? '').split(/\s+/).filter(Boolean);
}

/** The top-level elements of a parsed fragment (whitespace between them ignored). */
export function topLevel(root: Element): Element[] {
  return root.children.filter((c): c is Element => typeof c !== 'string');
}
