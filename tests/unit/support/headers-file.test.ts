import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../support/headers-file.ts';

const file = [
  '# Security headers for every page',
  '/*',
  '  X-Content-Type-Options: nosniff',
  "  Content-Security-Policy: default-src 'self'; img-src 'self' data:",
  '  Cache-Control: public, max-age=0, must-revalidate',
  '',
  '/_astro/*',
  '  # hashed file names: cache for a year',
  '  Cache-Control: public, max-age=31536000, immutable',
  '',
  '/pagefind/pagefind.js',
  '\tCache-Control: no-cache',
  '',
].join('\n');

describe('parseHeadersFile', () => {
  it('reads one rule per pattern line with its indented headers, skipping comments and blank lines', () => {
    const rules = parseHeadersFile(file);
    expect(rules.map((r) => r.pattern.source)).toEqual(['^\\/.*$', '^\\/_astro\\/.*$', '^\\/pagefind\\/pagefind\\.js$']);
    expect(rules.map((r) => r.headers)).toEqual([
      [
        ['x-content-type-options', 'nosniff'],
        ['content-security-policy', "default-src 'self'; img-src 'self' data:"],
        ['cache-control', 'public, max-age=0, must-revalidate'],
      ],
      [['cache-control', 'public, max-age=31536000, immutable']],
      [['cache-control', 'no-cache']],
    ]);
  });

  it('ignores header lines before the first pattern and indented lines without a colon', () => {
    const rules = parseHeadersFile('  X-Orphan: yes\n/a\n  not a header\n  X-Kept: yes\n');
    expect(rules.map((r) => [r.pattern.source, r.headers])).toEqual([['^\\/a$', [['x-kept', 'yes']]]]);
  });

  it('gives no rules for an empty file', () => {
    expect(parseHeadersFile('')).toEqual([]);
  });

  it.each([
    ['/*', '/', true],
    ['/*', '/spam/reduce-incoming-spam/', true],
    ['/_astro/*', '/_astro/index.Bx3.css', true],
    ['/_astro/*', '/spam/_astro/x.css', false],
    ['/pagefind/pagefind.js', '/pagefind/pagefind.js', true],
    ['/pagefind/pagefind.js', '/pagefind/pagefindxjs', false],
    ['/pagefind/pagefind.js', '/pagefind/pagefind.js.map', false],
    ['/a+b/(x)?', '/a+b/(x)?', true],
    ['/a+b/(x)?', '/aab/x', false],
    ['/*/index.html', '/spam/index.html', true],
  ])('makes the pattern %s match %s: %s', (pattern, pathname, matches) => {
    const [rule] = parseHeadersFile(`${pattern}\n  X-Test: 1\n`);
    expect(rule!.pattern.test(pathname)).toBe(matches);
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile(file);

  it('collects the headers of every matching rule', () => {
    expect(headersFor(rules, '/spam/')).toEqual(new Map([
      ['x-content-type-options', 'nosniff'],
      ['content-security-policy', "default-src 'self'; img-src 'self' data:"],
      ['cache-control', 'public, max-age=0, must-revalidate'],
    ]));
  });

  it('lets a later rule override a header of an earlier one', () => {
    const headers = headersFor(rules, '/_astro/index.Bx3.css');
    expect(headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.size).toBe(3);
  });

  it('gives nothing for a path no rule matches', () => {
    expect(headersFor(parseHeadersFile('/only\n  X-Test: 1\n'), '/other')).toEqual(new Map());
  });
});
