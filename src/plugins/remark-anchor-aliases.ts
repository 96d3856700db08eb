/**
 * Keeps old anchors working after a section was renamed, split or merged. With this frontmatter
 * ```yaml
 * anchorAliases: { pop3: users-of-pop3 }
 * ```
 * the element whose id is `users-of-pop3` also answers to `#pop3` (an empty `<span id="pop3">` is placed
 * at its start by `rehype-anchor-aliases`). An alias to an id the article does not have, or an alias that
 * is already an id of the article, is a problem at the frontmatter.
 */
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { getId, setHProperties } from './node-properties.ts';
import { reportProblem } from './problems.ts';

/** The hast property that carries the aliases from the mdast to the hast plugin. */
export const ALIASES_PROPERTY = 'dataAnchorAliases';

declare module 'satteri' {
  interface DataMap {
    /** The ids the walk has seen (headings and steps). */
    kbSeenIds?: Set<string>;
    /** The article's frontmatter, as the renderer hands it to the plugins. */
    kbFrontmatter?: Record<string, unknown>;
  }
}

/** The article's `anchorAliases` (alias → id), from the frontmatter the renderer hands to the plugins. */
function aliasesOf(ctx: MdastVisitorContext): Array<[string, string]> {
  const aliases = ctx.data.kbFrontmatter?.['anchorAliases'];
  return aliases && typeof aliases === 'object' ? Object.entries(aliases as Record<string, string>) : [];
}

function attach(node: { readonly data?: unknown }, ctx: MdastVisitorContext): void {
  const id = getId(node);
  if (!id) return;
  (ctx.data.kbSeenIds ??= new Set()).add(id);
  const aliases = aliasesOf(ctx).filter(([, target]) => target === id).map(([alias]) => alias);
  if (aliases.length > 0) setHProperties(ctx, node, { [ALIASES_PROPERTY]: aliases.join(' ') });
}

/** Aliases live in the frontmatter, which starts the file: their problems point there. */
const FRONTMATTER = { position: { start: { line: 1, column: 1 } } };

export function remarkAnchorAliases(): MdastPluginDefinition {
  return {
    name: 'kb-anchor-aliases',
    heading: attach,
    listItem: attach,
    after(_root, ctx) {
      const ids = ctx.data.kbSeenIds ?? new Set<string>();
      for (const [alias, target] of aliasesOf(ctx)) {
        if (ids.has(alias)) reportProblem(ctx, `anchorAliases: #${alias} is already an anchor of this article; remove the alias`, FRONTMATTER, 'anchor-alias');
        else if (!ids.has(target)) reportProblem(ctx, `anchorAliases: #${alias} points to #${target}, which this article does not have`, FRONTMATTER, 'anchor-alias');
      }
    },
  };
}
