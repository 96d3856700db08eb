/**
 * How the remark plugins report content problems: each one is recorded on the file as a fatal message
 * (with its position) and compiling goes on, so that one run reports every problem of the file.
 * `remarkFailOnProblems`, last in the pipeline, then stops the compile if any were recorded.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

export function reportProblem(file: VFile, reason: string, node: Node | undefined, ruleId: string, source: string): void {
  const message = file.message(reason, { place: node?.position, ruleId, source });
  message.fatal = true;
}

export function remarkFailOnProblems() {
  return (_tree: Root, file: VFile) => {
    const problems = file.messages.filter((m) => m.fatal);
    const [first] = problems;
    if (!first) return;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more in this file: npm run check lists them all)` : '';
    // The thrown message is the first problem again (with a count); the content lint lists the others.
    file.fail(`${first.reason}${more}`, { place: first.place, ruleId: first.ruleId ?? 'content', source: first.source ?? 'content' });
  };
}
