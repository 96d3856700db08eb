/**
 * What the standard mail codes mean, in plain words: SMTP reply codes (RFC 5321 §4.2, with the
 * authentication, STARTTLS and "no mail" replies of RFC 4954, RFC 3207 and RFC 7504) and enhanced
 * status codes `class.subject.detail` (RFC 3463, with the later entries of the IANA "SMTP Enhanced
 * Status Codes" registry). General knowledge only: what a code means for a customer comes from the
 * articles' `errors` lists. Shared by the error index and the bounce analyzer.
 *
 * The words are the language's (CodeStrings, `codes` of src/i18n/errors/<lang>.ts), passed in: the
 * build takes them from `errorStrings(lang)`, the browser from the page's JSON. A code counts as
 * registered when the strings have its `subject.detail`, and every language has the same ones.
 */
import type { CodeStrings } from '../../i18n/errors/en.ts';

export type { CodeStrings } from '../../i18n/errors/en.ts';

/** Whether a code reports success, a temporary failure (worth retrying) or a permanent one. */
export type CodeOutcome = 'success' | 'intermediate' | 'temporary' | 'permanent';

export interface ReplyCodeInfo {
  code: string;
  outcome: CodeOutcome;
  /** RFC 5321 §4.2.1 name of the first digit: "Permanent Negative Completion" in English. */
  classTitle: string;
  /** RFC 5321 §4.2.1 category of the second digit: "Mail system". */
  category: string;
  /** The standard text of this exact code, when a standard defines it. */
  text?: string | undefined;
  /** False for codes outside RFC 5321's grammar (second digit above 5), such as "573". */
  standard: boolean;
}

export interface EnhancedCodeInfo {
  code: string;
  outcome: Exclude<CodeOutcome, 'intermediate'>;
  /** RFC 3463 class: "Permanent Failure". */
  classTitle: string;
  subject: number;
  /** RFC 3463 subject: "Addressing Status". */
  subjectTitle: string;
  /** The subject as a sentence has it after a comma: "addressing status" in English. */
  subjectInSentence: string;
  detail: number;
  /** The registry's title of this class.subject.detail, when registered: "Bad destination mailbox address". */
  detailTitle?: string | undefined;
  /** One line in plain words, when registered. */
  plain?: string | undefined;
}

// RFC 5321 §4.2.1: the first digit says whether the reply is good, bad or incomplete.
const REPLY_OUTCOMES: Record<string, CodeOutcome> = { '2': 'success', '3': 'intermediate', '4': 'temporary', '5': 'permanent' };

/**
 * The meaning of a three-digit SMTP reply code in the language of `strings`, or undefined when `code`
 * is not three digits starting with 2 to 5. Codes whose second digit is above 5 ("573") are not valid
 * RFC 5321 replies, but servers send them: their first digit still tells temporary from permanent.
 */
export function describeReplyCode(code: string, strings: CodeStrings): ReplyCodeInfo | undefined {
  if (!/^[2-5]\d\d$/.test(code)) return undefined;
  const first = code[0] as keyof CodeStrings['replyClasses'];
  const second = Number(code[1]);
  return {
    code,
    outcome: REPLY_OUTCOMES[first]!,
    classTitle: strings.replyClasses[first],
    category: strings.replyCategories[second] ?? strings.replyCategoryUndefined,
    text: (strings.replyTexts as Readonly<Record<string, string>>)[code],
    standard: second <= 5,
  };
}

// RFC 3463 §3.1
const STATUS_OUTCOMES: Record<string, EnhancedCodeInfo['outcome']> = { '2': 'success', '4': 'temporary', '5': 'permanent' };

/** Splits `5.1.1` into its numbers, or undefined when it is not an RFC 3463 status code. */
export function parseEnhancedCode(code: string): { cls: number; subject: number; detail: number } | undefined {
  const match = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  if (!match) return undefined;
  return { cls: Number(match[1]), subject: Number(match[2]), detail: Number(match[3]) };
}

/**
 * The meaning of an enhanced status code per RFC 3463 and the IANA registry, in the language of
 * `strings`. Codes the registry does not list (Microsoft's 5.7.509, say) still get their class and
 * subject; `detailTitle` is then undefined.
 */
export function describeEnhancedCode(code: string, strings: CodeStrings): EnhancedCodeInfo | undefined {
  const parts = parseEnhancedCode(code);
  if (!parts) return undefined;
  const cls = String(parts.cls) as keyof CodeStrings['statusClasses'];
  const detail = (strings.statusDetails as Readonly<Record<string, { title: string; plain: string }>>)[`${parts.subject}.${parts.detail}`];
  const subject = strings.statusSubjects[parts.subject] ?? strings.statusSubjectUndefined;
  return {
    code: `${parts.cls}.${parts.subject}.${parts.detail}`,
    outcome: STATUS_OUTCOMES[cls]!,
    classTitle: strings.statusClasses[cls],
    subject: parts.subject,
    subjectTitle: subject.title,
    subjectInSentence: subject.inSentence,
    detail: parts.detail,
    detailTitle: detail?.title,
    plain: detail?.plain,
  };
}

/**
 * Temporary or permanent, from any SMTP reply or enhanced status code ("550", "4.2.2", "550-5.7.1");
 * undefined for other text (Outlook's hexadecimal codes say nothing about it).
 */
export function outcomeOfCode(code: string): CodeOutcome | undefined {
  const first = /^\s*([2-5])(?:\d\d\b|\.\d)/.exec(code);
  return first ? (first[1] === '2' ? 'success' : first[1] === '3' ? 'intermediate' : first[1] === '4' ? 'temporary' : 'permanent') : undefined;
}
