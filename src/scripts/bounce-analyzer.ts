/**
 * <kb-bounce-analyzer> on /errors/: reads the errors the articles explain, its own tables and its words
 * in the page's language from the JSON inside it, and diagnoses a pasted report entirely here: the text
 * is never sent anywhere. Everything it writes goes through textContent, since the text is the reader's
 * paste. Nothing here may import bounce-tables.ts or src/i18n/errors/<lang>.ts (types aside): they would
 * be bundled again, when the JSON already carries them.
 */
import { analyzeReport, MAX_INPUT, prepareAnalyzer, type Analysis, type AnalyzerStrings, type BounceData } from '../lib/errors/index.ts';
import { format } from '../i18n/format.ts';
import { el } from './dom.ts';

const MUTED = 'text-slate-600 dark:text-slate-400';
const HEADING = 'text-lg font-semibold text-slate-900 dark:text-white';

function message(text: string): HTMLElement {
  return el('p', MUTED, text);
}

function render(analysis: Analysis, strings: AnalyzerStrings): Node[] {
  const t = strings.diagnosis;
  const notes = analysis.truncated ? [message(format(t.truncated, { size: MAX_INPUT / 1_000_000 }))] : [];
  if (analysis.status === 'empty') return [message(t.empty)];
  if (analysis.status === 'unrecognized') {
    return [
      ...notes,
      el('p', 'font-medium text-slate-900 dark:text-white', t.unrecognized),
      message(t.unrecognizedHint),
    ];
  }

  const facts = el('dl', 'mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_minmax(0,1fr)]');
  const fact = (term: string, ...details: Array<Node | string>) => {
    const dd = el('dd', 'min-w-0');
    dd.append(...details);
    facts.append(el('dt', 'font-medium text-slate-900 dark:text-white', term), dd);
  };
  fact(t.outcome, strings.outcomes[analysis.outcome]);
  if (analysis.outcome !== 'success') fact(t.actor, analysis.actor ? strings.actors[analysis.actor] : t.actorUnknown);
  if (analysis.recipient) fact(t.recipient, el('code', 'font-mono', analysis.recipient));
  if (analysis.remoteMessage) fact(t.remoteMessage, el('q', 'italic', analysis.remoteMessage));
  if (analysis.standard) {
    const s = analysis.standard;
    const detail = s.detailTitle
      ? format(t.registeredDetail, { title: s.detailTitle, plain: s.plain ?? '' })
      : format(t.unregisteredDetail, { detail: s.detail });
    fact(t.standard, el('code', 'font-mono font-semibold', s.code), ` ${format(t.standardMeaning, { class: s.classTitle, subject: s.subjectInSentence, detail })}`);
  }
  if (analysis.codes.length > 0) {
    const list = el('ul', 'space-y-1');
    for (const c of analysis.codes) {
      const item = el('li');
      item.append(el('code', 'font-mono font-semibold', c.code), c.meaning ? ` ${c.meaning}` : '');
      list.append(item);
    }
    fact(t.codesFound, list);
  }
  if (analysis.phrases.length > 0) fact(t.phrases, analysis.phrases.map((p) => format(strings.quoted, { text: p })).join(t.listSeparator));

  const read: Node[] = [el('h3', `mt-6 ${HEADING}`, t.whatToRead)];
  if (analysis.recommendations.length === 0) {
    read.push(message(analysis.standard || analysis.reply ? t.noArticleStandard : t.noArticle));
  } else {
    const list = el('ol', 'mt-2 space-y-3');
    for (const r of analysis.recommendations) {
      const item = el('li');
      const link = el('a', 'font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300', format(t.recommendation, { section: r.section, article: r.article }));
      link.href = r.url;
      link.dataset['bounceArticle'] = '';
      item.append(link, el('p', `mt-1 text-sm ${MUTED}`, r.meaning));
      list.append(item);
    }
    read.push(list);
  }
  return [
    ...notes,
    el('h3', HEADING, t.heading),
    el('p', 'mt-2 text-lg text-slate-900 dark:text-white', analysis.summary ?? t.noSummary),
    facts,
    ...read,
  ];
}

class KbBounceAnalyzer extends HTMLElement {
  connectedCallback(): void {
    const data = JSON.parse(this.querySelector('#bounce-data')?.textContent ?? 'null') as BounceData | null;
    const form = this.querySelector<HTMLFormElement>('[data-bounce-form]');
    const input = this.querySelector<HTMLTextAreaElement>('[data-bounce-input]');
    const result = this.querySelector<HTMLElement>('[data-bounce-result]');
    if (!form || !input || !result || !data) return;
    const { known, tables, strings } = data;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const analyze = () => {
      clearTimeout(pending);
      result.replaceChildren(...render(analyzeReport(input.value, known, tables, strings), strings));
    };
    result.replaceChildren(...render(analyzeReport('', known, tables, strings), strings));
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
}

if (!customElements.get('kb-bounce-analyzer')) customElements.define('kb-bounce-analyzer', KbBounceAnalyzer);
