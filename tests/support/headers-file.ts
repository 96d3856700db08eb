/** The test server reads `_headers` with the build's own reader (one reading of the format). */
export { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/security/headers-file.ts';
