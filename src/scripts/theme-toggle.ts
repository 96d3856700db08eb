/**
 * The theme toggle: a button that flips between light and dark and remembers the choice across pages
 * (localStorage). Until the reader chooses, the page follows the system setting (see theme-init.js).
 */
const KEY = 'theme';
type Theme = 'light' | 'dark';

function current(): Theme {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

function apply(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-pressed', String(theme === 'dark'));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const next: Theme = current() === 'dark' ? 'light' : 'dark';
    apply(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  });
}
apply(current());
