/**
 * Authoring rules that Astro alone reports late, poorly or not at all:
 * - an unknown component (`<Calout>`) fails at render time with no line; here it fails at its line with
 *   a did-you-mean;
 * - raw elements that embed or run something (`<script>`, `<iframe>`…), event handler attributes and
 *   `style=""` would be blocked by the site's Content-Security-Policy in the reader's browser, silently,
 *   or run where the host does not send it: refused, with the component to use instead;
 * - a URL with a scheme other than http, https, mailto and tel (`javascript:`…) is refused (`safe-url.ts`);
 * - link text that does not say where it goes ("click here", "read more") helps no one, least of
 *   all screen-reader users who list a page's links;
 * - an image without alt text is invisible to screen-reader users; an image file that is missing, or whose
 *   path leaves the content folder, is refused at its line rather than failing (or leaking) later;
 * - a `# heading` in the body would be a second level-1 heading under the article's title.
 * Every violation is recorded (see `problems.ts`); the compile fails after all checks ran.
 */
import type { Definition, Image, Link, Text } from 'mdast';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { AUTHORING_COMPONENTS, CALLOUT_TYPES } from '../components/authoring/names.ts';
import { outsideContentReason } from '../lib/content/inside-content.ts';
import { closest } from '../lib/problems.ts';
import { unsafeUrlReason } from '../lib/links/safe-url.ts';
import { reportProblem } from './problems.ts';

const VAGUE_LINK_TEXT = /^(click|click here|here|this|this link|this page|this guide|read this guide|read more|more|link)$/i;
const VAGUE_REFERENCE = /\b(click here|read this guide)\b/i;

/** Component attributes that take one of a fixed set of values. */
const ALLOWED_VALUES: Record<string, Record<string, readonly string[]>> = {
  Callout: { type: CALLOUT_TYPES },
};

/** Raw elements that embed or run something, and what to write instead. */
const FORBIDDEN_ELEMENTS: Record<string, string> = {
  script: 'Use a component (see docs/authoring.md)',
  style: 'Use a component (see docs/authoring.md)',
  iframe: 'Use `<Video>` for a video, or link to the page',
  object: 'Use `<Figure>` for an image, `<Video>` for a video',
  embed: 'Use `<Figure>` for an image, `<Video>` for a video',
};

/** Attributes whose value is a URL that the browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'data', 'url', 'to']);

type JsxElement = Readonly<MdxJsxFlowElement | MdxJsxTextElement>;
type Report = (reason: string, node: object | undefined, ruleId: string) => void;

declare module 'satteri' {
  interface DataMap {
    /** Names the article binds itself (`import`, `export const`): it may use them as components. */
    kbImported?: Set<string>;
  }
}

export function remarkAuthoringRules({ contentDir }: { contentDir?: string | undefined } = {}): MdastPluginDefinition {
  const reporter = (ctx: MdastVisitorContext): Report => (reason, node, ruleId) => reportProblem(ctx, reason, node as never, ruleId);
  const checkUrl = (node: Readonly<Link | Image | Definition>, ctx: MdastVisitorContext) => {
    const reason = unsafeUrlReason(node.url);
    if (reason) reporter(ctx)(reason, node, 'unsafe-url');
  };
  return {
    name: 'kb-authoring-rules',
    options: { position: true },
    before(root, ctx) {
      // ESM can only stand at the top level of an MDX document.
      const imported = new Set<string>();
      for (const node of root.children) if (node.type === 'mdxjsEsm') for (const name of boundNames(node.value)) imported.add(name);
      ctx.data.kbImported = imported;
    },
    link(node, ctx) {
      checkUrl(node, ctx);
      const text = ctx.textContent(node).trim();
      if (VAGUE_LINK_TEXT.test(text.replace(/[.:!…]+$/, ''))) {
        reporter(ctx)(`Link text "${text}" does not say where it goes: name the target, as in "[how to restore deleted emails](/1007)"`, node, 'link-text');
      }
    },
    definition: checkUrl,
    heading(node, ctx) {
      // The page shows the article's title as its one level-1 heading; a second one breaks the outline
      // that screen-reader users navigate by.
      if (node.depth === 1) reporter(ctx)(`\`# ${ctx.textContent(node).trim()}\`: the article's title is its only level-1 heading; start a section with \`##\``, node, 'heading-level');
    },
    text(node: Readonly<Text>, ctx) {
      if (!VAGUE_REFERENCE.test(node.value) || ctx.parent(node)?.type === 'link') return;
      reporter(ctx)(`"${VAGUE_REFERENCE.exec(node.value)![0]}" refers to a guide without naming it: link it by id ([what it explains](/ID)) or name it in words`, node, 'link-text');
    },
    image(node, ctx) {
      checkUrl(node, ctx);
      const report = reporter(ctx);
      if (!node.alt?.trim()) report(`Image \`${node.url}\` has no alt text: describe what it shows, as in \`![The Restore button](${node.url})\``, node, 'image-alt');
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      if (!file || !/^\.{1,2}\//.test(node.url)) return;
      const image = path.resolve(path.dirname(file), localPath(node.url));
      const outside = contentDir ? outsideContentReason(path.resolve(contentDir), image) : undefined;
      if (outside) report(`Image \`${node.url}\` is not used: ${outside}; put the image in the content folder, next to the article`, node, 'image-outside');
      else if (!existsSync(image)) report(`Image \`${node.url}\` not found next to the article: check the file name, or add the image to that folder`, node, 'missing-image');
    },
    mdxJsxFlowElement: (node, ctx) => checkElement(node, ctx.data.kbImported ?? new Set(), reporter(ctx)),
    mdxJsxTextElement: (node, ctx) => checkElement(node, ctx.data.kbImported ?? new Set(), reporter(ctx)),
  };
}

function checkElement(element: JsxElement, imported: ReadonlySet<string>, report: Report): void {
  const name = element.name ?? '';
  if (/^[A-Z]/.test(name) && !(AUTHORING_COMPONENTS as readonly string[]).includes(name) && !imported.has(name.split('.')[0]!)) {
    const guess = closest(name, AUTHORING_COMPONENTS);
    report(`Unknown component \`<${name}>\`${guess ? `; did you mean \`<${guess}>\`?` : ''} Available without import: ${AUTHORING_COMPONENTS.join(', ')}`, element, 'unknown-component');
  }
  const allowed = ALLOWED_VALUES[name];
  for (const attr of element.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue;
    const values = allowed?.[attr.name];
    if (values && typeof attr.value === 'string' && !values.includes(attr.value)) {
      report(`\`<${name} ${attr.name}="${attr.value}">\`: use one of ${values.join(', ')}`, element, 'component-props');
    }
    if (/^on[a-z]/i.test(attr.name)) {
      report(`\`${attr.name}\` on \`<${name}>\`: event handlers run script, which articles may not; use a component (see docs/authoring.md)`, element, 'no-event-handler');
    }
    const reason = typeof attr.value === 'string' && (URL_ATTRIBUTES.has(attr.name.toLowerCase()) || /^\s*(javascript|vbscript|data):/i.test(attr.value)) ? unsafeUrlReason(attr.value) : undefined;
    if (reason) report(`\`<${name} ${attr.name}>\`: ${reason}`, element, 'unsafe-url');
  }
  const instead = Object.hasOwn(FORBIDDEN_ELEMENTS, name) ? FORBIDDEN_ELEMENTS[name] : undefined;
  if (instead) {
    report(`Raw \`<${name}>\` is not allowed in articles: it embeds or runs content that the Content-Security-Policy blocks in the browser. ${instead}`, element, 'no-raw-html');
  }
  if (element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'style')) {
    report(`\`style\` attribute on \`<${name}>\`: inline styles are blocked by the Content-Security-Policy; use a component or a callout instead`, element, 'no-inline-style');
  }
  if (name === 'img' && !element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt' && (typeof a.value !== 'string' || a.value.trim() !== ''))) {
    report('`<img>` without alt text: describe what the image shows in `alt`', element, 'image-alt');
  }
}

/** The file path of a relative image URL: without its query or fragment, percent-escapes decoded when valid. */
function localPath(url: string): string {
  const bare = url.replace(/[?#].*$/, '');
  try {
    return decodeURI(bare);
  } catch {
    return bare;
  }
}

/**
 * The names an ESM block binds: `import A, { b as c, d } from`, `import * as e from`, `export const f`,
 * `export function g`, `export class H`. Sätteri gives ESM nodes as source text (no estree in the mdast),
 * and this small reader is all the unknown-component rule needs; a full parser would be a dependency
 * for one list of names.
 */
export function boundNames(esm: string): string[] {
  const names: string[] = [];
  for (const [, clause] of esm.matchAll(/\bimport\s+([^'";]+?)\s+from\s/g)) {
    for (const part of clause!.replace(/[{}]/g, ',').split(',')) {
      const local = part.trim().split(/\s+as\s+/).at(-1)!.replace(/^\*\s*/, '').trim();
      if (/^[A-Za-z_$][\w$]*$/.test(local)) names.push(local);
    }
  }
  for (const [, name] of esm.matchAll(/\bexport\s+(?:const|let|var|function\*?|class|async\s+function)\s+([A-Za-z_$][\w$]*)/g)) names.push(name!);
  return names;
}
