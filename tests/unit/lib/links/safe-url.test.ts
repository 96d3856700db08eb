import { describe, expect, it } from 'vitest';
import { schemeOf, unsafeUrlReason } from '../../../../src/lib/links/safe-url.ts';

const allowed = 'which articles may not use: only relative links, `http:`, `https:`, `mailto:`, `tel:` are allowed';

describe('unsafeUrlReason', () => {
  it.each([
    ['/1007'],
    ['/backups/restore-deleted-emails/#pop3'],
    ['../images/restore.png'],
    ['#spf-failure'],
    ['?tab=macos'],
    [''],
    ['//cdn.example.com/a.png'],
    ['https://www.example.com/help'],
    ['HTTPS://WWW.EXAMPLE.COM/'],
    ['http://example.com'],
    ['Http://example.com'],
    ['mailto:support@example.com'],
    ['MAILTO:support@example.com'],
    ['tel:+41000000000'],
    ['TEL:+41000000000'],
    ['./images/a:b.png'],
  ])('accepts `%s`', (url) => {
    expect(unsafeUrlReason(url)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'javascript:alert(1)', 'javascript'],
    ['JAVASCRIPT:alert(1)', 'JAVASCRIPT:alert(1)', 'javascript'],
    ['JavaScript:alert(1)', 'JavaScript:alert(1)', 'javascript'],
    [' javascript:alert(1)', 'javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'java\nscript:alert(1)', 'javascript'],
    ['\u0000javascript:alert(1)', '\u0000javascript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data:text/html,<script>alert(1)</script>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file:///etc/passwd', 'file'],
  ])('refuses `%j`, naming the URL and its scheme', (url, shown, scheme) => {
    expect(unsafeUrlReason(url)).toBe(`URL \`${shown}\` uses \`${scheme}:\`, ${allowed}`);
  });

  it('shortens a long URL in the reason to its first 60 characters', () => {
    const url = `data:image/png;base64,${'A'.repeat(200)}`;
    expect(unsafeUrlReason(url)).toBe(`URL \`${url.slice(0, 60)}\` uses \`data:\`, ${allowed}`);
  });
});

describe('schemeOf', () => {
  it.each([
    ['https://example.com', 'https'],
    ['MAILTO:a@example.com', 'mailto'],
    ['  java\tscript:alert(1)', 'javascript'],
    ['x-custom+app.v2:open', 'x-custom+app.v2'],
  ])('reads the scheme of `%j` as a browser does: %s', (url, scheme) => {
    expect(schemeOf(url)).toBe(scheme);
  });

  it.each([['/1007'], ['./a:b.png'], ['#x:y'], ['1password:open']])('gives no scheme for the relative URL `%s`', (url) => {
    expect(schemeOf(url)).toBeUndefined();
  });
});
