/**
 * <kb-tabs>: turns the stacked variants rendered by Tabs.astro into WAI-ARIA tabs.
 * Arrow keys, Home and End move between tabs; the choice syncs across groups with the same key
 * and is remembered across pages.
 */
import { chooseTab, storageKey } from '../lib/tab-choice.ts';

let counter = 0;

class KbTabs extends HTMLElement {
  connectedCallback(): void {
    const sync = this.dataset['sync'] ?? 'platform';
    const list = this.querySelector<HTMLElement>('[data-tablist]');
    const panels = [...this.querySelectorAll<HTMLElement>(':scope [data-tab-panel]')].filter(
      (p) => p.closest('kb-tabs') === this,
    );
    if (!list || panels.length === 0) return;
    const group = `tabs-${++counter}`;
    const tabs = panels.map((panel, i) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.role = 'tab';
      tab.id = `${group}-tab-${i}`;
      tab.textContent = panel.dataset['label'] ?? '';
      tab.dataset['value'] = panel.dataset['value'] ?? '';
      tab.className =
        'rounded-t-md border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 aria-selected:border-brand-600 aria-selected:text-brand-700 dark:text-slate-300 dark:hover:text-white dark:aria-selected:border-brand-300 dark:aria-selected:text-brand-300';
      panel.id ||= `${group}-panel-${i}`;
      panel.role = 'tabpanel';
      panel.tabIndex = 0;
      panel.setAttribute('aria-labelledby', tab.id);
      tab.setAttribute('aria-controls', panel.id);
      panel.querySelector<HTMLElement>('[data-tab-heading]')?.setAttribute('hidden', '');
      list.append(tab);
      return tab;
    });
    list.hidden = false;
    list.setAttribute('aria-label', 'Choose your variant');

    const select = (value: string, focus = false) => {
      tabs.forEach((tab, i) => {
        const on = tab.dataset['value'] === value;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
        panels[i]!.hidden = !on;
        if (on && focus) tab.focus();
      });
    };
    const values = tabs.map((t) => t.dataset['value'] ?? '');
    let remembered: string | null = null;
    try {
      remembered = localStorage.getItem(storageKey(sync));
    } catch {
      // Storage disabled: no memory across pages.
    }
    select(chooseTab(values, new URLSearchParams(location.search).get(sync), remembered) ?? values[0]!);

    list.addEventListener('click', (event) => {
      const tab = (event.target as HTMLElement).closest<HTMLButtonElement>('[role=tab]');
      if (tab) choose(tab.dataset['value'] ?? '');
    });
    list.addEventListener('keydown', (event) => {
      const i = tabs.indexOf(document.activeElement as HTMLButtonElement);
      if (i === -1) return;
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const tab = tabs[(next + tabs.length) % tabs.length]!;
      choose(tab.dataset['value'] ?? '', true);
    });
    const choose = (value: string, focus = false) => {
      try {
        localStorage.setItem(storageKey(sync), value);
      } catch {
        // Storage disabled: the choice applies to this page only.
      }
      for (const other of document.querySelectorAll<KbTabs>(`kb-tabs[data-sync="${CSS.escape(sync)}"]`)) {
        if (other !== this) other.dispatchEvent(new CustomEvent('kb-tabs:select', { detail: value }));
      }
      select(value, focus);
    };
    this.addEventListener('kb-tabs:select', (event) => {
      const value = (event as CustomEvent<string>).detail;
      if (values.includes(value)) select(value);
    });
  }
}

if (!customElements.get('kb-tabs')) customElements.define('kb-tabs', KbTabs);
