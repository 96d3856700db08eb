/**
 * Platform-specific variants of the same instructions.
 * ```mdx
 * <Tabs sync="platform">
 *   <Tab label="Windows" value="windows">…</Tab>
 *   <Tab label="macOS" value="macos">…</Tab>
 * </Tabs>
 * ```
 * Without JavaScript every variant is shown, one after the other, under its label. With it
 * (`scripts/tabs.ts`), they become tabs (WAI-ARIA tabs pattern). Tabs with the same `sync` key choose
 * together, the reader's choice is remembered across pages, and a link chooses for them:
 * `?platform=macos` (support sends the variant that fits the customer).
 */
import { h } from 'hastscript';
import { type AuthoringComponent, ComponentPropsError, stringProp } from './component.ts';

export const Tabs: AuthoringComponent = {
  script: 'tabs',
  render(props, children) {
    const sync = stringProp(props, 'sync') || 'platform';
    return [
      h('kb-tabs', { 'data-sync': sync, class: 'not-prose my-6 block rounded-lg border border-slate-200 dark:border-slate-700' }, [
        h('div', { role: 'tablist', 'data-tablist': true, hidden: true, class: 'flex flex-wrap gap-1 border-b border-slate-200 px-2 pt-2 dark:border-slate-700' }),
        h('div', { class: 'px-4' }, children),
      ]),
    ];
  },
};

/** One variant inside `<Tabs>`: `label` is shown, `value` is what a link selects it with (`?platform=macos`). */
export const Tab: AuthoringComponent = {
  render(props, children) {
    const label = stringProp(props, 'label') ?? '';
    const value = stringProp(props, 'value') ?? '';
    if (!/^[a-z0-9-]+$/.test(value)) throw new ComponentPropsError(`\`<Tab value="${value}">\`: use lowercase letters, digits and dashes`);
    return [
      h('section', { 'data-tab-panel': true, 'data-value': value, 'data-label': label, class: 'py-3' }, [
        h('p', { 'data-tab-heading': true, class: 'mb-1 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400' }, label),
        h('div', { class: 'prose prose-slate max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300' }, children),
      ]),
    ];
  },
};
