/**
 * A highlighted note. The kind is spoken and shown as a word ("Warning"), not by colour alone.
 * ```mdx
 * <Callout type="warning" title="Only within 7 days">
 * Backups older than 7 days are gone.
 * </Callout>
 * ```
 */
import { h, s } from 'hastscript';
import { type AuthoringComponent, ComponentPropsError, stringProp } from './component.ts';
import { CALLOUT_TYPES, type CalloutType } from './names.ts';
import { format } from '../../i18n/format.ts';

const KINDS = {
  note: { box: 'border-sky-600 bg-sky-50 dark:bg-sky-950/40', icon: 'M12 8h.01M11 12h1v4h1' },
  tip: { box: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40', icon: 'M9 18h6M10 22h4M12 2a7 7 0 0 0-4 12.7V17h8v-2.3A7 7 0 0 0 12 2z' },
  warning: { box: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40', icon: 'M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z' },
  danger: { box: 'border-red-600 bg-red-50 dark:bg-red-950/40', icon: 'M12 8v4M12 16h.01M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9z' },
} satisfies Record<CalloutType, { box: string; icon: string }>;

export const Callout: AuthoringComponent = {
  render(props, children, ctx) {
    const type = stringProp(props, 'type') ?? 'note';
    if (!(CALLOUT_TYPES as readonly string[]).includes(type)) throw new ComponentPropsError(`\`<Callout type="${type}">\`: use one of ${CALLOUT_TYPES.join(', ')}`);
    const kind = KINDS[type as CalloutType];
    const title = stringProp(props, 'title');
    const icon = s('svg', { 'aria-hidden': 'true', class: 'size-5 shrink-0', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, [
      ...(type === 'note' ? [s('circle', { cx: '12', cy: '12', r: '10' })] : []),
      s('path', { d: kind.icon }),
    ]);
    return [
      h('div', { role: 'note', class: `callout not-prose my-6 rounded-lg border-l-4 px-4 py-3 ${kind.box}`, 'data-callout': type }, [
        h('p', { class: 'mb-1 flex items-center gap-2 font-semibold text-slate-900 dark:text-slate-100' }, [icon, h('span', title ? format(ctx.strings.labelled, { label: ctx.strings[type as CalloutType], title }) : ctx.strings[type as CalloutType])]),
        h('div', { class: 'callout-body prose prose-slate max-w-none dark:prose-invert prose-p:my-2 prose-a:text-brand-700 dark:prose-a:text-brand-300' }, children),
      ]),
    ];
  },
};
