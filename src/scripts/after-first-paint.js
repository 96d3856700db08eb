// Starts the page's scripts once its first paint is on the screen. Nothing they do is needed to show the
// page (the controls that appear with them are laid out from the head: the `js` class), and on a phone's
// slow connection their requests, fetched beside the stylesheet, made the reader wait for the page
// (Lighthouse mobile: LCP 1.3-1.8 s with them, 0.8-0.9 s without; docs/performance.md). They wait in
// <template data-after-first-paint> elements (components/AfterFirstPaint.astro), whose scripts a browser
// neither fetches nor runs; this inline script (its hash is in the Content-Security-Policy) starts them, in
// the order of the page. Kept tiny and in ES5 like theme-init.js: compactScript removes its comments.
(function () {
  var started = false;
  var loading = 0;
  // Says on the page when its scripts have run (`data-scripts="ready"` on <html>): the end-to-end tests
  // wait for it after each load, as they waited for the load event while scripts came before it.
  function ready() {
    document.documentElement.dataset.scripts = 'ready';
  }
  function ran() {
    loading--;
    if (loading === 0) ready();
  }
  function start() {
    if (started) return;
    started = true;
    var waiting = document.querySelectorAll('template[data-after-first-paint]');
    for (var i = 0; i < waiting.length; i++) {
      var scripts = waiting[i].content.querySelectorAll('script');
      for (var j = 0; j < scripts.length; j++) {
        var script = document.createElement('script');
        script.type = 'module';
        // In the order of the page, as the module scripts of the markup ran.
        script.async = false;
        var src = scripts[j].getAttribute('src');
        if (src) {
          loading++;
          // A module script's load event comes once it has run.
          script.onload = script.onerror = ran;
          script.src = src;
        } else {
          script.textContent = scripts[j].textContent;
        }
        document.body.appendChild(script);
      }
    }
    if (loading === 0) ready();
  }
  function whenParsed(then) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then);
    else then();
  }
  // A linked search (/search/?q=…; search-preload.js marks it) paints its results with the page's script:
  // the script starts as soon as the page is parsed, as the worker started from the head is already searching.
  whenParsed(function () {
    if (document.documentElement.hasAttribute('data-linked-search')) start();
  });
  // The first contentful paint, reported once the browser has shown it (a frame that is only drawn
  // does not count: its requests would still compete with the paint); where paint timing is missing, the
  // frame after the page is parsed.
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (types && types.indexOf('paint') >= 0) {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      whenParsed(start);
    }).observe({ type: 'paint', buffered: true });
  } else {
    whenParsed(function () { requestAnimationFrame(function () { setTimeout(start, 0); }); });
  }
  // A page the browser does not paint (opened in a hidden tab) gets its scripts a little after it loaded.
  addEventListener('load', function () { setTimeout(start, 2000); });
})();
