/**
 * `npm run check`: validates all content (frontmatter schema, ids, topics, links, components, MDX
 * syntax) without building the site, and prints every problem as `path:line:column: message`.
 */
import { contentDir } from '../site.config.ts';
import { formatProblem } from '../lib/problems.ts';
import { lintContent } from '../lib/content/index.ts';
import { outdatedReport, translationStatus } from '../lib/translations/status.ts';

const started = performance.now();
const { problems, articles, translations = 0 } = await lintContent(contentDir);
const checked = `${articles} articles${translations > 0 ? ` and ${translations} translations` : ''}`;
const took = `${Math.round(performance.now() - started)} ms`;
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\n✗ ${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${checked} (${took})`);
  process.exit(1);
}
console.log(`✓ ${checked} checked, no problems (${took})`);
// Not problems: a translation behind its source is still published, with its outdated sections marked.
const { revisions, translations: status } = translationStatus(contentDir);
const behind = outdatedReport(status, revisions);
if (behind.length > 0) console.log(`\n${behind.length} translation${behind.length === 1 ? ' is' : 's are'} behind their source (npm run translations):\n${behind.map((l) => `  ${l}`).join('\n')}`);
