/** A key on the keyboard: `<Kbd>⌘</Kbd> + <Kbd>⇧</Kbd> + <Kbd>3</Kbd>`. */
import { h } from 'hastscript';
import type { AuthoringComponent } from './component.ts';

export const Kbd: AuthoringComponent = {
  render: (_props, children) => [
    h('kbd', { class: 'rounded border border-b-2 border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-[0.85em] text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100' }, children),
  ],
};
