/**
 * Authors pin a heading's anchor with `## Restore from the Mail Service {#restore-from-mail-service}`,
 * so that rewording the heading never breaks a link to it. In MDX `{…}` is a JavaScript expression and
 * `{#id}` does not parse (mdx-js/mdx#2485), so before MDX sees the file this rewrites the suffix to
 * the comment form `{/* #id *\/}`, which is valid MDX (the form Docusaurus adopted, facebook/docusaurus#11755)
 * and which `remark-heading-ids` reads. Only the end of ATX heading lines outside fenced code changes,
 * so every line number stays the same.
 */

const HEADING_WITH_PIN = /^(\s{0,3}#{1,6}\s.*?)\s*\{#([A-Za-z0-9][\w-]*)\}\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})(.*)$/;

/** Rewrites every `{#id}` heading suffix to `{/* #id *\/}`; returns the source unchanged otherwise. */
export function rewritePinnedAnchors(source: string): string {
  if (!source.includes('{#')) return source;
  let fence: string | undefined;
  return source
    .split('\n')
    .map((line) => {
      const [, marker, rest = ''] = FENCE.exec(line) ?? [];
      if (marker) {
        // CommonMark: a closing fence uses the same character, is at least as long and has no info string.
        if (!fence) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length && rest.trim() === '') fence = undefined;
        return line;
      }
      if (fence) return line;
      return line.replace(HEADING_WITH_PIN, (_, heading: string, id: string) => `${heading} {/* #${id} */}`);
    })
    .join('\n');
}

/** The id in a pinned-anchor comment (`/* #id *\/`), or undefined. */
export function parsePinComment(expression: string): string | undefined {
  return /^\s*\/\*\s*#([A-Za-z0-9][\w-]*)\s*\*\/\s*$/.exec(expression)?.[1];
}
