import fc from 'fast-check';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintContent } from '../../../src/lib/content/lint.ts';
import { formatProblem } from '../../../src/lib/problems.ts';

/**
 * Authors make every mistake there is. Real articles are damaged at random (truncated, brackets,
 * braces and angle brackets inserted, stray bytes, unknown components, enormous lines, broken
 * frontmatter) and run through the content check, which compiles them with the build's own compiler and
 * plugins, and runs before every build: it must never crash, and every problem it reports must name a
 * file of the content folder, at a line when it gives one, without a stack trace or `undefined`. (Runs through the lint,
 * not a whole Astro build per case, to stay within the suite's time; tests/build checks that a failed
 * build leaves the last good dist/ alone.)
 */
const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'kb-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(path.join(root, 'tests/fixtures/sites/moved/content'), work, { recursive: true });
cpSync(path.join(root, 'content/articles'), path.join(work, 'real'), { recursive: true });

const articles = readdirSync(path.join(work, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
/** Sources of the site's real articles, as material for insertions. */
const realBodies = readdirSync(path.join(work, 'real'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(path.join(work, 'real', f), 'utf8'));

type Mutation = (source: string) => string;
const at = (position: number, insert: string): Mutation => (s) => { const i = Math.floor(position * s.length); return s.slice(0, i) + insert + s.slice(i); };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((p): Mutation => (s) => s.slice(0, Math.floor(p * s.length))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('[', ']', '](', '{', '}', '{#', '<', '>', '</', '<Steps>', '</Callout>', '`', '```', '---\n', '\n---\n', '*', '\\', '{/*', '](/9999)', '](javascript:alert(1))', '<iframe src="x">', '<b onClick="x">'))
    .map(([p, text]) => at(p, text)),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 8 })).map(([p, text]) => at(p, text)),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('Calout', 'Stepz', 'Foo.Bar', 'tab', 'Video'))
    .map(([p, name]) => at(p, `\n\n<${name} type="x">text</${name}>\n\n`)),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1_000, max: 200_000 })).map(([p, n]) => at(p, `\n\n${'long '.repeat(n / 5)}\n\n`)),
  fc.constantFrom<Mutation>(
    (s) => s.replace(/^---\n/, ''), (s) => s.replace(/\n---\n/, '\n'), (s) => s.replace(/id: \d+/, 'id: x'),
    (s) => s.replace(/title: .*/, 'title: [unclosed'), (s) => s.replace(/topic: .*/, 'topic: nowhere'),
    (s) => `\uFEFF${s}`, (s) => s.replace(/\n/g, '\r\n'),
    // Nesting this deep crashes the native parser (a segmentation fault) unless the check refuses it first.
    (s) => `${s}\n\n${Array.from({ length: 4000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')}\n`,
    (s) => `${s}\n\n${'<div>'.repeat(30_000)}\n`,
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(realBodies.length - 1)).map(([p, i]) => at(p, realBodies[i]!.slice(0, 400))),
);

describe('the content check on damaged articles', () => {
  it('never crashes, and names a content file in every problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...articles), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (article, mutations) => {
        const file = path.join(work, 'articles', article);
        const original = readFileSync(file, 'utf8');
        writeFileSync(file, mutations.reduce((s, m) => m(s), original));
        try {
          const { problems } = await lintContent(work, { root: work });
          for (const problem of problems) {
            const text = formatProblem(problem);
            expect(text).not.toMatch(/undefined|\n\s+at /);
            expect(problem.line === undefined || Number.isInteger(problem.line)).toBe(true);
            // The damaged article, or one that now disagrees with it (a link to an id or section it lost).
            expect(existsSync(path.join(work, problem.file)), text).toBe(true);
          }
        } finally {
          writeFileSync(file, original);
        }
      }),
      { numRuns: 150, seed: Number(process.env['FUZZ_SEED'] ?? 20261201) },
    );
  }, 120_000);
});
