/**
 * Where each translation stands against its source, read straight from the content folder (no build
 * needed): the sections whose original changed after the translation's `sourceRevision`. `npm run check`
 * lists them; `npm run translations` lists them and records minor edits.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter, scanContent } from '../content/article-index.ts';
import { blankFrontmatter, FRONTMATTER_BLOCK } from '../content/frontmatter.ts';
import { readTextFile } from '../content/text-file.ts';
import { isoDate } from '../dates.ts';
import { readRevisions } from './revision-state.ts';
import { outdatedSections, sectionFingerprints, updateRevisions, type OutdatedSection, type RevisionLedger } from './revisions.ts';

export interface TranslationStatus {
  /** The translation's file, relative to the working folder. */
  file: string;
  id: number;
  sourceRevision: number;
  outdated: OutdatedSection[];
}

/** The fingerprints of a source article's sections now, from its file. */
export function currentSections(file: string): Record<string, string> {
  const text = readTextFile(file);
  const block = FRONTMATTER_BLOCK.exec(text);
  return sectionFingerprints(block ? blankFrontmatter(text, block[0].split('\n').length - 1) : text);
}

/** Every translation (`translations/<lang>/…`) with its id and revision, read from its frontmatter. */
function translationFiles(contentDir: string): Array<{ file: string; id: number; sourceRevision: number }> {
  const folder = path.join(contentDir, 'translations');
  let names: string[] = [];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = path.join(folder, name);
    const data = readFrontmatter(readTextFile(file));
    return typeof data?.['id'] === 'number' && typeof data['sourceRevision'] === 'number' ? [{ file, id: data['id'], sourceRevision: data['sourceRevision'] }] : [];
  });
}

/** The revisions as a build today would record them, and each translation's outdated sections. */
export function translationStatus(contentDir: string, today = isoDate(new Date())): { revisions: RevisionLedger; translations: TranslationStatus[] } {
  const translations = translationFiles(contentDir);
  const sources = scanContent(contentDir);
  const current = new Map([...new Set(translations.map((t) => t.id))].flatMap((id) => {
    const source = sources.get(id);
    return source ? [[id, currentSections(source.file)] as [number, Record<string, string>]] : [];
  }));
  const revisions = updateRevisions(readRevisions(contentDir), current, today);
  return {
    revisions,
    translations: translations.map((t) => ({
      file: path.relative(process.cwd(), t.file), id: t.id, sourceRevision: t.sourceRevision,
      outdated: outdatedSections(revisions.articles[String(t.id)] ?? [], t.sourceRevision) ?? [],
    })),
  };
}

/** One line per outdated translation: `translations/fr/…mdx (revision 1 of 3): #pop3 changed 2026-12-08, …`. */
export function outdatedReport(status: readonly TranslationStatus[], revisions: RevisionLedger): string[] {
  return status.filter((t) => t.outdated.length > 0).map((t) => {
    const last = revisions.articles[String(t.id)]?.at(-1)?.revision ?? t.sourceRevision;
    return `${t.file} (revision ${t.sourceRevision} of ${last}): ${t.outdated.map((o) => `#${o.section} changed ${o.changed}`).join(', ')}`;
  });
}
