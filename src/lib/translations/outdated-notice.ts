/**
 * Marks the sections of a translated article whose original changed after the translation was made: a
 * notice right after the section's heading (or at the top, for the text before the first heading).
 * Done when the page is built, not in the cached render: whether a section is behind depends on the
 * source's revisions, which change without the translation's file changing.
 */
import { INTRO } from './revisions.ts';

/**
 * `html` with `notice(section)` after each listed section's heading block (the `section-heading` wrapper
 * that rehype-section-links puts around every h2 and h3). A section not found is left alone.
 */
export function markOutdatedSections(html: string, sections: readonly string[], notice: (section: string) => string): string {
  let marked = html;
  for (const section of sections) {
    if (section === INTRO) {
      marked = notice(section) + marked;
      continue;
    }
    const start = marked.search(new RegExp(`<div class="section-heading"><h[23] id="${section}"`));
    const end = start < 0 ? -1 : endOfDiv(marked, start);
    if (end < 0) continue;
    marked = marked.slice(0, end) + notice(section) + marked.slice(end);
  }
  return marked;
}

/**
 * Where the div that opens at `start` ends (just after its `</div>`), counting the divs opened inside it;
 * -1 if it does not close. The article's HTML is the renderer's own, serialized: every div is written
 * `<div…>` … `</div>`, and none is in an attribute or a comment.
 */
function endOfDiv(html: string, start: number): number {
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[0] === '</div>' ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return -1;
}
