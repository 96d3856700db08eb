/**
 * The error index (/errors/): every code and message the articles' `errors` lists explain, grouped the
 * way customers meet them (SMTP replies by class, enhanced status codes, Outlook 0x800… codes, messages
 * without a code), each with its meaning, whether it is temporary or permanent, and the section that
 * explains it. The same flattened list is the bounce analyzer's data. Nothing here is written by hand:
 * an error appears once in an article's frontmatter and everywhere else comes from it.
 */
import type { ErrorStrings, FilterStrings } from '../../i18n/errors/en.ts';
import { format } from '../../i18n/format.ts';
import type { ArticleError } from '../../schemas/article.ts';
import { describeEnhancedCode, outcomeOfCode } from './smtp-codes.ts';

/** The strings the index is written with: its groups' titles and the codes' registry titles. */
export type ErrorIndexStrings = Pick<ErrorStrings, 'groups' | 'codes'>;
export type { FilterStrings } from '../../i18n/errors/en.ts';

/** An article as the index needs it: where it lives and the errors it explains. */
export interface ErrorSource {
  title: string;
  /** Canonical URL, `/<topic>/<slug>/`. */
  url: string;
  errors: ReadonlyArray<ArticleError>;
  /** Heading text by section id, to name the links; the id is shown when a heading is missing. */
  sections?: Readonly<Record<string, string>> | undefined;
}

/**
 * One error an article explains and where. This is also what the analyzer receives in the page's JSON,
 * so it stays flat and small.
 */
export interface KnownError {
  code?: string;
  message?: string;
  meaning: string;
  /** `/<topic>/<slug>/#<section>` */
  url: string;
  /** Title of the article. */
  article: string;
  /** Heading of the section. */
  section: string;
}

/** The codes in an entry's `code` field, by kind. `other` holds reply codes outside RFC 5321 ("573"). */
export interface EntryCodes {
  reply: string[];
  enhanced: string[];
  outlook: string[];
  other: string[];
}

export interface ErrorLink {
  url: string;
  article: string;
  section: string;
}

export interface ErrorRow {
  /** The code as the index prints it ("550 5.7.1", "0x800CCC0E"), or undefined for a message alone. */
  code?: string | undefined;
  message?: string | undefined;
  meaning: string;
  /** From the code's first digit; undefined when there is no SMTP or enhanced code. */
  outcome?: 'temporary' | 'permanent' | undefined;
  /** RFC 3463 title of the enhanced code, when the registry has one: "Mailbox full", in the strings' language. */
  standard?: string | undefined;
  /** Sections that explain it, in catalog order (the same error can be explained in two articles). */
  links: ErrorLink[];
  /** Lowercase text the filter box searches, codes as separate words: " 550 5.7.1 relaying denied …". */
  terms: string;
}

export type ErrorGroupId = 'smtp-4xx' | 'smtp-5xx' | 'smtp-other' | 'enhanced' | 'outlook' | 'messages';

export interface ErrorGroup {
  id: ErrorGroupId;
  title: string;
  description: string;
  rows: ErrorRow[];
}

const GROUP_ORDER: ErrorGroupId[] = ['smtp-4xx', 'smtp-5xx', 'smtp-other', 'enhanced', 'outlook', 'messages'];

/** Every error of every article, flattened, in catalog order, each with the URL of its section. */
export function knownErrors(sources: ReadonlyArray<ErrorSource>): KnownError[] {
  return sources.flatMap((source) =>
    source.errors.map((e) => ({
      ...(e.code !== undefined ? { code: e.code } : {}),
      ...(e.message !== undefined ? { message: e.message } : {}),
      meaning: e.meaning,
      url: `${source.url}#${e.section}`,
      article: source.title,
      section: source.sections?.[e.section] ?? e.section,
    })),
  );
}

/**
 * Splits an entry's `code` field ("550 5.7.1", "550-5.7.1", "0x800CCC0E", "573") into its codes.
 * Outlook codes are upper-cased, the way Outlook prints them.
 */
export function parseEntryCodes(code: string | undefined): EntryCodes {
  const out: EntryCodes = { reply: [], enhanced: [], outlook: [], other: [] };
  for (const token of (code ?? '').split(/[\s,;-]+/)) {
    if (/^0x[0-9a-f]{8}$/i.test(token)) out.outlook.push(`0x${token.slice(2).toUpperCase()}`);
    else if (/^[245]\.\d{1,3}\.\d{1,3}$/.test(token)) out.enhanced.push(token);
    else if (/^[2-5][0-5]\d$/.test(token)) out.reply.push(token);
    else if (/^[2-5]\d\d$/.test(token)) out.other.push(token);
  }
  return out;
}

/**
 * The groups of the index, in display order, titled with `strings` (the language of `errors`); empty
 * groups are left out.
 */
export function buildErrorIndex(errors: ReadonlyArray<KnownError>, strings: ErrorIndexStrings): ErrorGroup[] {
  const rows = new Map<string, { group: ErrorGroupId; sort: string; row: ErrorRow }>();
  for (const e of errors) {
    const codes = parseEntryCodes(e.code);
    const printed = [...codes.reply, ...codes.other, ...codes.enhanced, ...codes.outlook].join(' ') || undefined;
    // The same code and message written in two articles is one row with two links.
    const key = `${printed ?? ''}|${normalize(e.message ?? '')}`;
    const link = { url: e.url, article: e.article, section: e.section };
    const existing = rows.get(key);
    if (existing) {
      if (!existing.row.links.some((l) => l.url === link.url)) existing.row.links.push(link);
      continue;
    }
    const first = codes.reply[0] ?? codes.other[0] ?? codes.enhanced[0];
    const outcome = first ? outcomeOfCode(first) : undefined;
    const enhanced = codes.enhanced[0] ? describeEnhancedCode(codes.enhanced[0], strings.codes) : undefined;
    const group: ErrorGroupId = codes.outlook.length > 0 ? 'outlook'
      : codes.reply.length + codes.other.length > 0 ? (outcome === 'temporary' ? 'smtp-4xx' : outcome === 'permanent' ? 'smtp-5xx' : 'smtp-other')
      : codes.enhanced.length > 0 ? 'enhanced'
      : 'messages';
    rows.set(key, {
      group,
      sort: sortKey(group, codes, e.message),
      row: {
        code: printed,
        message: e.message,
        meaning: e.meaning,
        outcome: outcome === 'temporary' || outcome === 'permanent' ? outcome : undefined,
        standard: enhanced?.detailTitle,
        links: [link],
        terms: '',
      },
    });
  }
  const all = [...rows.values()];
  for (const { row } of all) row.terms = rowTerms(row);
  return GROUP_ORDER.flatMap((id) => {
    const members = all.filter((r) => r.group === id).sort((a, b) => a.sort.localeCompare(b.sort, 'en'));
    return members.length > 0 ? [{ id, ...strings.groups[id], rows: members.map((r) => r.row) }] : [];
  });
}

/** Sorts codes numerically (5.7.9 before 5.7.23) by padding each number; messages alphabetically. */
function sortKey(group: ErrorGroupId, codes: EntryCodes, message: string | undefined): string {
  const pad = (code: string) => code.split('.').map((n) => n.padStart(3, '0')).join('.');
  const lead = group === 'enhanced' ? codes.enhanced.map(pad).join(' ') : group === 'messages' ? '' : [...codes.reply, ...codes.other, ...codes.outlook, ...codes.enhanced.map(pad)].join(' ');
  return `${lead}|${(message ?? '').toLowerCase()}`;
}

function rowTerms(row: ErrorRow): string {
  // The articles' titles are left out: "5.7.1" must not list every row of the article "Fix 550 5.7.1 …".
  // The titles of the sections that explain the error are in: they name it as readers do ("User unknown").
  const text = [row.code, row.message, row.meaning, row.standard, ...row.links.map((l) => l.section)].filter(Boolean).join(' ');
  return ` ${text.toLowerCase().replace(/[\s,;:()"“”]+/g, ' ').replace(/\.(?=\s|$)/g, '').trim()} `;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim();
}

// A complete code in the filter box must match a whole code: "5.7.1" finds 5.7.1, not 5.7.10.
const WHOLE_CODE = /^(?:[2-5]\d\d|[245]\.\d{1,3}\.\d{1,3}|0x[0-9a-f]{8})$/;

/**
 * Whether a row's `terms` match what the reader typed in the filter box. Every word must appear;
 * a complete code must appear as a whole code, so that `5.7.1` does not list 5.7.10 and 5.7.11.
 * "550-5.7.1", as servers print it, counts as the two codes.
 */
export function matchesFilter(terms: string, query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/[\s,;:()"“”]+/)
    .flatMap((w) => w.replace(/\.$/, '').split(/(?<=^[2-5]\d\d)-(?=[245]\.)/))
    .filter(Boolean);
  return words.every((w) => (WHOLE_CODE.test(w) ? terms.includes(` ${w} `) : terms.includes(w)));
}

/**
 * What the count under the filter box says, in the language of `strings` (`lang` picks the plural):
 * every error when the box is empty, else how many of them match, or that none does.
 */
export function filterCount(strings: FilterStrings, lang: string, query: string, shown: number, total: number): string {
  const q = query.trim();
  if (q === '') return format(strings.count, { count: total }, lang);
  return shown === 0 ? format(strings.noMatch, { query: q }, lang) : format(strings.matches, { count: shown, total, query: q }, lang);
}
