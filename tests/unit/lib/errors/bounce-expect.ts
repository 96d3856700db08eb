/**
 * What the bounce analyzer's tests share: the real articles' errors, as the /errors/ page embeds
 * them, and one check of the parts of an analysis a reader relies on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { analyzeReport, type Actor, type Analysis, type Outcome, type Problem } from '../../../../src/lib/errors/bounce-analysis.ts';
import { BOUNCE_TABLES } from '../../../../src/lib/errors/bounce-tables.ts';
import { analyzerStrings, errorStrings } from '../../../../src/i18n/errors/index.ts';
import { readFrontmatter } from '../../../../src/lib/content/article-index.ts';
import { knownErrors, type KnownError } from '../../../../src/lib/errors/error-index.ts';
import { ArticleSchema, type ArticleError } from '../../../../src/schemas/article.ts';

/** The errors lists of the real articles, as the page embeds them. */
export function realKnownErrors(): KnownError[] {
  const root = path.resolve(import.meta.dirname, '../../../../content/articles');
  return knownErrors(readdirSync(root).sort().flatMap((topic) => readdirSync(path.join(root, topic)).filter((f) => f.endsWith('.mdx')).flatMap((file) => {
    const text = readFileSync(path.join(root, topic, file), 'utf8');
    const data = ArticleSchema.parse(readFrontmatter(text));
    if (data.draft || data.errors.length === 0) return [];
    const sections = Object.fromEntries([...text.matchAll(/^#{2,6} (.+?) \{#([a-z0-9-]+)\}\s*$/gm)].map((m) => [m[2]!, m[1]!]));
    return [{ title: data.title, url: `/${topic}/${file.replace(/\.mdx$/, '')}/`, errors: data.errors as ArticleError[], sections }];
  })));
}

export const known = realKnownErrors();
/** The analyzer's words in English, as the English page embeds them. */
export const EN = analyzerStrings(errorStrings('en'));
export const analyze = (text: string) => analyzeReport(text, known, BOUNCE_TABLES, EN);

export const BOUNCES = '/email-delivery/delivery-failure-reports/';
export const SPF = '/email-delivery/spf-dkim-dmarc/';
export const RELAY = '/email-delivery/550-5-7-1-relaying-denied/';
export const AUTH = '/email-software/535-5-7-0-authentication-failed/';
export const SOFTWARE = '/email-software/fix-email-software-errors/';
export const OUTLOOK = '/email-software/outlook-0x800-errors/';
export const SETTINGS = '/email-software/email-server-settings/';
export const CERTIFICATES = '/email-software/certificate-errors/';

export interface Expected {
  codes: string[];
  outcome: Outcome;
  problem: Problem | undefined;
  actor: Actor | undefined;
  /** The first recommended section. */
  best: string;
  /** Other sections that must be recommended too. */
  also?: string[];
  /** Sections that must not be recommended (an SPF failure is no SMTP login problem). */
  never?: string[];
  recipient?: string;
  /** A piece of the remote server's message. */
  remote?: string;
}

/** Checks the parts of an analysis a reader relies on, with the case's name in every failure. */
export function expectDiagnosis(name: string, analysis: Analysis, expected: Expected): void {
  expect(analysis.status, name).toBe('diagnosed');
  expect(analysis.codes.map((c) => c.code), name).toEqual(expected.codes);
  expect(analysis.outcome, name).toBe(expected.outcome);
  expect(analysis.problem, name).toBe(expected.problem);
  expect(analysis.actor, name).toBe(expected.actor);
  expect(analysis.summary, name).toBeTruthy();
  const urls = analysis.recommendations.map((r) => r.url);
  expect(urls[0], name).toBe(expected.best);
  expect(urls, name).toEqual(expect.arrayContaining(expected.also ?? []));
  for (const url of expected.never ?? []) expect(urls, name).not.toContain(url);
  if (expected.recipient) expect(analysis.recipient, name).toBe(expected.recipient);
  if (expected.remote) expect(analysis.remoteMessage, name).toContain(expected.remote);
}
