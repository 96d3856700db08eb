import { compileArticle } from './src/plugins/compile-article.ts';
import { markdownPipeline } from './src/plugins/index.ts';
import { LinkRegistry } from './src/lib/links/link-registry.ts';
const pipeline = markdownPipeline({ contentDir: 'content', registry: new LinkRegistry() });
const n = Number(process.argv[3] ?? 5000);
const cases: Record<string, () => string> = {
  deepQuote: () => '>'.repeat(n) + ' hi\n',
  deepList: () => Array.from({ length: n }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n'),
  deepBrackets: () => '['.repeat(n) + 'x' + ']'.repeat(n),
  deepEmphasis: () => '*'.repeat(n) + 'x' + '*'.repeat(n),
  deepJsx: () => '<div>'.repeat(n) + 'x' + '</div>'.repeat(n),
  deepBraces: () => '{'.repeat(n) + '}'.repeat(n),
  longLine: () => 'x'.repeat(n * 1000),
  nul: () => 'a\u0000b\n',
};
const name = process.argv[2]!;
const t = performance.now();
const r = await compileArticle(cases[name]!(), '/tmp/x.mdx', {}, pipeline);
console.log(name, n, Math.round(performance.now() - t), 'ms', r.problems.map((p) => `${p.line}:${p.column} ${p.reason.slice(0, 120)}`));
