/**
 * The security headers (build time): hashes of the inline scripts and styles for the
 * Content-Security-Policy, the `_headers` file and its nginx form, and the compaction of inline scripts.
 */
export { fillPlaceholder, inlineScriptHashes, inlineStyleHashes } from './csp.ts';
export { headersFor, headersUnderBase, parseHeadersFile, type HeaderRule } from './headers-file.ts';
export { compactScript } from './inline-script.ts';
export { toNginxHeaders } from './nginx-headers.ts';
