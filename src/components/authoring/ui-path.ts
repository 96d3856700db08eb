/**
 * A path through the interface: `<UiPath>Manager › Mail Service › Restore</UiPath>`.
 * Each label is set apart; screen readers hear "Manager, then Mail Service, then Restore".
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { splitUiPath } from '../../lib/ui-path.ts';
import type { AuthoringComponent } from './component.ts';

export const UiPath: AuthoringComponent = {
  render(_props, children, ctx) {
    // Split on the markup, not the tree: a label may hold markup, and `›` may sit inside a text run.
    const parts = splitUiPath(ctx.toHtml(children));
    const content: ElementContent[] = parts.flatMap((part, i) => [
      ...(i > 0 ? [h('span', { 'aria-hidden': 'true', class: 'px-1 text-slate-500' }, '›'), h('span', { class: 'sr-only' }, ', then ')] : []),
      // The part is markup this renderer wrote a moment ago, cut at a tag boundary (see splitUiPath).
      h('span', { class: 'rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800' }, [{ type: 'raw', value: part } as never]),
    ]);
    return [h('span', { class: 'ui-path inline font-medium text-slate-900 dark:text-slate-100' }, content)];
  },
};
