/**
 * Ranks pages from the searches run for one query (see query.ts): one search per alternative of
 * each word of the query. A page's score is the sum, over the query's words, of its best score for that
 * word (an alternative counts a little less than the word as typed), times the square of the share of the
 * words it matches (a coordination factor, as in Lucene's classic scoring). A word counts as matched in
 * proportion to how strongly the page matches it, relative to the best page for that word (fully from
 * half the best score up): a passing mention is not coverage. So pages matching every word come first,
 * unless one that misses a weak word ("old") is far stronger on the others ("bring" → migrate), a page
 * Pagefind's own AND would drop entirely. A page matching nothing is not listed, so "no results"
 * means no meaningful word matched anything.
 */
import { lowerBound } from './sorted.ts';

export interface Run {
  /** Which word of the query (slot) this search was for. */
  slot: number;
  /** 0 = the word as typed, 1+ = an alternative (synonym, compact form). */
  alternative: number;
  /** How much its scores count; by default 1 for the word as typed and ALTERNATIVE_DISCOUNT for an alternative. */
  weight?: number | undefined;
  results: Array<{ id: string; score: number }>;
}

export interface Ranked {
  id: string;
  /** Number of the query's words the page matched. */
  coverage: number;
  /** Summed word scores times the coordination factor; higher is better. */
  score: number;
}

/** How much an alternative's score counts, relative to the word as typed. */
const ALTERNATIVE_DISCOUNT = 0.85;

export function rankResults(runs: Run[], words = Math.max(0, ...runs.map((r) => r.slot + 1))): Ranked[] {
  // One array of best scores per page, by word (-1: not matched): a common word matches most of the
  // site, and this runs before the first result is drawn.
  const slots = Math.max(words, ...runs.map((r) => r.slot + 1));
  const pages = new Map<string, number[]>();
  for (const run of runs) {
    const weight = run.weight ?? (run.alternative === 0 ? 1 : ALTERNATIVE_DISCOUNT);
    for (const r of run.results) {
      let scores = pages.get(r.id);
      if (!scores) pages.set(r.id, (scores = new Array<number>(slots).fill(-1)));
      scores[run.slot] = Math.max(scores[run.slot]!, r.score * weight);
    }
  }
  const best = new Array<number>(slots).fill(0);
  for (const scores of pages.values()) for (let i = 0; i < slots; i++) best[i] = Math.max(best[i]!, scores[i]!);
  const ranked: Ranked[] = [];
  for (const [id, scores] of pages) {
    let sum = 0;
    let covered = 0;
    let coverage = 0;
    for (let i = 0; i < slots; i++) {
      const score = scores[i]!;
      if (score < 0) continue;
      coverage++;
      sum += score;
      covered += best[i]! > 0 ? Math.min(1, score / (0.5 * best[i]!)) : 1;
    }
    ranked.push({ id, coverage, score: sum * (covered / Math.max(words, 1)) ** 2 });
  }
  return ranked.sort(byRank);
}

function byRank(a: Ranked, b: Ranked): number {
  return b.score - a.score || b.coverage - a.coverage;
}

/** How much a negation's match counts when its two words are apart on the page ("cannot add … send"). */
const APART_NEGATION = 0.5;

/**
 * A negation ("cannot send", see query.ts) is said by a page only where its two words stand together:
 * "cannot send email" in a troubleshooting article, not "you cannot add addresses … read and send" in
 * the phone app's. Pagefind matches the two words anywhere on the page (stemmed: "cannot receiving"
 * finds "cannot receive"); its word positions show how far apart they are. The first search of each
 * negated slot keeps its score for pages where they stand within `window` words of each other (the
 * language's: "kann keine E-Mails senden" is 2 apart; NegationRule.window), and counts half elsewhere.
 * Each word's own position comes from its search alone (the slot's next alternatives, "send" and
 * "cannot"); a synonym's phrase without them ("cannot log in") is judged on the positions of all its words.
 *
 * Those searches of one word alone count half too, as the two words apart do: a page with "inviate"
 * (sent) in its title is not about "non riesco a inviare" (cannot send) because Italian stems both to
 * "invi", and it came before the one that says "impossibile inviare".
 */
export function negationsTogether<R extends { id: string; score: number; words: readonly number[] }, T extends { slot: number; alternative: number; term?: string; weight?: number | undefined; results: readonly R[] }>(
  runs: readonly T[],
  negated: ReadonlySet<number>,
  window = 1,
): Array<T & { weight?: number | undefined }> {
  const pairs = new Map(runs.filter((r) => r.alternative === 0 && negated.has(r.slot)).map((r) => [r.slot, (r.term ?? '').split(' ')]));
  return runs.map((run) => {
    const pair = pairs.get(run.slot);
    if (!pair) return run;
    if (run.alternative > 0) return pair.length === 2 && pair.includes(run.term ?? '') ? { ...run, weight: APART_NEGATION } : run;
    const [negation, word] = pair;
    const positionsOf = (term: string | undefined) => {
      const alone = pair.length === 2 ? runs.find((r) => r.slot === run.slot && r.alternative > 0 && r.term === term) : undefined;
      return alone && new Map(alone.results.map((r) => [r.id, r.words]));
    };
    const negations = positionsOf(negation);
    const words = positionsOf(word);
    const together = (r: R) => (negations && words ? near(negations.get(r.id) ?? [], words.get(r.id) ?? [], window) : near(r.words, r.words, window));
    return { ...run, results: run.results.map((r) => (together(r) ? r : { ...r, score: r.score * APART_NEGATION })) };
  });
}

/** Whether a position of `a` and a different one of `b` are at most `window` apart. */
function near(a: readonly number[], b: readonly number[], window: number): boolean {
  const sortedB = [...b].sort((x, y) => x - y);
  return a.some((p) => {
    // From the first position of b at or after p - window.
    for (let i = lowerBound(sortedB, p - window); i < sortedB.length && sortedB[i]! <= p + window; i++) if (sortedB[i] !== p) return true;
    return false;
  });
}

/** Lowercase words of a text, for matching an excerpt's marks and counting a title's words. */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
}

/**
 * Re-orders the top results by how much of the query their title says (a score up to 1.75 times): an
 * article titled with the customer's words is about them, where one that only mentions them is not.
 * Pagefind's scores often tie between such pages. `inTitle` holds, by page, the query's words (slots)
 * whose search matched the page's title: Pagefind says so itself (`matchedMetaFields`, stemmed, so
 * "passwords" is in a title with "password"), and a word counts when any of its alternatives matched.
 * Mostly the share of the query the title says counts, a little the share of the title that is the query
 * (`titleWords`: each page's title length in words): "Restore deleted emails" is more about "restore
 * emails" than "Restore web hosting, email and domain backups".
 *
 * A word counts in that share by how specific it is (`specificity`, by slot: see wordSpecificity): a
 * title with "mail" says nothing of "cant send mail from iphone" on a site where every page is about mail,
 * and it lifted the phone-app page above the server settings. When no word of the query is specific,
 * every word counts fully.
 */
export function boostByTitle(ranked: Ranked[], inTitle: ReadonlyMap<string, ReadonlySet<number>>, slots: number, titleWords: ReadonlyMap<string, number> = new Map(), specificity: readonly number[] = []): Ranked[] {
  if (slots === 0) return ranked;
  // A query of nothing but common words ("email") still prefers the title that says it.
  const anySpecific = specificity.length === 0 || specificity.some((w) => w > 0);
  const weight = (slot: number) => (anySpecific ? (specificity[slot] ?? 1) : 1);
  const boosted = ranked.map((r) => {
    const said = inTitle.get(r.id);
    const covered = said?.size ?? 0;
    if (covered === 0) return r;
    let share = 0;
    for (const slot of said!) share += weight(slot);
    const length = titleWords.get(r.id) ?? 0;
    const ofTitle = length > 0 ? Math.min(covered, length) / length : 0;
    return { ...r, score: r.score * (1 + (0.5 * share) / slots + 0.25 * ofTitle) };
  });
  return boosted.sort(byRank);
}

/**
 * How specific each word of a query is on this site, from 0 (every page has it) to 1 (almost none),
 * from the share of the `pages` that its search (its best alternative) did not return.
 */
export function wordSpecificity(runs: ReadonlyArray<{ slot: number; results: readonly unknown[] }>, slots: number, pages: number): number[] {
  const found = new Array<number>(slots).fill(0);
  for (const run of runs) found[run.slot] = Math.max(found[run.slot]!, run.results.length);
  // The square root keeps words that half the pages have near a rare word's weight: only the words
  // (nearly) every page has stop counting.
  return found.map((n) => (pages > 0 ? Math.sqrt(Math.max(0, 1 - n / pages)) : 1));
}

/** What the runs found of one page (see pageMatches). */
export interface PageMatches<R> {
  /** Its result in the first run that found it (for its data). */
  result: R;
  /** The positions of the words that matched it, in any run (for its excerpts). */
  words: Set<number>;
  /** The terms whose runs found it (for the highlight on the page). */
  terms: Set<string>;
  /** The words of the query (slots) whose search, by any alternative, matched its title (`matchedMetaFields`): boostByTitle's `inTitle`. */
  titleSlots: Set<number>;
}

/**
 * What the runs found of the pages `ids`, in one pass over the runs. Only the top pages are asked for
 * (the title boost re-orders them, and only they are shown): a common word matches most of the site,
 * ~10,000 results at 10,000 articles, and gathering them all cost ~10 ms of the dialog's search there
 * (CPU profile, bench/dialog-trace.ts --profile).
 */
export function pageMatches<R extends { id: string; words: number[]; matchedMetaFields?: string[] | undefined }>(
  runs: ReadonlyArray<{ slot: number; alternative?: number; term: string; results: readonly R[] }>,
  ids: Iterable<string>,
  /**
   * The slots of a negation (see query.ts). Their title must say the negation itself: a title with
   * "sent", "gesendeten" or "inviate" is not about "cannot send", yet Pagefind reports a title match for
   * "cannot send" when the title has either word (and Italian stems "inviare" and "inviate" alike). So
   * such a slot counts where both its first search and its negation's search alone ("cannot", "nicht")
   * matched the title, and its other alternatives never do.
   */
  negated: ReadonlySet<number> = new Set(),
): Map<string, PageMatches<R>> {
  const wanted = new Set(ids);
  const negation = new Map(runs.filter((r) => (r.alternative ?? 0) === 0 && negated.has(r.slot)).map((r) => [r.slot, r.term.split(' ')[0]]));
  const negationInTitle = new Set<string>();
  for (const { slot, alternative = 0, term, results } of runs) {
    if (alternative === 0 || negation.get(slot) !== term) continue;
    for (const r of results) if (wanted.has(r.id) && r.matchedMetaFields?.includes('title')) negationInTitle.add(`${slot} ${r.id}`);
  }
  const pages = new Map<string, PageMatches<R>>();
  for (const { slot, alternative = 0, term, results } of runs) {
    for (const r of results) {
      if (!wanted.has(r.id)) continue;
      let page = pages.get(r.id);
      if (!page) pages.set(r.id, (page = { result: r, words: new Set(), terms: new Set(), titleSlots: new Set() }));
      for (const word of r.words) page.words.add(word);
      page.terms.add(term);
      const saysTitle = !negated.has(slot) || (alternative === 0 && negationInTitle.has(`${slot} ${r.id}`));
      if (saysTitle && r.matchedMetaFields?.includes('title')) page.titleSlots.add(slot);
    }
  }
  return pages;
}

/** Longest common prefix length of two words. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether Pagefind really matched `term`, judged from an excerpt of a result (`<mark>` around what
 * matched). For a word missing from the index, Pagefind falls back to a fragment of it: "zzqxv" matches
 * "Z", "xyzzy" matches "xyz". A match counts when a marked word and a word of the term share at least
 * four letters from the start (or all of a shorter term): stems and as-you-type prefixes pass
 * ("restoring" ~ "restore", "resto" ~ "restore"), fragments do not. An excerpt without marks (the match
 * was in the title or keywords) counts.
 */
export function plausibleMatch(term: string, excerptHtml: string): boolean {
  const marked = [...excerptHtml.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((m) => words(m[1]!.replace(/&[a-z]+;|&#\d+;/g, ' ')).flatMap((w) => w.split('.')));
  if (marked.length === 0) return true;
  const wanted = words(term).flatMap((w) => w.split('.')).filter(Boolean);
  return wanted.some((t) => marked.some((w) => commonPrefix(w, t) >= Math.min(4, t.length)));
}
