/**
 * Text made safe to place in HTML, between tags or inside a double-quoted attribute: the one escaper of
 * the hand-built markup (search excerpts in the browser, redirect pages at build time).
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
