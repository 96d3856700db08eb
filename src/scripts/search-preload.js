// Runs in the search page's <head>. A linked search (/search/?q=…, what support replies link to)
// should show its results at once, so everything it needs starts here, before the page has finished
// parsing: Pagefind itself (on the main thread, see lib/search/loader.ts), its metadata and
// WebAssembly, the vocabulary and synonyms, and the index chunks of the query's words. The page's
// search finds this Pagefind on the script element (`pagefind`) and uses it. Pagefind's options and
// base URL come from search.astro (data-options, data-pagefind-start), so they are set in one place.
// Its hash is in the Content-Security-Policy, like every inline script.
(function () {
  var q = new URLSearchParams(location.search).get('q');
  var script = document.currentScript;
  if (!q || !q.trim() || !script) return;
  var base = script.dataset.pagefindStart;
  var options = JSON.parse(script.dataset.options || '{}');
  function preload(href) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }
  // Pagefind names its WebAssembly after the index's language (the page's, here English: wasm.en.pagefind)
  // and its metadata after a hash, both found in its entry, which it reads only once its own script
  // has run. So the WebAssembly of the page's language is asked for at once, and the entry is read here
  // too (it is tiny; Pagefind fetches its own fresh copy) to ask for the metadata, and for the
  // WebAssembly if the index's language is another. Same choice of language as Pagefind's: the page's,
  // its primary subtag, or the largest index.
  var lang = (document.documentElement.lang || 'unknown').toLowerCase();
  var wasm = base + 'wasm.' + lang.split('-')[0] + '.pagefind';
  [base + 'search-vocabulary.json', base + 'synonyms.json', wasm].forEach(preload);
  fetch(base + 'pagefind-entry.json?ts=' + Date.now())
    .then(function (response) {
      return response.json();
    })
    .then(function (json) {
      var languages = json.languages || {};
      var index = languages[lang] || languages[lang.split('-')[0]] || Object.values(languages).sort(function (a, b) {
        return b.page_count - a.page_count;
      })[0];
      if (!index) return;
      preload(base + 'pagefind.' + index.hash + '.pf_meta');
      var indexWasm = base + 'wasm.' + (index.wasm || 'unknown') + '.pagefind';
      if (indexWasm !== wasm) preload(indexWasm);
    })
    .catch(function () {});
  script.pagefind = import(base + 'pagefind.js').then(function (pagefind) {
    return pagefind.options(options).then(function () {
      pagefind.init();
      q.toLowerCase().split(/[\s,;:!?()"]+/).forEach(function (word) {
        if (word.length > 2) pagefind.preload(word).catch(function () {});
      });
      return pagefind;
    });
  });
  script.pagefind.catch(function () {});
})();
