import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FRONTMATTER_BLOCK } from '../../../../src/lib/content/frontmatter.ts';
import { quickCheck } from '../../../../src/lib/content/quick-check.ts';
import { parsedYaml } from '../../../../src/lib/content/yaml-positions.ts';
import { formatProblem } from '../../../../src/lib/problems.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixtures = path.join(root, 'tests/fixtures/lint');

describe('quickCheck (the build\'s first check, in a worker thread)', () => {
  it('reports what the content check reports, at the line', async () => {
    const problems = await quickCheck(path.join(fixtures, 'wrong-type'), root);
    expect(problems.map(formatProblem)).toEqual([
      'tests/fixtures/lint/wrong-type/articles/spam/block-a-sender.mdx:2:1: id: Invalid input: expected number, received string\n'
      + '    hint: a positive whole number, unique and permanent (npm run new picks the next free one)',
    ]);
  });

  it('finds nothing in valid content, and hands this thread the frontmatter it parsed', async () => {
    expect(await quickCheck(path.join(fixtures, 'valid'), root)).toEqual([]);
    const text = readFileSync(path.join(fixtures, 'valid/articles/backups/restore-emails.mdx'), 'utf8');
    const yaml = FRONTMATTER_BLOCK.exec(text)![1]!;
    expect(new Map(parsedYaml()).get(yaml)).toMatchObject({ title: expect.any(String) });
  });
});
