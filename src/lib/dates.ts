/** Dates as readers see them: "26 November 2026", in UTC so the build machine's zone never shifts a day. */
export function formatDate(date: Date, lang = 'en'): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** `2026-11-26`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
