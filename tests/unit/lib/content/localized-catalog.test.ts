import { describe, expect, it } from 'vitest';
import { buildCatalog, type ArticleInput } from '../../../../src/lib/content/catalog.ts';
import { languagesById, localizeCatalog, relatedIn, translationProblems, type TranslationInput } from '../../../../src/lib/content/localized-catalog.ts';
import { updateRevisions } from '../../../../src/lib/translations/revisions.ts';
import type { ArticleData, TranslationData } from '../../../../src/schemas/article.ts';

const source = (id: number, slug: string, data: Partial<ArticleData> = {}): ArticleInput => ({
  entryId: `articles/backups/${slug}`, file: `content/articles/backups/${slug}.mdx`,
  data: { id, title: `Title ${id}`, description: `About ${id}.`, topic: 'backups', keywords: [], aliases: [], anchorAliases: {}, errors: [], related: [], draft: false, ...data },
});
const catalog = buildCatalog({
  articles: [source(1007, 'restore-emails', { related: [1009], errors: [{ code: '550', section: 'steps', meaning: 'Refused.' }] }), source(1009, 'restore-files')],
  topics: [{ slug: 'backups', title: 'Backups', description: 'Restores.', order: 1 }],
  featured: [1009],
});
const translation = (lang: 'fr' | 'de', id: number, slug: string, data: Partial<TranslationData> = {}): TranslationInput => ({
  entryId: `${lang}/backups/${slug}`, lang, file: `content/translations/${lang}/backups/${slug}.mdx`,
  data: { id, sourceRevision: 1, title: `Titre ${id}`, description: `À propos de ${id}.`, keywords: [], errors: [], draft: false, ...data },
});
const french = [translation('fr', 1007, 'restore-emails', { errors: [{ code: '550', section: 'steps', meaning: 'Refusé.' }] })];
const anchors = { source: () => ['steps', 'steps-step-1'], translation: () => ['steps', 'steps-step-1'] };

describe('localizeCatalog', () => {
  const fr = localizeCatalog(catalog, 'fr', french, new Map([['backups', { title: 'Sauvegardes', description: 'Restaurations.' }]]), languagesById(french));

  it('gives a translated article its words and its page in the language, and a fallback the source text, marked', () => {
    expect(fr.byId.get(1007)).toMatchObject({ url: '/fr/backups/restore-emails/', title: 'Titre 1007', contentLang: 'fr', fallback: false, collection: 'translations', languages: ['en', 'fr'] });
    expect(fr.byId.get(1009)).toMatchObject({ url: '/fr/backups/restore-files/', title: 'Title 1009', contentLang: 'en', fallback: true, collection: 'articles', languages: ['en'] });
    expect(fr.topics[0]).toMatchObject({ title: 'Sauvegardes', url: '/fr/backups/' });
    expect(fr.featured).toEqual([expect.objectContaining({ id: 1009, url: '/fr/backups/restore-files/' })]);
    expect(relatedIn(fr, 1007)).toEqual([expect.objectContaining({ id: 1009, url: '/fr/backups/restore-files/' })]);
  });

  it('leaves the source language as it was, unprefixed', () => {
    const en = localizeCatalog(catalog, 'en', french, new Map(), languagesById(french));
    expect(en.byId.get(1007)).toMatchObject({ url: '/backups/restore-emails/', title: 'Title 1007', fallback: false });
  });

  it('marks the sections a translation is behind on, from the source\'s revisions', () => {
    const v1 = { '(intro)': 'a', steps: 'b' };
    const revisions = updateRevisions(updateRevisions({ articles: {} }, new Map([[1007, v1]]), '2026-12-01'), new Map([[1007, { ...v1, steps: 'c' }]]), '2026-12-05');
    const behind = localizeCatalog(catalog, 'fr', french, new Map(), languagesById(french), revisions);
    expect(behind.byId.get(1007)!.outdated).toEqual([{ section: 'steps', changed: '2026-12-05' }]);
  });
});

describe('translationProblems', () => {
  it('accepts a faithful translation', () => {
    expect(translationProblems(catalog, french, anchors)).toEqual([]);
  });

  it('refuses errors that are not the source\'s, two translations of one article, and a revision that does not exist', () => {
    const revisions = updateRevisions({ articles: {} }, new Map([[1007, { steps: 'b' }]]), '2026-12-01');
    const problems = translationProblems(catalog, [
      translation('fr', 1007, 'restore-emails', { errors: [{ code: '551', section: 'steps', meaning: 'Refusé.' }], sourceRevision: 4 }),
      translation('fr', 1007, 'restore-emails'),
    ], anchors, revisions).map((p) => p.message);
    expect(problems).toContainEqual(expect.stringMatching(/^errors must be the source's \(1\), in its order, with the same code, message and section/));
    expect(problems).toContainEqual('article 1007 already has a fr translation: content/translations/fr/backups/restore-emails.mdx');
    expect(problems).toContainEqual(expect.stringMatching(/^revision 4 of content\/articles\/backups\/restore-emails\.mdx does not exist: its revisions are 1 to 1/));
  });
});
