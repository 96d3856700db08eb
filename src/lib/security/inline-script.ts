/**
 * Inline scripts are copied into every page, so they ship without their comments and indentation
 * (the commented source stays in src/scripts/). Only line comments and leading whitespace are removed:
 * the scripts are written so that this is safe (no `//` inside strings, no template literals).
 */
export function compactScript(source: string): string {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}
