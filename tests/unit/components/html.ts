/**
 * Helpers for component tests: render an Astro component with the container API, and query what it
 * renders (parsed by htmlparser2: there is no DOM in the node environment).
 */
import { ui } from '../../../src/i18n/ui.ts';
import type { Lang } from '../../../src/i18n/languages.ts';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import type { AuthoringComponent } from '../../../src/components/authoring/index.ts';
import { rebaseAuthoredUrl } from '../../../src/lib/links/urls.ts';
import type { ChildNode, Element as DomElement, Text } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;

/**
 * Renders a component to an HTML string; `slot` fills the default slot with raw HTML. An authoring
 * component (a hast builder, see src/components/authoring/) gets the slot as the hast its children are.
 */
export async function render(component: Component | AuthoringComponent, props: Record<string, unknown> = {}, slot?: string, lang: Lang = 'en'): Promise<string> {
  if (typeof component === 'object' && component !== null && 'render' in component) {
    const children = slot === undefined ? [] : ((htmlToHast(slot, { fragment: true }) as { children: ElementContent[] }).children);
    const serialize = (nodes: ElementContent[]) => toHtml({ type: 'root', children: nodes }, { allowDangerousHtml: true });
    return serialize(component.render(props as Record<string, string | true>, children, { toHtml: serialize, authoredHref: (url) => rebaseAuthoredUrl(url, '/'), strings: ui(lang).article }));
  }
  container ??= await AstroContainer.create();
  return container.renderToString(component, { props, ...(slot === undefined ? {} : { slots: { default: slot } }) });
}

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Array<Element | string>;
}

/** Decodes character references as the browser does (named, decimal and hex; unknown ones stay as written). */
export function decode(text: string): string {
  return DomUtils.textContent(parseDocument(text, { decodeEntities: true }));
}

/** Parses an HTML fragment (htmlparser2, as browsers tokenize it) into a tree under a `#root` element. */
export function parse(html: string): Element {
  const convert = (node: ChildNode): Element | string | undefined => {
    if (node.type === 'text') return (node as Text).data;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return undefined;
    const el = node as DomElement;
    return { tag: el.name.toLowerCase(), attrs: { ...el.attribs }, children: el.children.map(convert).filter((c) => c !== undefined) };
  };
  const document = parseDocument(html, { lowerCaseAttributeNames: true, decodeEntities: true });
  return { tag: '#root', attrs: {}, children: document.children.map(convert).filter((c) => c !== undefined) };
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
