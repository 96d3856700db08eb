/**
 * The revisions of the source articles as this build sees them: the committed ledger
 * (`content/revisions.json`) brought up to date with the sections the content loader fingerprinted. The
 * pages mark outdated sections from it, and the build records it (published-urls.ts), so both agree.
 * Only articles that have a translation are tracked: a corpus without translations records nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readTextFile } from '../content/text-file.ts';
import type { RenderIndex } from '../render/render-cache.ts';
import { isoDate } from '../dates.ts';
import { parseRevisions, updateRevisions, type RevisionLedger } from './revisions.ts';

export function revisionsFile(contentDir: string): string {
  return path.join(path.resolve(contentDir), 'revisions.json');
}

/** The committed ledger of revisions; empty when there is none yet. */
export function readRevisions(contentDir: string): RevisionLedger {
  const file = revisionsFile(contentDir);
  return existsSync(file) ? parseRevisions(readTextFile(file), path.relative(process.cwd(), file)) : { articles: {} };
}

/**
 * The committed ledger and the ledger now: a new revision, dated `today`, for each translated article
 * whose sections changed. `sources` and `translations` are the render caches of the two collections.
 */
export function revisionState(contentDir: string, sources: RenderIndex, translations: RenderIndex, today = isoDate(new Date())): { recorded: RevisionLedger; now: RevisionLedger } {
  const translated = new Set([...translations.values()].flatMap((t) => (t.articleId === undefined ? [] : [t.articleId])));
  const current = new Map([...sources.values()].flatMap((a) => (a.articleId !== undefined && a.sections && translated.has(a.articleId) ? [[a.articleId, a.sections] as [number, Record<string, string>]] : [])));
  const recorded = readRevisions(contentDir);
  return { recorded, now: updateRevisions(recorded, current, today) };
}
