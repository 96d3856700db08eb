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
    if (start < 0) continue;
    // The wrapper holds the heading and its controls, none of them a div: its first </div> closes it.
    const end = marked.indexOf('</div>', start) + '</div>'.length;
    marked = marked.slice(0, end) + notice(section) + marked.slice(end);
  }
  return marked;
}
