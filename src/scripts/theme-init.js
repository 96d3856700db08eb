// Runs in <head> before the first paint, so the page never flashes the wrong theme: the reader's
// saved choice wins, else the system preference. Kept tiny and inline on purpose (a file would cost a
// blocking request); its hash is in the Content-Security-Policy.
(function () {
  // Also tells the CSS that scripts run, so script-only controls replace their no-script fallbacks
  // before the first paint (no layout shift).
  document.documentElement.classList.add('js');
  var t = null;
  try { t = localStorage.getItem('theme'); } catch (e) {}
  // The reader's choice (light, dark), else "system": what the theme button shows.
  document.documentElement.dataset.themeChoice = t === 'light' || t === 'dark' ? t : 'system';
  if (t !== 'light' && t !== 'dark') t = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = t;
})();
