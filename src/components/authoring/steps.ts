/**
 * A numbered procedure. Wrap one Markdown numbered list; `remark-steps` gives each step an anchor
 * (`#<section>-step-2`) that support can link to, and the linked step is highlighted on arrival.
 * ```mdx
 * <Steps>
 * 1. Log in to the Manager
 * 2. Click **Restore Emails**
 * </Steps>
 * ```
 * Name a second procedure in the same section to keep its anchors readable: `<Steps name="macos">`.
 */
import { h } from 'hastscript';
import type { AuthoringComponent } from './component.ts';

export const Steps: AuthoringComponent = {
  render: (_props, children) => [h('div', { class: 'steps-block' }, children)],
};
