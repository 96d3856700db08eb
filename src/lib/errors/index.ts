/**
 * The error lookup: every error the articles explain (the /errors/ index) and the analyzer that reads a
 * pasted bounce report. Runs in both places: at build time (the index, the tables shipped in the page)
 * and in the browser (the analyzer, on data the page carries). Pure: no I/O.
 */
export { ACTOR_LABELS, analyzeReport, MAX_INPUT, OUTCOME_LABELS, prepareAnalyzer, type Analysis, type BounceData } from './bounce-analysis.ts';
export { BOUNCE_TABLES } from './bounce-tables.ts';
export { findErrorCodes } from './error-codes.ts';
export { buildErrorIndex, knownErrors, matchesFilter, type ErrorGroup, type ErrorLink, type ErrorRow, type ErrorSource } from './error-index.ts';
