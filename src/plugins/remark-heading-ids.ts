/**
 * Gives every heading a stable, unique id.
 *
 * ```mdx
 * ## Restore from the Mail Service {/* #restore-from-mail-service *\/}
 * ## Prerequisites
 * ## Prerequisites
 * ```
 * becomes `<h2 id="restore-from-mail-service">`, `<h2 id="prerequisites">`, `<h2 id="prerequisites-1">`.
 *
 * Pinned ids (the `{#id}` syntax, rewritten to a comment before MDX parses the file) win; the other
 * headings get a GitHub-style slug of their text, numbered when it repeats or collides with a pin.
 * Ids are set here, in remark, so that Astro's own heading collection (for the table of contents)
 * and every later plugin see the final id. Two headings pinned to the same id fail the build.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parsePinComment } from '../lib/pinned-anchors.ts';

interface MdxTextExpression {
  type: 'mdxTextExpression';
  value: string;
}

export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    const pinned = new Map<string, Heading>();
    visit(tree, 'heading', (node) => {
      headings.push(node);
      const id = takePin(node);
      if (!id) return;
      if (pinned.has(id)) {
        file.fail(`Duplicate anchor \`#${id}\`: two headings are pinned to it`, {
          place: node.position, ruleId: 'duplicate-anchor', source: 'remark-heading-ids',
        });
      }
      pinned.set(id, node);
      setId(node, id);
    });
    const slugger = new GithubSlugger();
    for (const id of pinned.keys()) slugger.slug(id);
    for (const node of headings) {
      if (getId(node)) continue;
      const text = headingText(node);
      // A heading with no letters or digits (`## ?!`) slugs to nothing: fall back to "section", numbered.
      setId(node, slugger.slug(githubSlug(text) ? text : 'section'));
    }
  };
}

/** The heading's visible text: MDX expressions such as `{/* comments *\/}` render nothing, so they do not count. */
function headingText(node: Heading): string {
  const visible = node.children.filter((c) => (c.type as string) !== 'mdxTextExpression');
  return toString({ type: 'paragraph', children: visible }).trim();
}

/** Removes a trailing pin comment from the heading and returns its id. */
function takePin(node: Heading): string | undefined {
  const last = node.children.at(-1) as RootContent | MdxTextExpression | undefined;
  if (last?.type !== 'mdxTextExpression') return undefined;
  const id = parsePinComment(last.value);
  if (!id) return undefined;
  node.children.pop();
  const text = node.children.at(-1);
  if (text?.type === 'text') text.value = text.value.trimEnd();
  return id;
}

/** The id this heading will carry in HTML, if one was set. */
export function getId(node: Heading): string | undefined {
  const id = (node.data?.hProperties as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function setId(node: Heading, id: string): void {
  node.data ??= {};
  node.data.hProperties = { ...node.data.hProperties, id };
}
