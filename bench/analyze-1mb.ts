/**
 * How long the bounce analyzer takes on 1 MB of pasted text: the budget is well under 100 ms, so that
 * a huge paste never freezes the /errors/ page. Three kinds of 1 MB are timed: a real report followed
 * by its returned message (what people paste), random garbage, and a wall of codes (the most work per
 * character). Each figure is the median of several runs after one warm-up run.
 *
 *   node bench/analyze-1mb.ts [runs]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeReport, BOUNCE_TABLES, knownErrors, type ErrorSource } from '../src/lib/errors/index.ts';
import { analyzerStrings, errorStrings } from '../src/i18n/errors/index.ts';
import { readFrontmatter } from '../src/lib/content/index.ts';
import type { ArticleError } from '../src/schemas/article.ts';

const MB = 1_000_000;
const runs = Number(process.argv[2] ?? 9);

/** The errors lists of the real content, as the page embeds them. */
function loadKnown() {
  const root = path.resolve(import.meta.dirname, '../content/articles');
  const sources: ErrorSource[] = [];
  for (const topic of readdirSync(root)) {
    for (const file of readdirSync(path.join(root, topic)).filter((f) => f.endsWith('.mdx'))) {
      const data = readFrontmatter(readFileSync(path.join(root, topic, file), 'utf8'));
      if (!data || !Array.isArray(data['errors'])) continue;
      const errors = (data['errors'] as Array<Record<string, unknown>>).map((e) => ({ ...e, code: e['code'] === undefined ? undefined : String(e['code']) }));
      sources.push({ title: String(data['title']), url: `/${topic}/${file.replace(/\.mdx$/, '')}/`, errors: errors as ArticleError[] });
    }
  }
  return knownErrors(sources);
}

const report = `Subject: Undelivered Mail Returned to Sender
This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<anna@abc.xyz>: host mx.abc.xyz[192.0.2.10] said: 552 5.2.2 <anna@abc.xyz>:
    Mailbox disk quota exceeded (in reply to RCPT TO command)

Final-Recipient: rfc822; anna@abc.xyz
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <anna@abc.xyz>: Mailbox disk quota exceeded

`;

/** Deterministic pseudo-random text, so every run times the same input. */
function noise(length: number, alphabet: string, seed = 7): string {
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

const body = 'Hello Anna, here is the invoice for March as discussed on the phone. Regards, Bob\n';
const base64Line = `${noise(76, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}\n`;
const inputs: Array<[string, string]> = [
  ['a report with its returned message', (report + body.repeat(2000) + base64Line.repeat(MB)).slice(0, MB)],
  ['random garbage', noise(MB, 'abcdefghijklmnopqrstuvwxyz0123456789 .:-@<>\n')],
  ['a wall of codes', '550 5.1.1 0x800CCC0E '.repeat(MB / 21 + 1).slice(0, MB)],
];

const known = loadKnown();
// The tables as the page has them: parsed from its JSON, not the module's own objects.
const tables = JSON.parse(JSON.stringify(BOUNCE_TABLES)) as typeof BOUNCE_TABLES;
const strings = JSON.parse(JSON.stringify(analyzerStrings(errorStrings('en')))) as ReturnType<typeof analyzerStrings>;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`Analyzing 1 MB of pasted text (median of ${runs} runs, ${known.length} known errors):`);
for (const [name, text] of inputs) {
  analyzeReport(text, known, tables, strings); // warm-up: the first run also compiles the code and builds the phrase trie
  const times = Array.from({ length: runs }, (_, run) => {
    // A new string each run, as each paste is: no engine cache can serve a previous result.
    const fresh = `${text.slice(0, -1)}${run % 10}`;
    const started = performance.now();
    analyzeReport(fresh, known, tables, strings);
    return performance.now() - started;
  });
  console.log(`  ${name.padEnd(36)} ${median(times).toFixed(1)} ms`);
}
