/** The "On this page" list: the article's h2 and h3, from the headings Astro collects. */
export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
}

/** Keeps h2/h3 only, in document order. */
export function tocEntries(headings: TocEntry[]): TocEntry[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3).map(({ depth, slug, text }) => ({ depth, slug, text: text.trim() }));
}
