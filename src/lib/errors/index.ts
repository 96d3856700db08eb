/**
 * The error lookup: every error the articles explain (the /errors/ index) and the analyzer that reads a
 * pasted bounce report. Runs in both places: at build time (the index, the tables shipped in the page)
 * and in the browser (the analyzer, on data the page carries). Pure: no I/O. Every word it writes comes
 * from the strings it is given (src/i18n/errors/).
 */
export { analyzeReport, MAX_INPUT, prepareAnalyzer, type Analysis, type AnalyzerStrings, type BounceData } from './bounce-analysis.ts';
export { BOUNCE_TABLES } from './bounce-tables.ts';
export { findErrorCodes } from './error-codes.ts';
export { buildErrorIndex, filterCount, knownErrors, matchesFilter, type ErrorGroup, type ErrorIndexStrings, type ErrorLink, type ErrorRow, type ErrorSource, type FilterStrings } from './error-index.ts';
