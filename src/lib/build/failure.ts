/**
 * What `npm run build` prints when Astro or the bundler stops: the place and the whole message, never a
 * stack trace. A bundler's failure is an aggregate whose own message is only a heading ("Build failed
 * with 1 error:"); the errors it holds carry the message and the code frame.
 */
import { stripVTControlCharacters } from 'node:util';

interface FailureLike {
  message?: string;
  loc?: { file?: string; line?: number; column?: number };
  errors?: unknown[];
}

/** A message's longest useful length: a code frame fits, a dump of generated code does not. */
const MAX_LINES = 20;

/** `error` as `file:line:column: message` (where it names a file), the aggregate's errors one after the other. */
export function describeFailure(error: unknown, shown: (file: string) => string = (f) => f): string {
  const { message = String(error), loc, errors } = (error ?? {}) as FailureLike;
  if (Array.isArray(errors) && errors.length > 0) return errors.map((e) => describeFailure(e, shown)).join('\n');
  const lines = stripVTControlCharacters(message).split('\n').map((l) => l.trimEnd()).filter((l) => l !== '' && !/^\s+at /.test(l));
  const text = [...lines.slice(0, MAX_LINES), ...(lines.length > MAX_LINES ? [`… (${lines.length - MAX_LINES} more lines)`] : [])].join('\n');
  if (!loc?.file) return text;
  return `${shown(loc.file)}${loc.line ? `:${loc.line}:${loc.column ?? 1}` : ''}: ${text}`;
}
