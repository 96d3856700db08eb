import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { lintContent } from '../../../../src/lib/content/lint.ts';
import { formatProblem } from '../../../../src/lib/problems.ts';

/** The lint fixture `valid` (two articles, 1001 and 1002) with translations written next to it. */
const valid = fileURLToPath(new URL('../../../fixtures/lint/valid', import.meta.url));
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

async function lintWith(translations: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-translations-'));
  folders.push(dir);
  cpSync(valid, dir, { recursive: true });
  for (const [file, text] of Object.entries(translations)) {
    mkdirSync(path.dirname(path.join(dir, 'translations', file)), { recursive: true });
    writeFileSync(path.join(dir, 'translations', file), text);
  }
  const { problems } = await lintContent(dir, { root: dir });
  return problems.map(formatProblem);
}

const restoreFr = (body: string, front = '') => `---\nid: 1002\nsourceRevision: 1\ntitle: Restaurer des e-mails supprimés\ndescription: Récupérez les e-mails supprimés au cours des 7 derniers jours.\n${front}---\n\n${body}`;
const faithful = 'Si un expéditeur est bloqué, [débloquez-le](/1001#block-step-2), ou lisez [le guide](/1001).\n\n## Restaurer une boîte {#restore}\n\n<Callout type="note">\n\nLes sauvegardes sont conservées 7 jours.\n\n</Callout>\n';

describe('the content check of translations', () => {
  it('accepts a faithful translation that keeps the source\'s pinned ids', async () => {
    expect(await lintWith({ 'fr/backups/restore-emails.mdx': restoreFr(faithful) })).toEqual([]);
  });

  it('fails at the translation when a pinned id of the source is missing or an extra one appears', async () => {
    const problems = await lintWith({ 'fr/backups/restore-emails.mdx': restoreFr(faithful.replace('{#restore}', '{#restaurer}')) });
    expect(problems).toEqual([
      expect.stringMatching(/^translations\/fr\/backups\/restore-emails\.mdx: the section or step `#restore` of the source is missing\n {4}hint: pin the heading that translates it with \{#restore\}/),
      expect.stringMatching(/^translations\/fr\/backups\/restore-emails\.mdx:10:1: `#restaurer` is not an id of the source\n {4}hint: .*did you mean \{#restore\}\?/),
    ]);
  });

  it('refuses what only the source may say, and a language the site does not have', async () => {
    const problems = await lintWith({
      'fr/backups/restore-emails.mdx': restoreFr(faithful, 'topic: backups\n'),
      'pt/backups/restore-emails.mdx': restoreFr(faithful),
    });
    expect(problems).toContainEqual(expect.stringMatching(/^translations\/fr\/backups\/restore-emails\.mdx:\d+:1: frontmatter: Unrecognized key: "topic"/));
    expect(problems).toContainEqual(expect.stringMatching(/^translations\/pt\/backups\/restore-emails\.mdx: "pt" is not a language the site translates into/));
  });

  it('names the article a translation claims when it does not exist, and one not at its source\'s place', async () => {
    const problems = await lintWith({
      'fr/backups/restore-emails.mdx': restoreFr(faithful).replace('id: 1002', 'id: 1012'),
      'de/spam/restore-emails.mdx': restoreFr(faithful),
    });
    expect(problems).toContainEqual(expect.stringMatching(/^translations\/fr\/backups\/restore-emails\.mdx:2:\d+: translates article 1012, which does not exist or is a draft\n {4}hint: did you mean 1002/));
    expect(problems).toContainEqual(expect.stringMatching(/^translations\/de\/spam\/restore-emails\.mdx: translates articles\/backups\/restore-emails\.mdx, so it belongs at translations\/de\/backups\/restore-emails\.mdx/));
  });

  it('checks a translation\'s links to sections of other articles', async () => {
    const problems = await lintWith({ 'fr/backups/restore-emails.mdx': restoreFr(faithful.replace('/1001#block-step-2', '/1001#nowhere')) });
    expect(problems).toEqual([expect.stringMatching(/^translations\/fr\/backups\/restore-emails\.mdx:8:30: Link `\/1001#nowhere`: article 1001 has no section `#nowhere`/)]);
  });
});
