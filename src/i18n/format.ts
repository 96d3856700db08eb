/**
 * Filling UI strings. Strings are plain data (templates with `{name}` slots, plurals as `{ one, other }`)
 * so that the same dictionary serves pages at build time and scripts in the browser, where a page hands
 * its scripts the strings of its language as JSON.
 */

/** A string that depends on a count: Intl.PluralRules picks the form for the language. */
export interface Plural {
  one: string;
  other: string;
}

export type Template = string | Plural;

/** `format('{count} results for “{query}”', { count: 3, query: 'spam' }, 'en')`; a Plural is chosen by `values.count`. */
export function format(template: Template, values: Record<string, string | number> = {}, lang = 'en'): string {
  const text = typeof template === 'string'
    ? template
    : new Intl.PluralRules(lang).select(Number(values['count'] ?? 0)) === 'one' ? template.one : template.other;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
