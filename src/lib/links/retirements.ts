/**
 * `retired.yaml`: articles and topics that no longer exist, and what replaces them. Retiring is an
 * explicit editorial decision, so the build never guesses: a published article that disappears without
 * an entry here fails the build.
 * ```yaml
 * articles:
 *   1020: 1007   # "Restore a mailbox" was merged into "Restore deleted emails"
 * topics:
 *   hosting: backups
 * ```
 */
import { readYamlData } from '../content/yaml-positions.ts';
import type { Retirements } from './redirects.ts';

export function parseRetirements(text: string, file = 'retired.yaml'): Retirements {
  const data = (readYamlData(text, file) ?? {}) as { articles?: unknown; topics?: unknown };
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  const isMap = (v: unknown) => v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v));
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(data.articles) || !isMap(data.topics)) fail('expected "articles:" and "topics:" maps');
  const articles = new Map<number, number>();
  for (const [from, to] of Object.entries((data.articles ?? {}) as Record<string, unknown>)) {
    if (!/^[1-9]\d*$/.test(from) || !Number.isInteger(to)) fail(`articles: write "${from}: <id of the replacement>", both article ids`);
    if (Number(from) === to) fail(`articles: ${from} cannot replace itself`);
    articles.set(Number(from), to as number);
  }
  const topics = new Map<string, string>();
  for (const [from, to] of Object.entries((data.topics ?? {}) as Record<string, unknown>)) {
    if (typeof to !== 'string') fail(`topics: write "${from}: <slug of the replacement topic>"`);
    topics.set(from, to as string);
  }
  return { articles, topics };
}
