/**
 * `npm run new -- --topic spam "Block a sender"`: creates content/articles/spam/block-a-sender.mdx
 * with the next free id and a valid frontmatter (as a draft). It never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readTopicTitles, scanContent, articleTemplate, nextFreeId, slugify } from '../lib/content/index.ts';
import { closest } from '../lib/problems.ts';
import { contentDir } from '../site.config.ts';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { topic: { type: 'string' }, slug: { type: 'string' } },
});
const title = positionals.join(' ').trim();
const usage = 'usage: npm run new -- --topic <topic> "Title of the article" [--slug custom-slug]';
if (!title || !values.topic) fail(usage);

const topics = [...readTopicTitles(contentDir).keys()];
if (!topics.includes(values.topic)) {
  const guess = closest(values.topic, topics);
  fail(`unknown topic "${values.topic}"${guess ? `; did you mean "${guess}"?` : ''} Topics: ${topics.join(', ')}`);
}
const slug = values.slug ?? slugify(title);
if (!slug) fail('the title gives an empty slug: pass --slug');
const file = path.join(contentDir, 'articles', values.topic, `${slug}.mdx`);
if (existsSync(file)) fail(`${file} already exists: choose another title or --slug`);

const id = nextFreeId(scanContent(contentDir).keys());
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, articleTemplate({ id, title, topic: values.topic }), { flag: 'wx' });
console.log(`✓ created ${file} (id ${id}, short link /${id}); it is a draft until you remove "draft: true"`);
