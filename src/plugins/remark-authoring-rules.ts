/**
 * Authoring rules that Astro alone reports late, poorly or not at all:
 * - an unknown component (`<Calout>`) fails at render time with no line; here it fails at its line with
 *   a did-you-mean;
 * - raw `<script>` or `<style>` elements and `style=""` attributes would be blocked by the site's
 *   Content-Security-Policy in the reader's browser, silently;
 * - link text that does not say where it goes ("click here", "read this guide") helps no one, least of
 *   all screen-reader users who list a page's links;
 * - an image without alt text is invisible to screen-reader users, and a missing image file is reported
 *   by Astro at a line of generated code.
 * Every violation is recorded on the file (see `report.ts`); the pipeline fails after all checks ran.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { AUTHORING_COMPONENTS } from '../components/authoring/names.ts';
import { closest } from '../lib/problems.ts';
import { reportProblem } from './report.ts';

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

const VAGUE_LINK_TEXT = /^(click here|here|this|this link|this guide|read this guide|read more|more|link)$/i;
const VAGUE_REFERENCE = /\b(click here|read this guide)\b/i;

/** Component attributes that take one of a fixed set of values. */
const ALLOWED_VALUES: Record<string, Record<string, readonly string[]>> = {
  Callout: { type: ['note', 'tip', 'warning', 'danger'] },
};

const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed']);

export function remarkAuthoringRules() {
  return (tree: Root, file: VFile) => {
    const imported = importedNames(tree);
    const report = (reason: string, node: Node, ruleId: string) => reportProblem(file, reason, node, ruleId, 'remark-authoring-rules');

    visit(tree, (node, _index, parent) => {
      if (node.type === 'link' && VAGUE_LINK_TEXT.test(toString(node).trim())) {
        report(`Link text "${toString(node).trim()}" does not say where it goes: name the target, as in "[how to restore deleted emails](/1007)"`, node, 'link-text');
      }
      if (node.type === 'text' && parent?.type !== 'link' && VAGUE_REFERENCE.test(node.value)) {
        report(`"${VAGUE_REFERENCE.exec(node.value)![0]}" refers to a guide without naming it: link it by id ([what it explains](/ID)) or name it in words`, node, 'link-text');
      }
      if (node.type === 'image' && !node.alt?.trim()) {
        report(`Image \`${node.url}\` has no alt text: describe what it shows, as in \`![The Restore button](${node.url})\``, node, 'image-alt');
      }
      if (node.type === 'image' && file.path && /^\.{1,2}\//.test(node.url) && !existsSync(path.resolve(path.dirname(file.path), localPath(node.url)))) {
        report(`Image \`${node.url}\` not found next to the article: check the file name, or add the image to that folder`, node, 'missing-image');
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      const name = element.name ?? '';
      if (/^[A-Z]/.test(name) && !(AUTHORING_COMPONENTS as readonly string[]).includes(name) && !imported.has(name.split('.')[0]!)) {
        const guess = closest(name, AUTHORING_COMPONENTS);
        report(`Unknown component \`<${name}>\`${guess ? `; did you mean \`<${guess}>\`?` : ''} Available without import: ${AUTHORING_COMPONENTS.join(', ')}`, node, 'unknown-component');
      }
      const allowed = ALLOWED_VALUES[name];
      for (const attr of element.attributes) {
        const values = attr.name ? allowed?.[attr.name] : undefined;
        if (values && typeof attr.value === 'string' && !values.includes(attr.value)) {
          report(`\`<${name} ${attr.name}="${attr.value}">\`: use one of ${values.join(', ')}`, node, 'component-props');
        }
      }
      if (FORBIDDEN_ELEMENTS.has(name)) {
        report(`Raw \`<${name}>\` is not allowed in articles: the Content-Security-Policy blocks it in the browser. Use a component (see docs/authoring.md)`, node, 'no-raw-html');
      }
      if (element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'style')) {
        report(`\`style\` attribute on \`<${name}>\`: inline styles are blocked by the Content-Security-Policy; use a component or a callout instead`, node, 'no-inline-style');
      }
      if (name === 'img' && !element.attributes.some((a) => a.name === 'alt' && (typeof a.value !== 'string' || a.value.trim() !== ''))) {
        report('`<img>` without alt text: describe what the image shows in `alt`', node, 'image-alt');
      }
    });
  };
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

interface EstreeProgram {
  body: Array<{
    type: string;
    specifiers?: Array<{ local: { name: string } }>;
    declaration?: { type: string; id?: { name: string }; declarations?: Array<{ id: { type: string; name?: string } }> } | null;
  }>;
}

/** Names an article binds itself, with `import` or `export const/function`: it may use them as components. */
function importedNames(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    const program = (node.data as { estree?: EstreeProgram } | undefined)?.estree;
    for (const statement of program?.body ?? []) {
      for (const specifier of statement.specifiers ?? []) names.add(specifier.local.name);
      const declaration = statement.declaration;
      if (declaration?.id?.name) names.add(declaration.id.name);
      for (const d of declaration?.declarations ?? []) if (d.id.name) names.add(d.id.name);
    }
  });
  return names;
}
