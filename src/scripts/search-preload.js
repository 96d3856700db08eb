// Runs in the search page's <head>. A linked search (/search/?q=…, what support replies link to)
// should show its results at once, so Pagefind, its index and the chunks of the query's words start
// loading here, before the page has finished parsing, instead of after the page script has run. The
// page script (search.ts) then finds the same Pagefind module already started. Pagefind's options come
// from search.ts through data-options, so they are set in one place. Its hash is in the
// Content-Security-Policy, like every inline script.
(function () {
  var q = new URLSearchParams(location.search).get('q');
  if (!q || !q.trim()) return;
  var script = document.currentScript;
  var options = JSON.parse((script && script.dataset.options) || '{}');
  // Pagefind's bundle lives under the site's base path (`/help/pagefind/`), which the options carry.
  var bundle = (options.baseUrl || '/') + 'pagefind/';
  ['search-vocabulary.json', 'synonyms.json'].forEach(function (file) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = bundle + file;
    document.head.appendChild(link);
  });
  import(bundle + 'pagefind.js')
    .then(function (pagefind) {
      return pagefind.options(options).then(function () {
        pagefind.init();
        q.toLowerCase().split(/[\s,;:!?()"]+/).forEach(function (word) {
          if (word.length > 2) pagefind.preload(word).catch(function () {});
        });
      });
    })
    .catch(function () {});
})();
