/**
 * Reads everything the redirect plan needs from the content folder: the articles (frontmatter only),
 * the topics, the ledger of published URLs and the retirements. The redirect pages (a route) and the
 * build integration (rule files, ledger update) both call this, so they always agree.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readTopicTitles, scanContent, type IndexedArticle, readTextFile } from '../content/index.ts';
import { emptyLedger, parseLedger, type Ledger } from './ledger.ts';
import { computeRedirects, type LiveArticle, type RedirectPlan } from './redirects.ts';
import { parseRetirements } from './retirements.ts';
import { topicPath } from './urls.ts';
import { FIXED_PAGES } from './site-routes.ts';
import { localizedPath } from '../../i18n/languages.ts';
import { siteLanguages } from '../content/site-languages.ts';

export interface PublishedState extends RedirectPlan {
  ledger: Ledger;
  ledgerFile: string;
  /** Live (published) articles by id. */
  articles: Map<number, IndexedArticle>;
  /** Live topics: slug → title. */
  topics: Map<string, string>;
}


export function loadPublishedState(contentDir: string): PublishedState {
  const dir = path.resolve(contentDir);
  const ledgerFile = path.join(dir, 'published.json');
  const ledger = existsSync(ledgerFile) ? parseLedger(readTextFile(ledgerFile)) : emptyLedger();
  const retiredFile = path.join(dir, 'retired.yaml');
  const retired = existsSync(retiredFile)
    ? parseRetirements(readTextFile(retiredFile), retiredFile)
    : { articles: new Map<number, number>(), topics: new Map<string, string>() };
  const topics = readTopicTitles(dir);
  const articles = new Map([...scanContent(dir)].filter(([, a]) => !a.draft));
  const live = new Map<number, LiveArticle>([...articles].map(([id, a]) => [id, { id, url: a.url, title: a.title, aliases: a.aliases }]));
  const paths = [...FIXED_PAGES.map((p) => p.path), ...[...articles.values()].map((a) => a.url), ...[...topics.keys()].map(topicPath)];
  // Every page exists in every language (translated, or as a fallback).
  const languages = siteLanguages(dir);
  const pages = new Set(languages.flatMap((lang) => paths.map((p) => localizedPath(lang, p))));
  return { ...computeRedirects({ articles: live, topics, ledger, retired, pages, languages }), ledger, ledgerFile, articles, topics };
}
