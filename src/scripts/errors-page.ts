/**
 * The /errors/ page: the bounce analyzer and the filter of the error index. The analyzer reads the
 * errors the articles explain, and its own tables, from the page's JSON and runs entirely here: the
 * pasted text is never sent anywhere. Everything it writes goes through textContent, since the text is
 * the reader's paste. Nothing here may import bounce-tables.ts or the tables of smtp-codes.ts: they
 * would be bundled again, when the JSON already carries them.
 */
import { ACTOR_LABELS, analyzeReport, MAX_INPUT, OUTCOME_LABELS, prepareAnalyzer, type Analysis, type BounceData, matchesFilter } from '../lib/errors/index.ts';
import { el } from './dom.ts';

const data = JSON.parse(document.getElementById('bounce-data')?.textContent ?? 'null') as BounceData | null;

// ---- The analyzer ----

const form = document.querySelector<HTMLFormElement>('[data-bounce-form]');
const input = document.querySelector<HTMLTextAreaElement>('[data-bounce-input]');
const result = document.querySelector<HTMLElement>('[data-bounce-result]');

const MUTED = 'text-slate-600 dark:text-slate-400';
const HEADING = 'text-lg font-semibold text-slate-900 dark:text-white';

function message(text: string): HTMLElement {
  return el('p', MUTED, text);
}

function render(analysis: Analysis): Node[] {
  const notes = analysis.truncated ? [message(`The text is very long: only its first ${MAX_INPUT / 1_000_000} MB were read.`)] : [];
  if (analysis.status === 'empty') return [message('Paste a report or an error message above: the diagnosis appears here.')];
  if (analysis.status === 'unrecognized') {
    return [
      ...notes,
      el('p', 'font-medium text-slate-900 dark:text-white', 'We found no error code and no known error message in this text.'),
      message('Check that you pasted the part of the report that gives the reason: it often follows “Diagnostic-Code”, “said:” or “The response was:”. You can also look for your error in the list below.'),
    ];
  }

  const facts = el('dl', 'mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_minmax(0,1fr)]');
  const fact = (term: string, ...details: Array<Node | string>) => {
    const dd = el('dd', 'min-w-0');
    dd.append(...details);
    facts.append(el('dt', 'font-medium text-slate-900 dark:text-white', term), dd);
  };
  fact('Temporary or permanent', OUTCOME_LABELS[analysis.outcome]);
  if (analysis.outcome !== 'success') fact('Who must act', analysis.actor ? ACTOR_LABELS[analysis.actor] : 'The text does not say.');
  if (analysis.recipient) fact('Failed recipient', el('code', 'font-mono', analysis.recipient));
  if (analysis.remoteMessage) fact('The receiving server said', el('q', 'italic', analysis.remoteMessage));
  if (analysis.standard) {
    const s = analysis.standard;
    const title = s.detailTitle ? `${s.detailTitle}. ${s.plain ?? ''}` : `detail ${s.detail} is not in the RFC 3463 registry: its meaning is particular to the server that sent it.`;
    fact('Standard meaning (RFC 3463)', el('code', 'font-mono font-semibold', s.code), ` ${s.classTitle}, ${s.subjectTitle.toLowerCase()}: ${title}`);
  }
  if (analysis.codes.length > 0) {
    const list = el('ul', 'space-y-1');
    for (const c of analysis.codes) {
      const item = el('li');
      item.append(el('code', 'font-mono font-semibold', c.code), c.meaning ? ` ${c.meaning}` : '');
      list.append(item);
    }
    fact('Codes found', list);
  }
  if (analysis.phrases.length > 0) fact('Wording recognized', analysis.phrases.map((p) => `“${p}”`).join(', '));

  const read: Node[] = [el('h3', `mt-6 ${HEADING}`, 'What to read')];
  if (analysis.recommendations.length === 0) {
    const standard = analysis.standard || analysis.reply;
    read.push(message(`No article covers this exact error${standard ? ': the standard meaning above is what the code itself says.' : '.'} The list below has every error we explain.`));
  } else {
    const list = el('ol', 'mt-2 space-y-3');
    for (const r of analysis.recommendations) {
      const item = el('li');
      const link = el('a', 'font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300', `${r.section} — ${r.article}`);
      link.href = r.url;
      link.dataset['bounceArticle'] = '';
      item.append(link, el('p', `mt-1 text-sm ${MUTED}`, r.meaning));
      list.append(item);
    }
    read.push(list);
  }
  return [
    ...notes,
    el('h3', HEADING, 'Diagnosis'),
    el('p', 'mt-2 text-lg text-slate-900 dark:text-white', analysis.summary ?? 'The text has error codes, but no more is known about them.'),
    facts,
    ...read,
  ];
}

let pending: ReturnType<typeof setTimeout> | undefined;
function analyze(): void {
  clearTimeout(pending);
  if (input && result && data) result.replaceChildren(...render(analyzeReport(input.value, data.known, data.tables)));
}

if (form && input && result && data) {
  const { known, tables } = data;
  result.replaceChildren(...render(analyzeReport('', known, tables)));
  // Build the phrase matcher while the reader is still reading, not on their first paste.
  if ('requestIdleCallback' in window) requestIdleCallback(() => prepareAnalyzer(known, tables));
  else setTimeout(() => prepareAnalyzer(known, tables), 500);
  // While typing or pasting, wait for a pause: a 1 MB paste is analyzed once, not per keystroke.
  input.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(analyze, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    analyze();
  });
  form.addEventListener('reset', () => setTimeout(analyze));
}

// ---- The filter of the error index ----

const filter = document.querySelector<HTMLInputElement>('[data-error-filter]');
const count = document.querySelector<HTMLElement>('[data-error-count]');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('[data-error-row]')];
const groups = [...document.querySelectorAll<HTMLElement>('[data-error-group]')];

function applyFilter(query: string): void {
  let shown = 0;
  for (const row of rows) {
    row.hidden = !matchesFilter(row.dataset['terms'] ?? '', query);
    if (!row.hidden) shown += 1;
  }
  for (const group of groups) group.hidden = !group.querySelector('[data-error-row]:not([hidden])');
  if (count) {
    const total = rows.length;
    count.textContent = query.trim() === '' ? `${total} errors` : shown === 0 ? `No error matches “${query.trim()}”.` : `${shown} of ${total} errors match “${query.trim()}”.`;
  }
}

if (filter) {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  filter.value = initial;
  applyFilter(initial);
  // A link such as /errors/?q=5.7.1 is sent for the list: show it.
  if (initial.trim() !== '' && location.hash === '') document.getElementById('error-index')?.scrollIntoView();
  filter.addEventListener('input', () => {
    applyFilter(filter.value);
    // The URL follows the filter, so the address bar is a link support can send.
    const url = new URL(location.href);
    if (filter.value.trim() === '') url.searchParams.delete('q');
    else url.searchParams.set('q', filter.value.trim());
    history.replaceState(history.state, '', url);
  });
  filter.form?.addEventListener('submit', (event) => event.preventDefault());
}
