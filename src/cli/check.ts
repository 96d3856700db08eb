/**
 * `npm run check`: validates all content (frontmatter schema, ids, topics, links, components, MDX
 * syntax) without building the site, and prints every problem as `path:line:column: message`.
 */
import { contentDir } from '../site.config.ts';
import { formatProblem } from '../lib/problems.ts';
import { lintContent } from '../lib/content/index.ts';

const started = performance.now();
const { problems, articles } = await lintContent(contentDir);
const took = `${Math.round(performance.now() - started)} ms`;
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\n✗ ${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${articles} articles (${took})`);
  process.exit(1);
}
console.log(`✓ ${articles} articles checked, no problems (${took})`);
