/**
 * Excerpts that read as the article's sentences, from a Pagefind fragment (the page's text, its anchors)
 * and the positions of the words a query matched there. Pagefind's own excerpt is the densest window of
 * matches, wherever it falls: often the hidden block of keywords and error codes that each article
 * carries for search ("relaying denied · relay denied · …"), which reads as noise. Here:
 * - the title (already shown) and the hidden block (between the anchors `search-terms` and
 *   `search-terms-end`, see ArticleLayout.astro) are never quoted;
 * - the window with the most matches starts at the beginning of its sentence and ends at a sentence end
 *   when one is near, with "…" where a sentence is cut;
 * - a page that matched only in its title or keywords shows its description, the start of its text.
 * Word positions are those of Pagefind: the text split at white space (pagefind_web_js/lib/excerpt.ts).
 */
import { escapeHtml } from '../escape-html.ts';

export interface FragmentAnchor {
  element: string;
  id: string;
  text?: string | undefined;
  location: number;
}

export interface ExcerptSource {
  /** Pagefind's plain text of the page. */
  content: string;
  anchors: FragmentAnchor[];
  /** The page title as indexed (the first words of `content`). */
  title: string;
}

export interface Section {
  title: string;
  /** The anchor's id, without `#`. */
  id: string;
  excerpt: string;
}

const WORD_SEPARATORS = /[^\S\uFEFF]+/;
/** How far (in words) a window may reach back for its sentence's start, or on for its end. */
const SNAP = 10;

/** The words of a page as Pagefind numbers them. */
export function pageWords(content: string): string[] {
  return content.split(WORD_SEPARATORS);
}

/** Word ranges `[start, end)` never quoted: the title and the hidden block of search terms. */
export function hiddenRanges(source: ExcerptSource, words = pageWords(source.content)): Array<[number, number]> {
  const ranges: Array<[number, number]> = [[0, source.title.split(WORD_SEPARATORS).filter(Boolean).length]];
  const start = source.anchors.find((a) => a.id === 'search-terms')?.location;
  const end = source.anchors.find((a) => a.id === 'search-terms-end')?.location;
  if (start !== undefined) ranges.push([start, end ?? words.length]);
  return ranges;
}

const endsSentence = (word: string | undefined) => word === undefined || /[.!?]["')\]»”’]?$/.test(word);

/**
 * The excerpt (HTML-escaped text, matched words in `<mark>`) of the words `[from, to)`, around the
 * matches at `locations`, about `length` words long.
 */
export function excerptOf(words: string[], locations: readonly number[], options: { from: number; to: number; length: number; hidden: Array<[number, number]> }): string {
  const { from, length, hidden } = options;
  const visible = (i: number) => i >= from && i < options.to && !hidden.some(([s, e]) => i >= s && i < e);
  const matches = [...new Set(locations)].filter(visible).sort((a, b) => a - b);
  let start = matches.length > 0 ? densestStart(matches, length) : from;
  while (start < options.to && !visible(start)) start++;
  // The readable stretch ends where the next hidden range starts.
  let to = options.to;
  for (const [s] of hidden) if (s > start && s < to) to = s;
  if (start >= to) return '';
  // Back to the start of the sentence, forward to its end, when they are near.
  for (let i = start; i >= Math.max(from, start - SNAP) && visible(i); i--) {
    if (i === from || endsSentence(words[i - 1]) || !visible(i - 1)) {
      start = i;
      break;
    }
  }
  let end = Math.min(to, start + length);
  for (let i = end; i < Math.min(to, end + SNAP); i++) {
    if (endsSentence(words[i - 1])) {
      end = i;
      break;
    }
  }
  const marked = new Set(matches);
  const text = words
    .slice(start, end)
    .map((w, i) => (marked.has(start + i) ? markWord(w) : escapeHtml(w)))
    .join(' ');
  const before = start > from && visible(start - 1) && !endsSentence(words[start - 1]) ? '… ' : '';
  const after = !endsSentence(words[end - 1]) ? ' …' : '';
  return `${before}${text}${after}`;
}

/**
 * A matched word in `<mark>`, without the punctuation around it ("wiederherstellen." → the word marked,
 * the full stop after it): the highlight shows what matched, not the sentence's punctuation.
 */
function markWord(word: string): string {
  const [, lead = '', core = '', trail = ''] = /^(\p{P}*)(.*?)(\p{P}*)$/u.exec(word) ?? [];
  return core === '' ? `<mark>${escapeHtml(word)}</mark>` : `${escapeHtml(lead)}<mark>${escapeHtml(core)}</mark>${escapeHtml(trail)}`;
}

/** Start of the `length`-word window holding the most matches (the earliest of equals). */
function densestStart(matches: number[], length: number): number {
  let best = matches[0]!;
  let bestCount = 0;
  for (let i = 0, j = 0; i < matches.length; i++) {
    while (matches[j]! < matches[i]! - length + 1) j++;
    if (i - j + 1 > bestCount) {
      bestCount = i - j + 1;
      best = matches[j]!;
    }
  }
  return best;
}

/** The page's excerpt: around its matches in the text, or its description when it matched elsewhere. */
export function pageExcerpt(source: ExcerptSource, locations: readonly number[], length: number): string {
  const words = pageWords(source.content);
  const hidden = hiddenRanges(source, words);
  return excerptOf(words, locations, { from: hidden[0]![1], to: words.length, length, hidden });
}

/**
 * The article's sections (its headings with an id) that hold a match, the most matches first, each with
 * an excerpt of its own text (the heading is shown as the title).
 */
export function matchingSections(source: ExcerptSource, locations: readonly number[], length: number, limit = 3): Section[] {
  const words = pageWords(source.content);
  const hidden = hiddenRanges(source, words);
  const headings = source.anchors.filter((a) => /^h\d$/i.test(a.element) && a.text && /\S/.test(a.text)).sort((a, b) => a.location - b.location);
  const found = headings.map((heading, i) => {
    const to = headings[i + 1]?.location ?? words.length;
    const inside = locations.filter((l) => l >= heading.location && l < to);
    const textFrom = heading.location + heading.text!.split(WORD_SEPARATORS).filter(Boolean).length;
    return { heading, hits: new Set(inside).size, first: heading.location, textFrom, to, inside };
  });
  const shown = found
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.first - b.first)
    .slice(0, limit);
  // Two sections with one name ("Steps" under two methods) are told apart by the heading above each.
  const repeated = new Set(shown.map((s) => s.heading.text!.trim()).filter((t, i, all) => all.indexOf(t) !== i));
  const parentOf = (heading: FragmentAnchor) => {
    const level = Number(heading.element.slice(1));
    return headings.filter((h) => h.location < heading.location && Number(h.element.slice(1)) < level).at(-1);
  };
  return shown.map((s) => {
    const title = s.heading.text!.trim();
    const parent = repeated.has(title) ? parentOf(s.heading)?.text?.trim() : undefined;
    return {
      title: parent ? `${parent} › ${title}` : title,
      id: s.heading.id,
      excerpt: excerptOf(words, s.inside, { from: s.textFrom, to: s.to, length, hidden }),
    };
  });
}
