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
 * Two passes, because every pin must be known before the first slug is given out. Ids are set on the
 * mdast, so that Astro's heading collection (the table of contents) and every later plugin see the
 * final id. Two headings pinned to the same id fail the build.
 */
import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import type { PhrasingContent } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import { LAYOUT_IDS } from '../lib/links/layout-ids.ts';
import { parsePinComment } from '../lib/links/pinned-anchors.ts';
import { getId, setHProperties } from './node-properties.ts';
import { reportProblem } from './problems.ts';

declare module 'satteri' {
  interface DataMap {
    /** Every heading id of the document, pinned or slugged, in the order they were given. */
    kbHeadingIds?: Set<string>;
    /** The slugger of the document's unpinned headings (seeded with the pins). */
    kbSlugger?: GithubSlugger;
    /** The ids authors pinned with `{#id}`. */
    kbPinnedIds?: Set<string>;
  }
}

/** The heading ids given so far in this document. */
export function headingIdsOf(ctx: { readonly data: { kbHeadingIds?: Set<string> } }): Set<string> {
  return (ctx.data.kbHeadingIds ??= new Set());
}

const pinnedIds: MdastPluginDefinition = {
  name: 'kb-pinned-heading-ids',
  options: { position: true },
  heading(node, ctx) {
    const last = node.children.at(-1) as PhrasingContent | { type: 'mdxTextExpression'; value: string } | undefined;
    if (last?.type !== 'mdxTextExpression') return;
    const id = parsePinComment(last.value);
    if (!id) return;
    const ids = headingIdsOf(ctx);
    if (ids.has(id)) reportProblem(ctx, `Duplicate anchor \`#${id}\`: two headings are pinned to it`, node, 'duplicate-anchor');
    if (LAYOUT_IDS.has(id)) reportProblem(ctx, `Anchor \`#${id}\` is taken by the page around the article: pin another id, such as \`{#${id}-section}\``, node, 'layout-anchor');
    ids.add(id);
    (ctx.data.kbPinnedIds ??= new Set()).add(id);
    ctx.removeNode(last as never);
    const before = node.children.at(-2);
    if (before?.type === 'text' && before.value !== before.value.trimEnd()) ctx.setProperty(before, 'value', before.value.trimEnd());
    setHProperties(ctx, node, { id });
  },
};

function sluggedIds(): MdastPluginDefinition {
  return {
    name: 'kb-slugged-heading-ids',
    before(_root, ctx) {
      const slugger = new GithubSlugger();
      // Pins first, then the page's own ids: an automatic id never takes one of them (`main` → `main-1`).
      for (const id of [...headingIdsOf(ctx), ...LAYOUT_IDS]) slugger.slug(id);
      ctx.data.kbSlugger = slugger;
    },
    heading(node, ctx) {
      if (getId(node)) return;
      const slugger = ctx.data.kbSlugger!;
      // MDX expressions such as `{/* comments */}` render nothing, and textContent leaves them out.
      const text = ctx.textContent(node).trim();
      // A heading with no letters or digits (`## ?!`) slugs to nothing: fall back to "section", numbered.
      const id = slugger.slug(githubSlug(text) ? text : 'section');
      headingIdsOf(ctx).add(id);
      setHProperties(ctx, node, { id });
    },
  };
}

/** The two passes, pins first. */
export function remarkHeadingIds(): MdastPluginDefinition[] {
  return [pinnedIds, sluggedIds()];
}

/**
 * Every section (`##`, `###`) carries a pin: an automatic anchor changes with the heading's words, and a
 * link support pasted would then break, or the ledger would stop the build far from the cause. A heading
 * without one is a problem at its line that gives the pin to add (the anchor it has now, so that no
 * published link changes). Runs after the ids are given; deeper headings may go unpinned.
 */
export function remarkPinnedSections(): MdastPluginDefinition {
  return {
    name: 'kb-pinned-sections',
    options: { position: true },
    heading(node, ctx) {
      const id = getId(node);
      if ((node.depth !== 2 && node.depth !== 3) || !id || ctx.data.kbPinnedIds?.has(id)) return;
      const text = ctx.textContent(node).trim();
      reportProblem(ctx, `Section "${text}" has no pinned anchor: write \`${'#'.repeat(node.depth)} ${text} {#${id}}\`, so that rewording it never breaks a link to it`, node, 'heading-pin');
    },
  };
}
