// Pagefind ships its WebAssembly, metadata, index chunks and fragments gzipped and inflates them with a
// gunzip written in JavaScript: about 50 ms of a linked search's CPU at 1,000 articles (CPU profile,
// bench/linked-search-trace.ts --profile, when Pagefind ran on the page's main thread), before its first
// result; in the search worker it would delay the answer as much. The browser's
// DecompressionStream does the same natively. Pagefind has no option for its fetch or its decompression,
// so this wraps `fetch` for Pagefind's own files (known by their extensions) and nothing else: their
// gzip is unpacked as they arrive, and Pagefind, finding its `pagefind_dcd` signature at the start,
// skips its own. A file that is not gzip (a host that sent it with Content-Encoding: gzip has had it
// inflated already) goes through as it came; a browser without DecompressionStream keeps Pagefind's gunzip.
// Plain JavaScript, installed once, in the search worker's scope (lib/search/worker.ts imports it first).
(function (scope) {
  if (typeof scope.DecompressionStream !== 'function' || typeof scope.fetch !== 'function' || scope.fetch.pagefindGunzip) return;
  var fetchFile = scope.fetch;
  var PAGEFIND_FILE = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
  function gunzipped(response) {
    if (!response.ok) return response;
    return response.arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      var init = { status: response.status, statusText: response.statusText };
      if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, init);
      return new Response(new Blob([bytes]).stream().pipeThrough(new scope.DecompressionStream('gzip')), init);
    });
  }
  function fetchWithGunzip(input) {
    var url = String(typeof input === 'object' && input !== null && 'url' in input ? input.url : input);
    var response = fetchFile.apply(scope, arguments);
    return PAGEFIND_FILE.test(url.split(/[?#]/)[0]) ? response.then(gunzipped) : response;
  }
  fetchWithGunzip.pagefindGunzip = true;
  scope.fetch = fetchWithGunzip;
})(globalThis);
