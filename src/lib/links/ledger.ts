/**
 * The published-URL ledger: every public URL the site has ever served, with the article or topic it
 * belongs to. It is append-only (entries are never removed), so that a URL a support agent pasted into a
 * reply years ago still lands on the right article and section, whatever was renamed or moved since.
 *
 * Shape of `content/published.json` (written by the build, committed with the content):
 * ```json
 * { "articles": { "1007": { "urls": ["/backups/restore-deleted-emails/"], "aliases": ["/restore-emails"],
 *                           "anchors": ["pop3", "restore-from-mail-service"] } },
 *   "topics": ["/backups/"] }
 * ```
 */

export interface LedgerArticle {
  /** Every canonical URL the article has had. */
  urls: string[];
  /** Every alias it has had. */
  aliases: string[];
  /** Every anchor (heading or step id) it has published. */
  anchors: string[];
}

export interface Ledger {
  articles: Record<string, LedgerArticle>;
  /** Every topic URL ever published. */
  topics: string[];
}

/** What the site publishes now, in the same shape. */
export interface Published {
  /** `localizedUrls`: the article's pages in the other languages (`/fr/backups/…/`), published too. */
  articles: Map<number, { url: string; localizedUrls?: string[]; aliases: string[]; anchors: string[] }>;
  topics: string[];
}

export function emptyLedger(): Ledger {
  return { articles: {}, topics: [] };
}

/** Reads a ledger from its JSON text, checking its shape (a hand-edited file may be broken). */
export function parseLedger(text: string): Ledger {
  const fail = (what: string): never => {
    throw new Error(`published.json: ${what}. This file is written by the build: restore it from git rather than editing it.`);
  };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(data)) return fail('expected an object');
  const { articles = {}, topics = [] } = data;
  if (!isObject(articles) || !isStrings(topics)) return fail('expected "articles" and "topics"');
  for (const [id, entry] of Object.entries(articles)) {
    if (!/^\d+$/.test(id)) fail(`"${id}" is not an article id`);
    if (!isObject(entry) || !isStrings(entry['urls']) || !isStrings(entry['aliases']) || !isStrings(entry['anchors'])) {
      fail(`article ${id} needs urls, aliases and anchors lists`);
    }
  }
  return { articles: articles as Record<string, LedgerArticle>, topics };
}

/**
 * The ledger after this build: everything it had, plus what is published now. Nothing is ever removed,
 * and lists are sorted so that the committed file changes only where something was added.
 */
export function mergeLedger(ledger: Ledger, now: Published): Ledger {
  const articles: Record<string, LedgerArticle> = {};
  const ids = new Set([...Object.keys(ledger.articles), ...[...now.articles.keys()].map(String)]);
  for (const id of [...ids].sort((a, b) => Number(a) - Number(b))) {
    const before = ledger.articles[id] ?? { urls: [], aliases: [], anchors: [] };
    const current = now.articles.get(Number(id));
    articles[id] = {
      urls: union(before.urls, current ? [current.url, ...(current.localizedUrls ?? [])] : []),
      aliases: union(before.aliases, current?.aliases ?? []),
      anchors: union(before.anchors, current?.anchors ?? []),
    };
  }
  return { articles, topics: union(ledger.topics, now.topics) };
}

/** The ledger as committed: stable key order, one entry per line group, trailing newline. */
export function serializeLedger(ledger: Ledger): string {
  return `${JSON.stringify(ledger, null, 2)}\n`;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/**
 * What `after` records that `before` does not, one line each (`article 1007: URL /backups/restore/`):
 * what a frozen build names when the committed ledger is behind the content.
 */
export function ledgerAdditions(before: Ledger, after: Ledger): string[] {
  const added: string[] = [];
  for (const [id, entry] of Object.entries(after.articles)) {
    const old = before.articles[id] ?? { urls: [], aliases: [], anchors: [] };
    const missing = (now: string[], then: string[]) => now.filter((x) => !then.includes(x));
    added.push(
      ...missing(entry.urls, old.urls).map((u) => `article ${id}: URL ${u}`),
      ...missing(entry.aliases, old.aliases).map((a) => `article ${id}: short link ${a}`),
      ...missing(entry.anchors, old.anchors).map((a) => `article ${id}: section #${a}`),
    );
  }
  added.push(...after.topics.filter((t) => !before.topics.includes(t)).map((t) => `topic ${t}`));
  return added;
}

/**
 * Whether this build may update the ledger. Like a lock file under `npm ci`, the ledger is frozen in CI
 * (`CI` set, as every CI service does) or with `--frozen-ledger` (which sets `KB_LEDGER=frozen`): URLs
 * recorded only in a throw-away CI checkout would be forgotten, and break at the next rename.
 * `KB_LEDGER=update` builds a throw-away copy on purpose (test fixtures), whatever `CI` says.
 */
export function ledgerMode(env: Record<string, string | undefined>): 'frozen' | 'update' {
  const explicit = env['KB_LEDGER'];
  if (explicit === 'frozen' || explicit === 'update') return explicit;
  if (explicit !== undefined && explicit !== '') throw new Error(`KB_LEDGER=${explicit}: expected "frozen" or "update"`);
  const ci = env['CI'];
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false' ? 'frozen' : 'update';
}

/** Why a frozen build stops, and exactly what to run and commit (in the manner of `npm ci`). */
export function frozenLedgerMessage(ledgerFile: string, additions: string[]): string {
  const shown = additions.slice(0, 10).map((a) => `  + ${a}`);
  if (additions.length > shown.length) shown.push(`  … and ${additions.length - shown.length} more`);
  return [
    `${ledgerFile} is out of date: this build publishes ${additions.length} ${additions.length === 1 ? 'URL or section' : 'URLs or sections'} it does not record:`,
    ...shown,
    'A CI build (CI=true or --frozen-ledger) never writes the ledger, so that no published URL is known only to a',
    'throw-away checkout. Nothing was deployed. Update the ledger where it is committed:',
    `  npm run build && git add ${ledgerFile} && git commit -m "Record newly published URLs"`,
  ].join('\n');
}
