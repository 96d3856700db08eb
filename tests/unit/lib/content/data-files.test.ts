import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeatured, readSynonyms, readTopics, readTopicTitles } from '../../../../src/lib/content/data-files.ts';
import { lintContent } from '../../../../src/lib/content/lint.ts';
import { tempFoldersWith } from '../../../support/temp-folders.ts';

const folder = tempFoldersWith('kb-files-');

describe('readFeatured', () => {
  it('reads the ids in order', () => {
    expect(readFeatured(folder({ 'featured.yaml': '- 1003\n- 1001\n' })).ids).toEqual([1003, 1001]);
  });

  it('treats a missing or empty file as no featured articles', () => {
    expect(readFeatured(folder({}))).toMatchObject({ ids: [] });
    expect(readFeatured(folder({ 'featured.yaml': '# nothing yet\n' }))).toMatchObject({ ids: [] });
  });

  it.each([
    ['a map', 'a: 1\n', 'expected a YAML list of article ids, e.g. "- 1007"'],
    ['words', '- restore\n', 'expected a YAML list of article ids, e.g. "- 1007"'],
    ['broken YAML', '- [1003\n', /^invalid YAML: /],
  ])('says what is wrong with %s', (_, text, problem) => {
    const result = readFeatured(folder({ 'featured.yaml': text }));
    expect(result.ids).toEqual([]);
    expect(result.problem).toMatch(problem);
  });
});

describe('readTopicTitles', () => {
  it('maps each slug to its title, falling back to the slug', () => {
    expect(readTopicTitles(folder({ 'topics.yaml': 'spam:\n  title: Spam\nbackups:\n  order: 2\n' }))).toEqual(new Map([['spam', 'Spam'], ['backups', 'backups']]));
  });
});

describe('the content lint and featured.yaml', () => {
  it('reports a malformed featured list instead of ignoring it', async () => {
    const dir = folder({
      'topics.yaml': 'spam:\n  title: Spam\n  description: Spam.\n  order: 1\n',
      'featured.yaml': 'popular: 1001\n',
      'articles/spam/a.mdx': '---\nid: 1001\ntitle: A\ndescription: A.\ntopic: spam\n---\n\nText.\n',
    });
    const { problems } = await lintContent(dir, { root: dir });
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual(['featured.yaml: expected a YAML list of article ids, e.g. "- 1007"']);
  });
});

describe('readTopics', () => {
  it('reads the topics and points each problem at the line of the field', () => {
    const problems: import('../../../../src/lib/problems.ts').Problem[] = [];
    const dir = folder({ 'topics.yaml': 'spam:\n  title: Spam\n  description: Unwanted mail.\n  order: 1\nbackups:\n  title: Backups\n  description: Copies.\n  order: first\n' });
    const topics = readTopics(dir, (f) => path.basename(f), problems);
    expect(topics.map((t) => t.slug)).toEqual(['spam']);
    expect(problems).toEqual([{ file: 'topics.yaml', line: 8, message: expect.stringMatching(/^topic "backups" → order: /) }]);
  });

  it('says the file is missing, with what to write', () => {
    const problems: import('../../../../src/lib/problems.ts').Problem[] = [];
    expect(readTopics(folder({}), (f) => path.basename(f), problems)).toEqual([]);
    expect(problems).toEqual([{ file: 'topics.yaml', message: 'the topics file does not exist', hint: expect.stringContaining('keyed by slug') }]);
  });
});

describe('readSynonyms', () => {
  it('reads phrases and their alternatives', () => {
    expect(readSynonyms(folder({ 'synonyms.yaml': 'junk: [spam]\nlog in: [sign in, login]\n' }))).toEqual({ junk: ['spam'], 'log in': ['sign in', 'login'] });
  });

  it('is empty without the file', () => {
    expect(readSynonyms(folder({}))).toEqual({});
  });

  it('names the file and what to write when an entry is not a list of words', () => {
    expect(() => readSynonyms(folder({ 'synonyms.yaml': 'junk: spam\n' }))).toThrow(/synonyms\.yaml: write each line as "words people type: \[words the articles use\]"/);
  });
});
