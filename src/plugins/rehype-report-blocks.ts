/**
 * Turns a fenced block marked `report` into a block for pasted error reports and popups:
 *
 * ````mdx
 * ```report
 * Diagnostic-Code: smtp; 552 RCPT TO:anna.a@abc.xyz Mailbox disk quota exceeded
 * ```
 * ````
 * becomes `<pre class="report" data-report><code>Diagnostic-Code: smtp; <mark class="error-code">552</mark> …</code></pre>`.
 *
 * Line breaks are kept and long lines wrap (styled in CSS), and every SMTP, enhanced status or Outlook
 * code inside is highlighted, so that a customer comparing the example with their own report finds
 * the code at a glance. Other code blocks are left alone.
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { findErrorCodes } from '../lib/errors/error-codes.ts';

export function rehypeReportBlocks(): HastPluginDefinition {
  return {
    name: 'kb-report-blocks',
    element: {
      filter: ['pre'],
      visit(pre, ctx) {
        const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
        const classes = code?.properties?.['className'];
        if (!code || !Array.isArray(classes) || !classes.includes('language-report')) return;
        ctx.setProperty(pre, 'className', ['report']);
        ctx.setProperty(pre, 'dataReport', '');
        ctx.replaceNode(code, {
          type: 'element', tagName: 'code', properties: {},
          children: code.children.flatMap((child) => (child.type === 'text' ? highlight(child.value) : [child])),
        });
      },
    },
  };
}
/** Splits text into plain runs and `<mark class="error-code">` runs. */
export function highlight(text: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const found of findErrorCodes(text)) {
    if (found.start > last) out.push({ type: 'text', value: text.slice(last, found.start) });
    out.push({
      type: 'element', tagName: 'mark', properties: { className: ['error-code'] },
      children: [{ type: 'text', value: found.text }],
    });
    last = found.end;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}
