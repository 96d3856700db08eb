// Runs in the search page's <head>. A linked search (/search/?q=…, what support replies link to)
// should show its results at once, so the search worker (lib/search/worker.ts) starts here, before the
// page has finished parsing, and is told the query: it fetches at once what the query needs (Pagefind,
// its entry and WebAssembly, the vocabulary and the synonyms: lib/search/prefetch.ts) and starts
// Pagefind, off the main thread. The start file, which names the index's metadata and which index
// chunk holds which words (lib/search/start-file.ts), is fetched here while the worker's own script
// loads, and handed to it: the worker fetches the metadata and the chunks of the query's words at once.
// The page's search takes this worker from the script element (`searchWorker`, lib/search/client.ts).
// The worker's URL (Vite names the bundled file) and Pagefind's come from search.astro. Its hash is in
// the Content-Security-Policy, like every inline script; the worker itself is a script of the site.
(function () {
  var q = new URLSearchParams(location.search).get('q');
  var script = document.currentScript;
  if (!q || !q.trim() || !script || typeof Worker !== 'function') return;
  // Until its results are drawn, the page keeps room for them and holds back the topics below them
  // (global.css, "linked search"): nothing a reader sees moves as they arrive.
  document.documentElement.setAttribute('data-linked-search', '');
  var lang = document.documentElement.lang || 'en';
  var worker;
  try {
    worker = new Worker(script.dataset.searchWorker, { type: 'module', name: 'search' });
  } catch (error) {
    // The page's search starts its own worker, and says so if that fails too.
    return;
  }
  // A worker that failed before the page took it is not taken: the page starts its own.
  worker.addEventListener('error', function () {
    if (script.searchWorker === worker) script.searchWorker = undefined;
  });
  worker.postMessage({ type: 'start', lang: lang, linked: q });
  script.searchWorker = worker;
  // The files of the page's language (the primary tag: one tag per language, src/i18n/languages.ts).
  fetch(script.dataset.pagefindStart + 'search-start.' + lang.toLowerCase().split('-')[0] + '.json?ts=' + Date.now())
    .then(function (response) {
      return response.json();
    })
    .then(function (start) {
      worker.postMessage({ type: 'start-file', file: start });
    })
    .catch(function () {});
})();
