/**
 * Cross-links between articles by permanent id.
 *
 * ```mdx
 * See [how to restore deleted emails](/1007) or [the SPF failure report](/1003#spf-failure).
 * ```
 * becomes `<a href="/backups/restore-deleted-emails/">` and `<a href="/email-delivery/delivery-failure-reports/#spf-failure">`.
 *
 * Authors link by id, so moving or renaming an article never breaks a link to it. The compile fails,
 * naming file, line and column, when the id does not exist (with a "did you mean"), or when a published
 * article links to a draft. Anchors are checked once every article is compiled (`LinkRegistry`), or at
 * once when `anchorsOf` is given. Links to a section of the same article (`#pop3`) are checked too.
 * Links are Markdown links and reference definitions; an `<a href>` written as JSX is left alone.
 */
import type { Definition, Link } from 'mdast';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import type { IndexedArticle } from '../lib/content/article-index.ts';
import type { LinkRegistry, RecordedLink } from '../lib/links/link-registry.ts';
import { closest } from '../lib/problems.ts';
import { reportProblem } from './problems.ts';

export interface CrossLinkOptions {
  /** Every article by id (called once per compiled file; cheap to call). */
  articles: () => ReadonlyMap<number, IndexedArticle>;
  /** Where to record links for the anchor check after all articles are compiled. */
  registry?: LinkRegistry | undefined;
  /** Anchors of an article, when known up front (tests, the content lint): checked immediately. */
  anchorsOf?: ((id: number) => ReadonlySet<string> | undefined) | undefined;
}

/** `/1007`, `/1007/`, `/1007#anchor`: an article id with an optional anchor. */
const ID_LINK = /^\/(\d+)\/?(?:#([^#\s]+))?$/;

declare module 'satteri' {
  interface DataMap {
    kbLinks?: RecordedLink[];
    /** The articles linked by id, with what their links were rendered from: a cached render is stale when one changes. */
    kbTargets?: Record<number, string>;
  }
}

export function remarkCrossLinks(options: CrossLinkOptions): MdastPluginDefinition {
  // Which article a file is, by path: built once per index, so each compile costs O(1) however large the site.
  let byFile = new Map<string, IndexedArticle>();
  let indexed: ReadonlyMap<number, IndexedArticle> | undefined;
  const articleOf = (file: string | undefined) => {
    const articles = options.articles();
    if (articles !== indexed) {
      indexed = articles;
      byFile = new Map([...articles.values()].map((a) => [a.file, a]));
    }
    return { articles, self: file ? byFile.get(file) : undefined };
  };

  const visit = (link: Readonly<Link | Definition>, ctx: MdastVisitorContext) => {
    const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
    const { articles, self } = articleOf(file);
    const recorded = (ctx.data.kbLinks ??= []);
    const at = { line: link.position?.start.line, column: link.position?.start.column };
    // A link to a section of the same article: checked like the others once the article is compiled.
    const own = /^#([^#\s]+)$/.exec(link.url);
    if (own && file) {
      recorded.push({ from: file, ...at, raw: link.url, targetId: self?.id ?? 0, targetFile: file, anchor: own[1]! });
      return;
    }
    const match = ID_LINK.exec(link.url);
    if (!match) return;
    const id = Number(match[1]);
    const anchor = match[2];
    const fail = (reason: string) => reportProblem(ctx, reason, link, 'cross-link');
    const target = articles.get(id);
    if (!target) {
      const guess = closest(String(id), [...articles.keys()].map(String));
      fail(`Unknown article id in link \`${link.url}\`${guess ? `; did you mean \`/${guess}\` (${articles.get(Number(guess))!.url})?` : ''}`);
      return;
    }
    (ctx.data.kbTargets ??= {})[id] = targetState(target);
    if (target.draft && !self?.draft) {
      fail(`Link \`${link.url}\` points to article ${id}, which is a draft; publish it first or remove the link`);
    }
    if (anchor) {
      const known = options.anchorsOf?.(id);
      if (known && !known.has(anchor)) {
        const guess = closest(anchor, known);
        fail(`Link \`${link.url}\`: article ${id} has no section \`#${anchor}\`${guess ? `; did you mean \`#${guess}\`?` : ''}`);
      }
      if (file) recorded.push({ from: file, ...at, raw: link.url, targetId: id, targetFile: target.file, anchor });
    }
    ctx.setProperty(link, 'url', anchor ? `${target.url}#${anchor}` : target.url);
  };

  return {
    name: 'kb-cross-links',
    options: { position: true },
    link: visit,
    definition: visit,
    after(_root, ctx) {
      if (ctx.fileURL) options.registry?.setLinks(fileURLToPath(ctx.fileURL), ctx.data.kbLinks ?? []);
    },
  };
}

/** What a link to `target` is rendered from: its URL, whether it is a draft (a published article may not link to one), and the language of a fallback page. */
export function targetState(target: Pick<IndexedArticle, 'url' | 'draft' | 'lang'>): string {
  return `${target.url}${target.draft ? ' draft' : ''}${target.lang ? ` ${target.lang}` : ''}`;
}
