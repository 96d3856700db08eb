// Scores the bounce analyzer on its case lists (tests/unit/lib/errors/bounce-*-cases.ts): how many lead to the right
// article (first recommendation) with the right verdict. Give another checkout as the root to compare.
// Usage: npx node tests/support/score-bounce-cases.ts [repo root]   (MISSES=1 lists the cases that miss)
import path from 'node:path';
const root = path.resolve(process.argv[2] ?? '.');
const { analyze } = await import(path.join(root, 'tests/unit/lib/errors/bounce-expect.ts'));
const { PROVIDER_CASES } = await import(path.join(root, 'tests/unit/lib/errors/bounce-provider-cases.ts'));
const { SERVER_CASES } = await import(path.join(root, 'tests/unit/lib/errors/bounce-server-cases.ts'));
function score(label: string, cases: Array<{ name: string; provider?: string; text: string; expected: any }>) {
  let article = 0, verdict = 0, both = 0, login = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const a = analyze(c.text);
    const okArticle = a.recommendations[0]?.url === c.expected.best;
    const okVerdict = a.outcome === c.expected.outcome;
    const urls = a.recommendations.map((r: any) => r.url);
    if (urls.some((u: string) => /relaying-denied|authentication-failed|email-server-settings/.test(u)) && /spf-dkim-dmarc/.test(c.expected.best)) login++;
    article += +okArticle; verdict += +okVerdict; both += +(okArticle && okVerdict);
    if (!(okArticle && okVerdict)) misses.push(`  ${c.provider ?? ''} ${c.name}: got ${a.recommendations[0]?.url ?? '-'} / ${a.outcome}${a.problem ? ` (${a.problem})` : ''}`);
  }
  console.log(`${label}: ${cases.length} cases, right article ${article}, right verdict ${verdict}, both ${both}; SPF/DKIM/DMARC cases sent to SMTP login: ${login}`);
  if (process.env.MISSES) console.log(misses.join('\n'));
}
score('existing server-format cases', SERVER_CASES.map(([name, text, expected]: any) => ({ name, text, expected })));
score('provider cases', PROVIDER_CASES);
