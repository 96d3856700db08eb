/**
 * The theme button: each press moves to the next of "as the system says", light and dark, and round
 * again. A chosen theme is remembered across pages (localStorage); "as the system" forgets the choice,
 * and the page follows the system setting again, live (see theme-init.js, which applies it before the
 * first paint).
 */
const KEY = 'theme';
type Choice = 'system' | 'light' | 'dark';
const ORDER: Choice[] = ['system', 'light', 'dark'];
const system = matchMedia('(prefers-color-scheme: dark)');

function chosen(): Choice {
  const c = document.documentElement.dataset['themeChoice'];
  return c === 'light' || c === 'dark' ? c : 'system';
}

function apply(choice: Choice): void {
  const root = document.documentElement;
  root.dataset['themeChoice'] = choice;
  root.dataset['theme'] = choice === 'system' ? (system.matches ? 'dark' : 'light') : choice;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const label = button.dataset[`label${choice[0]!.toUpperCase()}${choice.slice(1)}`] ?? '';
    button.querySelector('[data-theme-label]')!.textContent = label;
    for (const icon of button.querySelectorAll<SVGElement>('[data-icon]')) icon.style.display = icon.dataset['icon'] === choice ? '' : 'none';
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const next = ORDER[(ORDER.indexOf(chosen()) + 1) % ORDER.length]!;
    apply(next);
    try {
      if (next === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  });
}
// Following the system: a change of the system setting shows at once.
system.addEventListener('change', () => {
  if (chosen() === 'system') apply('system');
});
apply(chosen());
