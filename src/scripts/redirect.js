// Forwards a short link or an old URL to its canonical page at once, keeping the ?query and the
// #fragment (a support agent's /1003#spf-failure must land on that section). The target is read from
// the page, so this script is identical on every redirect page and one CSP hash covers them all.
// A link of no language (/1007, an alias) lists the site's languages (data-languages, the source's
// first): it opens in the language the reader chose on this site (data-language-key in localStorage),
// else the first of the browser's languages the site has (de-CH → de), else the source language.
(function () {
  var root = document.documentElement;
  var target = root.getAttribute('data-redirect');
  if (!target) return;
  var languages = (root.getAttribute('data-languages') || '').split(' ').filter(Boolean);
  if (languages.length > 0) {
    var chosen = null;
    try {
      chosen = localStorage.getItem(root.getAttribute('data-language-key') || '');
    } catch (e) {
      // Storage refused: the browser's languages decide.
    }
    var wanted = languages.indexOf(chosen) >= 0 ? chosen : null;
    var preferred = navigator.languages || [navigator.language || ''];
    for (var i = 0; !wanted && i < preferred.length; i++) {
      var primary = String(preferred[i]).toLowerCase().split('-')[0];
      if (languages.indexOf(primary) >= 0) wanted = primary;
    }
    var base = root.getAttribute('data-base') || '/';
    if (wanted && wanted !== languages[0] && target.indexOf(base) === 0) target = base + wanted + '/' + target.slice(base.length);
  }
  location.replace(target + location.search + location.hash);
})();
