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
 * one ordered list is a problem at its line (there is nothing sensible to number otherwise).
 */
import type { List } from 'mdast';
import type { MdastPluginDefinition, MdxJsxFlowElement } from 'satteri';
import { headingIdsOf } from './remark-heading-ids.ts';
import { getId, setHProperties } from './node-properties.ts';
import { reportProblem } from './problems.ts';

declare module 'satteri' {
  interface DataMap {
    /** The id of the h2/h3 the walk is in. */
    kbSection?: string | undefined;
  }
}

export function remarkSteps(): MdastPluginDefinition {
  return {
    name: 'kb-steps',
    options: { position: true },
    heading(node, ctx) {
      if (node.depth === 2 || node.depth === 3) ctx.data.kbSection = getId(node);
    },
    mdxJsxFlowElement(node, ctx) {
      if (node.name !== 'Steps') return;
      // Every id already in the document, so that step ids never collide with a heading or another block.
      const taken = headingIdsOf(ctx);
      const lists = node.children.filter((c): c is List => c.type === 'list');
      if (lists.length !== 1 || !lists[0]!.ordered || node.children.length !== 1) {
        reportProblem(ctx, '`<Steps>` must contain exactly one numbered list (`1.` items) and nothing else', node, 'steps-content');
        return;
      }
      const name = attribute(node, 'name');
      let base = '';
      for (let n = 1; n === 1 || taken.has(`${base}-1`); n++) {
        base = [ctx.data.kbSection, name, n > 1 ? String(n) : undefined, 'step'].filter(Boolean).join('-');
      }
      const [list] = lists as [List];
      list.children.forEach((item, i) => {
        const id = `${base}-${i + 1}`;
        taken.add(id);
        setHProperties(ctx, item, { id, className: ['step'] });
      });
      setHProperties(ctx, list, { className: ['steps'] });
    },
  };
}

/** A plain string attribute of a JSX element (`name="macos"`), if present. */
function attribute(node: Readonly<MdxJsxFlowElement>, key: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === key);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}
