// Forwards a short link or an old URL to its canonical page at once, keeping the ?query and the
// #fragment (a support agent's /1003#spf-failure must land on that section). The target is read from
// the page, so this script is identical on every redirect page and one CSP hash covers them all.
(function () {
  var target = document.documentElement.getAttribute('data-redirect');
  if (target) location.replace(target + location.search + location.hash);
})();
