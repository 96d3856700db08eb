/**
 * Every URL that must forward somewhere: short links (`/1007`), aliases (`/restore-emails`), the old
 * URLs of moved or renamed articles and topics (from the ledger), and the URLs of retired articles.
 * One list feeds the redirect pages, `_redirects` and the nginx snippet, so they always agree.
 */
import type { Ledger } from './ledger.ts';
import { shortPath, topicPath } from './urls.ts';
import { localizedPath, SOURCE_LANG, splitLangPath, type Lang } from '../../i18n/languages.ts';

export type RedirectKind = 'short-link' | 'alias' | 'moved' | 'retired' | 'topic';

export interface Redirect {
  /** The path that forwards: `/1007`, `/restore-emails`, `/backups/old-slug/`, `/fr/1007`. */
  from: string;
  /** The canonical URL it forwards to (in the language of `from`). */
  to: string;
  kind: RedirectKind;
  /** The article or topic the URL belongs to now, for the redirect page's text. */
  title: string;
  /**
   * A link of no language (`/1007`, `/restore-emails`): it opens the article in the reader's language,
   * which only the browser knows (their choice on this site, their languages). Served by its redirect
   * page, never by a server rule, which would send everyone to `to`, the source-language page.
   */
  negotiated?: boolean;
}

export interface LiveArticle {
  id: number;
  url: string;
  title: string;
  aliases: string[];
}

export interface Retirements {
  /** Retired article id → id of the article that replaces it. */
  articles: Map<number, number>;
  /** Removed or renamed topic slug → slug of the topic that replaces it. */
  topics: Map<string, string>;
}

export interface RedirectInput {
  articles: Map<number, LiveArticle>;
  /** Live topics: slug → title. */
  topics: Map<string, string>;
  ledger: Ledger;
  retired: Retirements;
  /** Paths of every page the site builds (articles, topics, search, errors, home…), in every language. */
  pages: Set<string>;
  /** The languages the site serves (the source's first): short links and aliases exist in each. */
  languages: readonly Lang[];
}

export interface RedirectPlan {
  redirects: Redirect[];
  /** What stops the build: a published URL that would break. Each says how to fix it. */
  problems: string[];
}

/** Who claims a URL: named in messages, and by id when it is an article (the ledger is keyed by id). */
interface Owner {
  label: string;
  articleId?: number;
}
const articleOwner = (id: number): Owner => ({ label: `article ${id}`, articleId: id });

/** Compares paths with and without their trailing slash as the same URL. */
const key = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

export function computeRedirects(input: RedirectInput): RedirectPlan {
  const problems: string[] = [];
  const byFrom = new Map<string, Redirect & { owner: Owner }>();
  const pages = new Set([...input.pages].map(key));

  const add = (r: Redirect, owner: Owner) => {
    if (key(r.from) === key(r.to)) return;
    if (pages.has(key(r.from))) {
      problems.push(`${r.from} (${owner.label}) is now the URL of a page of its own, so it cannot forward to ${r.to}: rename the page or the ${r.kind === 'alias' ? 'alias' : 'slug'}`);
      return;
    }
    const clash = byFrom.get(key(r.from));
    if (clash && clash.to !== r.to) {
      // A published URL stays with its first owner (the ledger never forgets it): the other claim must go.
      const published = (who: Owner) => {
        const entry = who.articleId === undefined ? undefined : input.ledger.articles[String(who.articleId)];
        return !!entry && (entry.aliases.includes(r.from) || entry.urls.includes(r.from));
      };
      const [a, b] = [clash.owner.label, owner.label];
      problems.push(
        published(owner) && !published(clash.owner)
          ? `${r.from} was published for ${b} and now also belongs to ${a}: a published URL can lead to one place only; remove it from the frontmatter of ${a}`
          : published(clash.owner) && !published(owner)
            ? `${r.from} was published for ${a} and now also belongs to ${b}: a published URL can lead to one place only; remove it from the frontmatter of ${b}`
            : `${r.from} belongs to ${a} and to ${b}: a published URL can lead to one place only; remove it from ${b}`,
      );
      return;
    }
    byFrom.set(key(r.from), { ...r, owner });
  };

  /** Where a retired article's URLs lead: its replacement, following chains of retirements. */
  const destination = (id: number): LiveArticle | undefined => {
    const seen = new Set<number>();
    let current = id;
    while (!input.articles.has(current)) {
      const next = input.retired.articles.get(current);
      if (next === undefined || seen.has(current)) return undefined;
      seen.add(current);
      current = next;
    }
    return input.articles.get(current);
  };

  for (const a of input.articles.values()) {
    for (const lang of input.languages) {
      // `/1007` negotiates the language; `/fr/1007` is French. Aliases likewise.
      const negotiated = lang === SOURCE_LANG ? { negotiated: true } : {};
      const to = localizedPath(lang, a.url);
      add({ from: localizedPath(lang, shortPath(a.id)), to, kind: 'short-link', title: a.title, ...negotiated }, articleOwner(a.id));
      for (const alias of a.aliases) add({ from: localizedPath(lang, alias), to, kind: 'alias', title: a.title, ...negotiated }, articleOwner(a.id));
    }
  }
  /** Where a published URL of some language leads now: the same language's page of `url`. */
  const inLanguageOf = (published: string, url: string) => localizedPath(splitLangPath(published).lang, url);

  for (const [idText, entry] of Object.entries(input.ledger.articles)) {
    const id = Number(idText);
    const live = input.articles.get(id);
    if (live) {
      for (const url of entry.urls) add({ from: url, to: inLanguageOf(url, live.url), kind: 'moved', title: live.title }, articleOwner(id));
      for (const alias of entry.aliases) add({ from: alias, to: live.url, kind: 'alias', title: live.title, negotiated: true }, articleOwner(id));
      continue;
    }
    const target = destination(id);
    if (!target) {
      const why = input.retired.articles.has(id)
        ? `is retired in favour of ${input.retired.articles.get(id)}, which does not exist either`
        : 'no longer exists (deleted, made a draft, or its id changed)';
      problems.push(`article ${id}, published at ${entry.urls.join(', ') || shortPath(id)}, ${why}: to retire it, add "${id}: <id of the article that replaces it>" under "articles:" in retired.yaml`);
      continue;
    }
    for (const from of [shortPath(id), ...entry.urls, ...entry.aliases]) add({ from, to: inLanguageOf(from, target.url), kind: 'retired', title: target.title }, { label: `retired article ${id}`, articleId: id });
  }

  for (const id of input.retired.articles.keys()) {
    if (input.articles.has(id)) problems.push(`article ${id} is listed in retired.yaml but still exists: remove one or the other`);
  }

  for (const url of input.ledger.topics) {
    const slug = splitLangPath(url).path.replace(/^\/|\/$/g, '');
    if (input.topics.has(slug)) continue;
    const replacement = input.retired.topics.get(slug);
    if (replacement && input.topics.has(replacement)) {
      add({ from: url, to: inLanguageOf(url, topicPath(replacement)), kind: 'topic', title: input.topics.get(replacement)! }, { label: `topic ${slug}` });
    } else {
      problems.push(`topic ${url} was published and no longer exists: add "${slug}: <slug of the topic that replaces it>" under "topics:" in retired.yaml`);
    }
  }

  const redirects = [...byFrom.values()].map(({ owner: _owner, ...r }) => r).sort((a, b) => a.from.localeCompare(b.from, 'en', { numeric: true }));
  return { redirects, problems };
}

/** Anchors published for live articles that the articles no longer have, each with how to fix it. */
export function lostAnchors(ledger: Ledger, anchorsNow: Map<number, ReadonlySet<string>>, titles: Map<number, string>): Array<{ id: number; message: string }> {
  const problems: Array<{ id: number; message: string }> = [];
  for (const [idText, entry] of Object.entries(ledger.articles)) {
    const now = anchorsNow.get(Number(idText));
    if (!now) continue;
    const lost = entry.anchors.filter((a) => !now.has(a));
    if (lost.length === 0) continue;
    problems.push({
      id: Number(idText),
      message: `article ${idText} (${titles.get(Number(idText)) ?? ''}) lost ${lost.map((a) => `#${a}`).join(', ')}, published before: support links may point there. ` +
        `Pin the id on the heading that now covers it (## Heading {#${lost[0]}}), or map it in the frontmatter: anchorAliases: { ${lost[0]}: <new-id> }`,
    });
  }
  return problems;
}
