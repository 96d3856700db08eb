/**
 * `npm run translations`: the translations whose source changed after they were made, section by
 * section. `npm run translations -- minor 1007` records the source's edit since its last revision as
 * minor (a typo fix), so that it outdates no translation; commit content/revisions.json afterwards.
 */
import path from 'node:path';
import { writeFileAtomic } from '../lib/build/atomic-write.ts';
import { scanContent } from '../lib/content/article-index.ts';
import { revisionsFile } from '../lib/translations/revision-state.ts';
import { markMinor, serializeRevisions } from '../lib/translations/revisions.ts';
import { currentSections, outdatedReport, translationStatus } from '../lib/translations/status.ts';
import { contentDir } from '../site.config.ts';

const [command, idText] = process.argv.slice(2);
const { revisions, translations } = translationStatus(contentDir);

if (command === 'minor') {
  const id = Number(idText);
  const source = scanContent(contentDir).get(id);
  if (!source) {
    console.error(`✗ no article has the id ${idText ?? '(none given)'}: npm run translations -- minor <id>`);
    process.exit(1);
  }
  const file = revisionsFile(contentDir);
  writeFileAtomic(file, serializeRevisions(markMinor(revisions, id, currentSections(source.file))));
  console.log(`✓ the edit of ${path.relative(process.cwd(), source.file)} is recorded as minor in ${path.relative(process.cwd(), file)}: no translation is outdated by it. Commit that file.`);
} else if (command !== undefined) {
  console.error(`✗ unknown command "${command}": npm run translations [-- minor <id>]`);
  process.exit(1);
} else {
  const report = outdatedReport(translations, revisions);
  for (const line of report) console.log(line);
  console.log(report.length === 0 ? `✓ ${translations.length} translations, all up to date with their source` : `\n${report.length} of ${translations.length} translations are behind their source: update the sections named, then set sourceRevision to the source's last revision`);
}
