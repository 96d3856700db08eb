/**
 * The Content-Security-Policy allows no inline script but the site's own, each by its sha256 hash. The
 * hashes are collected from the built pages (Astro inlines small scripts, and the theme and redirect
 * scripts are inline on purpose), so the policy always matches what ships.
 */
import { createHash } from 'node:crypto';

/** Inline scripts a browser would run: no `src`, and a JavaScript type (data blocks are not scripts). */
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;

/** The CSP source expressions (`'sha256-…'`) of every executable inline script in an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The `_headers` template with a placeholder (`SCRIPT_HASHES`, `STYLE_HASHES`) replaced by hashes, sorted and unique. */
export function fillPlaceholder(template: string, placeholder: string, hashes: Iterable<string>): string {
  if (!template.includes(placeholder)) throw new Error(`_headers: the Content-Security-Policy has no ${placeholder} placeholder`);
  return template.replaceAll(placeholder, [...new Set(hashes)].sort().join(' '));
}

/**
 * Inline `<style>` elements of an HTML page, as CSP hash sources. The site ships none today (its CSS is
 * one cacheable file, `inlineStylesheets: 'never'`); the hashes keep the policy right if a page ever does.
 */
const INLINE_STYLE = /<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi;
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(INLINE_STYLE)].map(([, , body = '']) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}
