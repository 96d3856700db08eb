/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: a path pattern on its own line, then indented
 * `Name: value` lines. `*` in a pattern matches any run of characters. The build turns it into the nginx
 * form (nginx-headers.ts), and the test server applies it, so both send what the site really ships.
 */
export interface HeaderRule {
  /** The pattern as written (`/_astro/*`). */
  path: string;
  pattern: RegExp;
  headers: Array<[string, string]>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ path: line.trim(), pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The file for a site served under `base` (`/help/`): each path pattern moves under it (`/*` →
 * `/help/*`, `/_astro/*` → `/help/_astro/*`), so that the headers apply to the help center and nothing
 * else of the host. public/_headers is written for the root, like every other path of the site.
 */
export function headersUnderBase(text: string, base: string): string {
  if (base === '/') return text;
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? `${base.replace(/\/$/, '')}${line}` : line))
    .join('\n');
}

/** Every header whose rule matches the path, in file order (a later rule overrides an earlier one). Names are lowercase. */
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) if (rule.pattern.test(pathname)) for (const [k, v] of rule.headers) out.set(k, v);
  return out;
}
