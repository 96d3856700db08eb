/**
 * The site's vocabulary for typo tolerance (correction.ts): every word of the search index with
 * how often it occurs, words of titles, headings and keywords marked. It is derived at build time from
 * Pagefind's own fragments (so it holds exactly the words the index holds) and shipped as
 * `/pagefind/search-vocabulary.json`, loaded with the index on the first search. Of the titles it carries
 * only their length in words, by Pagefind page id: ranking by title reads Pagefind's own title matches
 * (ranking.ts), and the titles themselves were most of its bytes (134 of the first search's 357 kB gzip
 * at 10,000 articles).
 */
import { hiddenRanges, pageWords, type FragmentAnchor } from './excerpt.ts';
import { words as titleWordsOf } from './ranking.ts';

/** A page as Pagefind stores it in its fragment. */
export interface IndexedPage {
  /** Pagefind's page id (the fragment's file name without extension). */
  id: string;
  /** The page's URL in the built site (`/fr/backups/…/`): its language. */
  url: string;
  content: string;
  anchors: FragmentAnchor[];
  meta: Record<string, string | undefined>;
}

/** How much a word says about a page: title words rank corrections first, then keyword and heading words. */
export const Mark = { Body: 0, Keyword: 1, Title: 2 } as const;
export type Mark = (typeof Mark)[keyof typeof Mark];

/** The shipped file: words sorted by priority (marks, then frequency), one count and one mark each. */
export interface VocabularyFile {
  words: string;
  counts: number[];
  /** One digit per word: 0 body, 1 keyword or heading, 2 title. */
  marks: string;
  /** Each page's title length in words, by Pagefind page id (for boostByTitle). */
  titleWords: Record<string, number>;
  /**
   * Words of the site's other languages (their titles, keywords and headings) that this language's pages
   * do not have, space-separated: a query made of them is in another language, not misspelled.
   */
  foreign?: string;
}

export interface VocabularyWord {
  word: string;
  count: number;
  mark: Mark;
}

/** Lowercase words made of letters only: codes and numbers are never corrected, so they are not needed. */
export function vocabularyWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length >= 2);
}

export function buildVocabulary(pages: IndexedPage[]): VocabularyFile {
  const entries = new Map<string, VocabularyWord>();
  const add = (word: string, mark: Mark) => {
    const entry = entries.get(word) ?? { word, count: 0, mark };
    entry.count++;
    entry.mark = Math.max(entry.mark, mark) as Mark;
    entries.set(word, entry);
  };
  const titleWords: Record<string, number> = {};
  for (const page of pages) {
    const title = page.meta['title'] ?? '';
    titleWords[page.id] = titleWordsOf(title).length;
    const words = pageWords(page.content);
    const hidden = hiddenRanges({ content: page.content, anchors: page.anchors, title }, words);
    const headings = new Map(page.anchors.filter((a) => /^h\d$/i.test(a.element)).map((a) => [a.location, a.text?.split(/\s+/).length ?? 0]));
    let inHeading = 0;
    words.forEach((raw, i) => {
      inHeading = headings.get(i) ?? inHeading;
      const mark = i < hidden[0]![1] ? Mark.Title : hidden.slice(1).some(([s, e]) => i >= s && i < e) || inHeading > 0 ? Mark.Keyword : Mark.Body;
      for (const w of vocabularyWords(raw)) add(w, mark);
      if (inHeading > 0) inHeading--;
    });
  }
  const sorted = [...entries.values()].sort((a, b) => b.mark - a.mark || b.count - a.count || a.word.localeCompare(b.word));
  return { words: sorted.map((e) => e.word).join(' '), counts: sorted.map((e) => e.count), marks: sorted.map((e) => e.mark).join(''), titleWords };
}

/**
 * Each language's vocabulary with its `foreign` words: the title, keyword and heading words of the other
 * languages that it does not have ("mot", "passe" for English; "password" for French).
 */
export function withForeignWords<L extends string>(files: Record<L, VocabularyFile>): Record<L, VocabularyFile> {
  const langs = Object.keys(files) as L[];
  const own = new Map(langs.map((l) => [l, new Set(files[l].words.split(' '))]));
  const marked = new Map(langs.map((l) => [l, files[l].words.split(' ').filter((_, i) => files[l].marks[i] !== String(Mark.Body))]));
  return Object.fromEntries(langs.map((l) => {
    const foreign = new Set(langs.filter((o) => o !== l).flatMap((o) => marked.get(o)!).filter((w) => w !== '' && !own.get(l)!.has(w)));
    return [l, { ...files[l], foreign: [...foreign].sort().join(' ') }];
  })) as Record<L, VocabularyFile>;
}

/** Reads the shipped file back; a malformed one reads as an empty vocabulary (search works, uncorrected). */
export function readVocabulary(file: Partial<VocabularyFile> | null | undefined): { words: VocabularyWord[]; titleWords: ReadonlyMap<string, number>; foreign: ReadonlySet<string> } {
  if (!file || typeof file.words !== 'string' || !Array.isArray(file.counts) || typeof file.marks !== 'string') return { words: [], titleWords: new Map(), foreign: new Set() };
  const words = file.words === '' ? [] : file.words.split(' ');
  return {
    words: words.map((word, i) => ({ word, count: file.counts![i] ?? 0, mark: Number(file.marks![i] ?? 0) as Mark })),
    titleWords: new Map(Object.entries(file.titleWords ?? {})),
    foreign: new Set(typeof file.foreign === 'string' && file.foreign !== '' ? file.foreign.split(' ') : []),
  };
}
