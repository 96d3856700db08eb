/**
 * Keeps old anchors working after a section was renamed, split or merged. With this frontmatter
 * ```yaml
 * anchorAliases: { pop3: users-of-pop3 }
 * ```
 * the element whose id is `users-of-pop3` also answers to `#pop3` (an empty `<span id="pop3">` is placed
 * at its start by `rehype-anchor-aliases`). An alias to an id the article does not have, or an alias that
 * is already an id of the article, is a problem at the frontmatter.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { reportProblem } from './report.ts';

/** The hast property that carries the aliases from remark to rehype. */
export const ALIASES_PROPERTY = 'dataAnchorAliases';

export function remarkAnchorAliases() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { anchorAliases?: unknown } } }).astro?.frontmatter;
    const aliases = frontmatter?.anchorAliases;
    if (!aliases || typeof aliases !== 'object') return;
    const byId = new Map<string, { data?: { hProperties?: Record<string, unknown> } }>();
    visit(tree, (node) => {
      const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
      if (typeof id === 'string') byId.set(id, node as never);
    });
    for (const [alias, target] of Object.entries(aliases as Record<string, string>)) {
      const node = byId.get(target);
      if (byId.has(alias)) {
        reportProblem(file, `anchorAliases: #${alias} is already an anchor of this article; remove the alias`, undefined, 'anchor-alias', 'remark-anchor-aliases');
      } else if (!node) {
        reportProblem(file, `anchorAliases: #${alias} points to #${target}, which this article does not have`, undefined, 'anchor-alias', 'remark-anchor-aliases');
      } else {
        const props = (node.data!.hProperties ??= {});
        props[ALIASES_PROPERTY] = [props[ALIASES_PROPERTY], alias].filter(Boolean).join(' ');
      }
    }
  };
}
