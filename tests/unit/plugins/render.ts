/**
 * Runs MDX through Sätteri with the given plugins, as the build does, and renders the result to HTML,
 * so that plugin tests assert the markup a reader gets. Sätteri compiles to a JavaScript module; the
 * module is evaluated with a small JSX runtime that builds a hast tree (hastscript), turned into HTML by
 * hast-util-to-html. Components render as `<x-name>` so that tests see where they are.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { pathToFileURL } from 'node:url';
import { evaluate, type HastPluginEntry, type MdastPluginEntry } from 'satteri';
import { rewritePinnedAnchors } from '../../../src/lib/links/pinned-anchors.ts';
import { MARKDOWN_FEATURES } from '../../../src/plugins/index.ts';
import { problemsOf, type ArticleProblem } from '../../../src/plugins/problems.ts';

export interface RenderOptions {
  mdastPlugins?: MdastPluginEntry[];
  hastPlugins?: HastPluginEntry[];
  /** The article's path (absolute or relative to the project root). */
  path?: string;
  frontmatter?: Record<string, unknown> | undefined;
}

export interface Rendered {
  html: string;
  /** Every problem the plugins recorded, in order. */
  problems: readonly ArticleProblem[];
}

const Fragment = Symbol('Fragment');
type Child = Nodes | string | number | null | undefined | boolean | Child[];

function toChildren(children: Child): ElementContent[] {
  if (children === null || children === undefined || typeof children === 'boolean') return [];
  if (Array.isArray(children)) return children.flatMap(toChildren);
  if (typeof children === 'string' || typeof children === 'number') return [{ type: 'text', value: String(children) }];
  return children.type === 'root' ? (children.children as ElementContent[]) : [children as ElementContent];
}

function jsx(type: unknown, props: unknown): Nodes {
  const { children, ...attributes } = props as Record<string, unknown>;
  if (type === Fragment) return { type: 'root', children: toChildren(children as Child) } as Root;
  if (typeof type === 'function') return (type as (p: unknown) => Nodes)(props);
  if (typeof attributes['set:html'] === 'string') return { type: 'root', children: [{ type: 'raw', value: attributes['set:html'] } as never] };
  return h(type as string, attributes as never, toChildren(children as Child)) as Element;
}

/** Every capitalised component the source uses renders as `<x-name attrs>children</x-name>`. */
function componentsOf(source: string): Record<string, (props: Record<string, unknown>) => Nodes> {
  const names = new Set([...source.matchAll(/<([A-Z][\w]*)/g)].map((m) => m[1]!));
  return Object.fromEntries([...names].map((name) => [name, (props: Record<string, unknown>) => jsx(`x-${name.toLowerCase()}`, props)]));
}

/** Compiles and renders `source` (pins rewritten first, as the site's Vite plugin does). */
export async function render(source: string, options: RenderOptions = {}): Promise<Rendered> {
  const components = componentsOf(source);
  const data = { kbFrontmatter: options.frontmatter ?? {} } as Record<string, unknown>;
  const module = await evaluate(rewritePinnedAnchors(source), {
    mdastPlugins: options.mdastPlugins ?? [],
    hastPlugins: options.hastPlugins ?? [],
    features: MARKDOWN_FEATURES,
    fileURL: pathToFileURL(options.path ?? '/site/content/articles/spam/x.mdx'),
    elementAttributeNameCase: 'html',
    data,
    Fragment, jsx, jsxs: jsx,
    useMDXComponents: () => components,
  });
  const content = (module['default'] as (props: unknown) => Nodes)({ components });
  return { html: toHtml(content, { allowDangerousHtml: true }).trim(), problems: problemsOf(data) };
}

/** The error a compile stops with (or undefined when it compiles). */
export async function failure(source: string, options: RenderOptions = {}): Promise<unknown> {
  return render(source, options).then(() => undefined, (e: unknown) => e);
}

/** `line:column: reason` of each problem. */
export const describeProblems = (problems: readonly ArticleProblem[]) => problems.map((p) => `${p.line}:${p.column}: ${p.reason}`);
