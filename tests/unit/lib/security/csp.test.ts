import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fillPlaceholder, inlineScriptHashes } from '../../../../src/lib/security/csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline classic or module script', () => {
    const html = '<script>a()</script><script type="module">b()\n</script><script type="text/javascript">c()</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()\n'), sha('c()')]);
  });

  it('skips scripts with a src and data blocks such as JSON-LD', () => {
    const html = '<script src="/a.js"></script><script type="module" src="/b.js"></script><script type="application/ld+json">{"a":1}</script><script type="application/json" id="x">[]</script>';
    expect(inlineScriptHashes(html)).toEqual([]);
  });
});

describe('fillPlaceholder', () => {
  it('puts the unique hashes, sorted, in place of the placeholder', () => {
    expect(fillPlaceholder("script-src 'self' SCRIPT_HASHES;", 'SCRIPT_HASHES', ["'sha256-b'", "'sha256-a'", "'sha256-b'"])).toBe("script-src 'self' 'sha256-a' 'sha256-b';");
  });

  it('refuses a template without the placeholder, so the policy cannot silently go stale', () => {
    expect(() => fillPlaceholder("script-src 'self';", 'SCRIPT_HASHES', [])).toThrow('_headers: the Content-Security-Policy has no SCRIPT_HASHES placeholder');
  });
});
