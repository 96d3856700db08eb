/**
 * Revisions of the source articles, so that a translation can tell which of its sections are behind.
 *
 * `content/revisions.json` records, for each source article, its revisions: a number, a date, and a
 * fingerprint of each section (the text before the first heading, and each `##`/`###` heading's text down
 * to the next heading, keyed by its pinned id). A build adds a revision when a fingerprint changed (as it
 * adds URLs to published.json); a translation names the revision it was made from (`sourceRevision`), and
 * a section is outdated when its fingerprint in the last revision differs from the one in that revision.
 * Nothing reads git's history, so it works on a shallow clone. A typo fix can be recorded as minor
 * (`markMinor`): the last revision takes the new fingerprints, and no translation becomes outdated.
 */
import { createHash } from 'node:crypto';

/** Changes whenever `sectionFingerprints` would fingerprint the same text differently (cached renders then expire). */
export const FINGERPRINT_VERSION = 1;

/** The key of the text before an article's first heading. */
export const INTRO = '(intro)';

export interface Revision {
  revision: number;
  /** `2026-12-07`: when the build first saw it. */
  date: string;
  /** Section id → fingerprint. */
  sections: Record<string, string>;
}

export interface RevisionLedger {
  articles: Record<string, Revision[]>;
}

/** A heading line of an article, with its pinned id: `## Restore from Mail {#restore-from-mail}`. */
const HEADING = /^(#{2,3})\s.*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * The fingerprint of each section of an article's body (frontmatter removed or blanked). Whitespace is
 * normalized, so re-wrapping a paragraph changes nothing; any change of words does.
 */
export function sectionFingerprints(body: string): Record<string, string> {
  const sections = new Map<string, string[]>([[INTRO, []]]);
  let current = INTRO;
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) fenced = !fenced;
    const heading = fenced ? null : HEADING.exec(line);
    if (heading) {
      current = heading[2]!;
      sections.set(current, []);
    }
    sections.get(current)!.push(line);
  }
  return Object.fromEntries([...sections].map(([id, lines]) => {
    const text = lines.join('\n').replace(/\s+/g, ' ').trim();
    return [id, createHash('sha256').update(text).digest('hex').slice(0, 12)];
  }));
}

function sameSections(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * The ledger with a new revision for every article whose sections differ from its last revision (the first
 * one for an article never recorded). `current`: article id → its fingerprints now. Nothing is removed.
 */
export function updateRevisions(ledger: RevisionLedger, current: ReadonlyMap<number, Record<string, string>>, date: string): RevisionLedger {
  const articles: Record<string, Revision[]> = { ...ledger.articles };
  for (const [id, sections] of current) {
    const history = articles[String(id)] ?? [];
    const last = history.at(-1);
    if (last && sameSections(last.sections, sections)) continue;
    articles[String(id)] = [...history, { revision: (last?.revision ?? 0) + 1, date, sections }];
  }
  return { articles: Object.fromEntries(Object.entries(articles).sort(([a], [b]) => Number(a) - Number(b))) };
}

/** Records the article's edit since its last revision as minor: that revision takes the current fingerprints. */
export function markMinor(ledger: RevisionLedger, id: number, sections: Record<string, string>): RevisionLedger {
  const history = ledger.articles[String(id)];
  if (!history || history.length === 0) throw new Error(`article ${id} has no revision yet: there is nothing to mark as minor (a build records its first)`);
  // A build may have recorded the edit as a revision already: folded back into the one before.
  const folded = history.length > 1 && sameSections(history.at(-1)!.sections, sections) ? history.slice(0, -1) : history;
  const last = folded.at(-1)!;
  return { articles: { ...ledger.articles, [String(id)]: [...folded.slice(0, -1), { ...last, sections }] } };
}

export interface OutdatedSection {
  /** The section's pinned id, or INTRO. */
  section: string;
  /** When the source's section first changed after the translation's revision. */
  changed: string;
}

/**
 * The sections of an article that changed after `sourceRevision`, each with the date of its first change.
 * A section new since then counts as changed. Undefined when the revision does not exist.
 */
export function outdatedSections(history: readonly Revision[], sourceRevision: number): OutdatedSection[] | undefined {
  const from = history.find((r) => r.revision === sourceRevision);
  if (!from) return undefined;
  const later = history.filter((r) => r.revision > sourceRevision);
  const last = history.at(-1)!;
  return Object.keys(last.sections).flatMap((section) => {
    if (from.sections[section] === last.sections[section]) return [];
    const first = later.find((r) => r.sections[section] !== from.sections[section]);
    return first ? [{ section, changed: first.date }] : [];
  });
}

export function parseRevisions(text: string, file: string): RevisionLedger {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}): restore it from git`);
  }
  const articles = (data as { articles?: unknown } | null)?.articles;
  if (typeof articles !== 'object' || articles === null || Array.isArray(articles)) throw new Error(`${file} must be { "articles": { "<id>": [revisions] } }: restore it from git`);
  return { articles: articles as Record<string, Revision[]> };
}

export function serializeRevisions(ledger: RevisionLedger): string {
  return `${JSON.stringify(ledger, null, 2)}\n`;
}

/** What `after` records that `before` does not (a frozen CI build names them). */
export function revisionAdditions(before: RevisionLedger, after: RevisionLedger): string[] {
  return Object.entries(after.articles).flatMap(([id, history]) =>
    history.filter((r) => !(before.articles[id] ?? []).some((b) => b.revision === r.revision && sameSections(b.sections, r.sections)))
      .map((r) => `article ${id}: revision ${r.revision}`));
}
