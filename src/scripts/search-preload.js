// Runs in the search page's <head>. A linked search (/search/?q=…, what support replies link to)
// should show its results at once, so everything it needs starts here, before the page has finished
// parsing: Pagefind itself (on the main thread, see lib/search/loader.ts), its entry, metadata and
// WebAssembly, the index chunks of the query's words, the vocabulary and synonyms. Pagefind finds each
// of these files preloaded when it asks for it, instead of asking for them one after the other. The
// page's search finds this Pagefind on the script element (`pagefind`), once it is ready to search.
// Pagefind's options and base URL come from search.astro (data-options, data-pagefind-start), so they
// are set in one place. Its hash is in the Content-Security-Policy, like every inline script.
(function () {
  var q = new URLSearchParams(location.search).get('q');
  var script = document.currentScript;
  if (!q || !q.trim() || !script) return;
  // Until its results are drawn, the page keeps room for them and holds back the topics below them
  // (global.css, "linked search"): nothing a reader sees moves as they arrive.
  document.documentElement.setAttribute('data-linked-search', '');
  var base = script.dataset.pagefindStart;
  var options = JSON.parse(script.dataset.options || '{}');
  // Pagefind reads its entry from pagefind-entry.json?ts=<metaCacheTag>, by default the time. A tag
  // new on every load as well, but known here, lets the entry be preloaded with the other files.
  var fresh = String(Date.now());
  options.metaCacheTag = fresh;
  function preload(file) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = base + file;
    document.head.appendChild(link);
  }
  // The query's words, split as the search splits them (lib/search/query.ts), each as Pagefind looks
  // it up: lowercase, without punctuation and diacritics; without the filler words the search drops
  // (its STOP_WORDS, handed over in data-stop-words) and words too short to have a chunk worth fetching.
  var stopWords = new Set((script.dataset.stopWords || '').split(' '));
  var words = q
    .toLowerCase()
    .split(/[\s,;:!?()[\]{}<>\/\\|"\u2018\u2019\u201C\u201D«»]+/)
    .map(function (word) {
      return word.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '').normalize('NFD').replace(/\p{M}/gu, '');
    })
    .filter(function (word) {
      return word.length > 2 && !stopWords.has(word);
    });
  // The chunks Pagefind loads for the words (pagefind_web's request_indexes): for each word the first
  // chunk whose range holds it, or, if no word falls in any range, any chunk that may hold its prefix.
  function chunksFor(chunks) {
    function find(loose) {
      return words
        .map(function (word) {
          return chunks.find(function (c) {
            if (!loose) return word >= c[0] && word <= c[1];
            var from = Math.min(word.length, c[0].length);
            var to = Math.min(word.length, c[1].length);
            return word.slice(0, from) >= c[0].slice(0, from) && word.slice(0, to) <= c[1].slice(0, to);
          });
        })
        .filter(Boolean);
    }
    var found = find(false);
    return (found.length > 0 ? found : find(true)).map(function (c) {
      return c[2];
    });
  }
  // Pagefind names its WebAssembly after the index's language: the page's is asked for at once; the
  // metadata and the chunks are named in search-start.json (lib/search/start-file.ts, written with the index).
  // The files of the page's language (the primary tag: one tag per language, src/i18n/languages.ts).
  var lang = (document.documentElement.lang || 'unknown').toLowerCase().split('-')[0];
  var wasm = 'wasm.' + lang + '.pagefind';
  ['pagefind-entry.json?ts=' + fresh, wasm, 'search-vocabulary.' + lang + '.json', 'synonyms.' + lang + '.json'].forEach(preload);
  fetch(base + 'search-start.' + lang + '.json?ts=' + fresh)
    .then(function (response) {
      return response.json();
    })
    .then(function (start) {
      preload(start.meta);
      if (start.wasm !== wasm) preload(start.wasm);
      new Set(chunksFor(start.chunks)).forEach(function (hash) {
        preload('index/' + hash + '.pf_index');
      });
    })
    .catch(function () {});
  // Pagefind answers a call made before its WebAssembly is up only at its next 50 ms poll (getPtr in
  // pagefind_web_js). Empty preloads started 10 ms apart learn within 10 ms that it is up, so the
  // page's searches, which wait for this, need not poll.
  function ready(pagefind) {
    return new Promise(function (resolve, reject) {
      for (var i = 0; i < 5; i++) {
        setTimeout(function () {
          pagefind.preload('').then(resolve, reject);
        }, i * 10);
      }
    });
  }
  script.pagefind = import(base + 'pagefind.js').then(function (pagefind) {
    return pagefind
      .options(options)
      .then(function () {
        pagefind.init();
        return ready(pagefind);
      })
      .then(function () {
        words.forEach(function (word) {
          pagefind.preload(word).catch(function () {});
        });
        return pagefind;
      });
  });
  script.pagefind.catch(function () {});
})();
