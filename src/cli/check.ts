/**
 * `npm run check`: validates all content (frontmatter schema, ids, topics, links, components, MDX
 * syntax) without building the site, and prints every problem as `path:line:column: message`.
 */
import { contentDir } from '../site.config.ts';
import { formatProblem } from '../lib/problems.ts';
import { lintContent } from '../lib/content/index.ts';

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
