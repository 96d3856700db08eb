/**
 * Gives each step of a `<Steps>` block its own anchor, so that support can link to one step.
 *
 * ```mdx
 * ## Restore from the Mail Service {#restore-from-mail-service}
 * <Steps>
 * 1. Log in to the Manager
 * 2. Click Restore Emails
 * </Steps>
 * ```
 * gives `<li id="restore-from-mail-service-step-1" class="step">`…`<li id="restore-from-mail-service-step-2">`:
 * the id of the section the block sits in (the closest h2/h3 above it), then `-step-N`; `step-N` before
 * any heading. Arriving on such a link highlights the step (CSS `:target`). A second block in the same
 * section (say, one per platform tab) numbers its anchors `<section>-2-step-N`, or `<section>-<name>-step-N`
 * when the author names it: `<Steps name="macos">`.
 *
 * Runs after `remark-heading-ids`, whose ids it reuses. A `<Steps>` block that does not hold exactly
 * one ordered list fails the build, naming the line (there is nothing sensible to number otherwise).
 */
import type { List, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { getId } from './remark-heading-ids.ts';

interface JsxFlow {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: Root['children'];
}

export function remarkSteps() {
  return (tree: Root, file: VFile) => {
    let section: string | undefined;
    // Every id already in the document, so that step ids never collide with a heading or another block.
    const taken = new Set<string>();
    visit(tree, 'heading', (h) => {
      const id = getId(h);
      if (id) taken.add(id);
    });
    visit(tree, (node) => {
      if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) section = getId(node);
      if (node.type !== 'mdxJsxFlowElement' || (node as unknown as JsxFlow).name !== 'Steps') return;
      const lists = (node as unknown as JsxFlow).children.filter((c): c is List => c.type === 'list');
      const others = (node as unknown as JsxFlow).children.filter((c) => c.type !== 'list');
      if (lists.length !== 1 || !lists[0]!.ordered || others.length > 0) {
        file.fail('`<Steps>` must contain exactly one numbered list (`1.` items) and nothing else', {
          place: node.position, ruleId: 'steps-content', source: 'remark-steps',
        });
      }
      const name = attribute(node as unknown as JsxFlow, 'name');
      let base = '';
      for (let n = 1; n === 1 || taken.has(`${base}-1`); n++) {
        base = [section, name, n > 1 ? String(n) : undefined, 'step'].filter(Boolean).join('-');
      }
      lists[0]!.children.forEach((item, i) => {
        const id = `${base}-${i + 1}`;
        taken.add(id);
        item.data ??= {};
        item.data.hProperties = { ...item.data.hProperties, id, className: ['step'] };
      });
      lists[0]!.data ??= {};
      lists[0]!.data.hProperties = { ...lists[0]!.data.hProperties, className: ['steps'] };
      return 'skip';
    });
  };
}

/** A plain string attribute of a JSX element (`name="macos"`), if present. */
function attribute(node: JsxFlow, key: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === key);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}
