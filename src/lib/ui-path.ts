/**
 * Splits the rendered content of `<UiPath>` into its labels. MDX may wrap multi-line content in a
 * paragraph, and a label may itself contain markup, so the split happens only at `›` separators that
 * (or `>`, which authors type too) stand outside any element; the HTML of each label stays well-formed.
 */
export function splitUiPath(html: string): string[] {
  const content = html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1').trim();
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const token of content.match(/<[^>]*>|&#8250;|&rsaquo;|&gt;|[^<&]+|&/g) ?? []) {
    if (token.startsWith('</')) depth--;
    else if (token.startsWith('<') && !token.endsWith('/>') && !/^<(br|img|wbr)\b/i.test(token)) depth++;
    if (depth === 0 && !token.startsWith('<')) {
      // A serializer may leave `>` in text as it is (it need not be escaped there): a separator too.
      const pieces = token === '&#8250;' || token === '&rsaquo;' || token === '&gt;' ? ['', ''] : token.split(/[›>]/);
      current += pieces[0];
      for (const piece of pieces.slice(1)) {
        parts.push(current);
        current = piece;
      }
    } else {
      current += token;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
