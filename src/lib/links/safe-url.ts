/**
 * Which URLs an article may contain: relative ones and the schemes a help article needs. Anything else
 * (`javascript:`, `data:`, `vbscript:`, `file:`…) could run code or smuggle content in a reader's browser;
 * a Content-Security-Policy blocks some of it only where the host sends the headers.
 * Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:` runs), and
 * schemes are case-insensitive, so both are removed before the scheme is read (WHATWG URL, "scheme state").
 */

export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** The URL's scheme as a browser reads it (lowercase), or undefined for a relative URL. */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
}

/** Why the URL may not appear in an article, or undefined when it may. */
export function unsafeUrlReason(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return `URL \`${url.trim().slice(0, 60)}\` uses \`${scheme}:\`, which articles may not use: only relative links, ${ALLOWED_SCHEMES.map((s) => `\`${s}:\``).join(', ')} are allowed`;
}
