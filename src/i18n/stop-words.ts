/**
 * Words that carry no meaning for the search, per language: dropped from a query ("how can I get my
 * emails back" searches "emails back"), never "corrected" into something else. Negations ("not",
 * "pas", "nicht", "non", "no") and words that tell problems apart stay. Lowercase, accents as typed
 * and without (customers often leave them out).
 */
import type { Lang } from './languages.ts';

const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

export const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: words(
    'a about after again all also am an and any are as at be been before being both but by can could did do does doing done ' +
    'each even ever every for from get gets getting got had has have having he her here hers him his how i if in into is it its ' +
    'just keep keeps like me might more most much must my myself need needs now of off on once one only or other our out over ' +
    'please really same she should so some still such than that the their them then there these they this those through to ' +
    'too trying try under until up us very via want wants was we were what when where which while who why will with would ' +
    'you your yours anymore always every day days everyday loads lot lots help problem issue suddenly ' +
    'tell know explain anyone someone hi hello thanks thank',
  ),
  fr: words(
    'a à au aux avec ce ces cet cette ceci cela ça comment dans de des du elle elles en est et être été il ils je j j\' la le les ' +
    'leur leurs lui ma mais me mes moi mon même nos notre nous on ou où par pour qu que quel quelle quels quelles qui sa se ses ' +
    'si son sont sur ta te tes toi ton tu un une vos votre vous y suis es sommes êtes ai as avons avez ont avais avait faire fait ' +
    'fais peut peux puis pouvez pourquoi quand veux veut voudrais voulez dois doit faut svp merci bonjour aide aider problème ' +
    'soudain soudainement toujours encore très plus tout tous toutes d l n m s c qu\' est-ce',
  ),
  de: words(
    'der die das den dem des ein eine einen einem einer eines und oder aber als am an auf aus bei bin bis bist da dass du er es ' +
    'für hat habe haben hast hatte ich ihr ihm ihn ihnen im in ist ja man mein meine meinen meinem meiner mich mir mit nach noch ' +
    'nun nur ob sich sie sind so über um uns unser unsere vom von vor was wie wir wird wo zu zum zur warum weshalb wieso wann ' +
    'welche welcher welches kann können könnte muss müssen soll sollte will möchte darf gibt geht mal bitte danke hallo hilfe ' +
    'problem plötzlich immer schon sehr auch dann denn doch eigentlich einfach irgendwie jetzt werden wurde wurden worden mehr',
  ),
  it: words(
    'a ad al allo ai agli alla alle anche che chi ci come con da dal dallo dai dagli dalla dalle del dello dei degli della delle ' +
    'di e è ed era gli ha hanno ho i il in io la le lei lo loro ma mi mia mie miei mio ne nel nello nei negli nella nelle noi o ' +
    'per perché più posso può puoi qual quale quando questa queste questi questo se si sono su sua sue suo suoi sul sulla tu tua ' +
    'tuo un una uno vorrei voglio devo deve riesco riesci riesce riusciamo riescono viene vengono grazie ciao aiuto problema improvvisamente sempre molto',
  ),
  es: words(
    'a al algo con como cómo cual cuál cuando cuándo de del donde dónde el él ella ellos en es esta está están este esto estos ' +
    'fue ha han hay he la las le les lo los me mi mis muy más mí nos nuestro o para pero por porque por qué que qué se ser si sí ' +
    'sin su sus también te tengo tiene tu tú un una uno unos y ya yo puedo puede puedes pueden consigo quiero quisiera debo gracias hola ayuda ' +
    'problema repente siempre',
  ),
};

/**
 * How customers say that something does not work, per language, and how the search reads it (planQuery in
 * lib/search/query.ts): the negation is searched together with the word it negates ("cannot send"), which
 * counts fully only on pages where the two stand within `window` words of each other (ranking.ts,
 * negationsTogether), so that troubleshooting articles ("cannot send email", "kann keine E-Mails
 * senden", "no puedo enviar correos" in their keywords) come before pages that only mention sending.
 * Negations are never "corrected" ("dont" is not a typo of "don", "wont" not one of "want").
 * A language without an entry searches its negations as the words typed. (French was tried, with
 * "impossible" for "ne … pas": its verbs do not stem alike, "reçois" is not "recevoir", and its
 * relevance cases lost two firsts.)
 */
export interface NegationRule {
  /** The words that say "not" ("not", "cant", "won't"; "nicht", "keine"), typed with or without the apostrophe. */
  words: ReadonlySet<string>;
  /**
   * The one word the articles use for every negation, searched instead of the one typed: English
   * "cannot" ("cannot send email" is in their keywords), Italian "impossibile" ("impossibile inviare
   * e-mail"). Absent: the negation is searched as typed (German says "nicht" and "keine" alike).
   */
  as?: string;
  /**
   * Which word a negation negates. `next`: the next word that is not a filler word, where the language
   * says the verb after its negation ("not receiving", "non ricevo", "no puedo enviar"). `verb`: the
   * clause's verb, wherever German puts it: last after an auxiliary ("ich kann keine E-Mails senden",
   * "E-Mails werden nicht zugestellt"), a participle or infinitive ending the query ("E-Mail nicht
   * zugestellt"), else the word before the negation ("Outlook sendet nicht", "E-Mails kommen nicht an"),
   * the first after a question word ("warum kommen meine Mails nicht an"), and without any of these the
   * next word ("keine Verbindung zum Server").
   */
  binds: 'next' | 'verb';
  /**
   * Negations that follow the verb they negate, as a determiner of its object ("receiving no emails",
   * "getting no mail"): bound to the word before them when it is one of these verb forms.
   */
  afterVerb?: { words: ReadonlySet<string>; verbForm: RegExp };
  /** For `verb`: the auxiliaries and modal verbs that send the verb to the end of the clause. */
  auxiliaries?: ReadonlySet<string>;
  /** For `verb`: the question words after which the verb comes first ("warum", "wieso"). */
  questions?: ReadonlySet<string>;
  /** For `verb`: a verb form that ends a clause, an infinitive or a participle ("senden", "zugestellt", "akzeptiert"). */
  verbForm?: RegExp;
  /**
   * How far apart, in words, the negation and its word may stand on a page and still say it together:
   * 1 in English ("cannot send") and Italian ("impossibile inviare"), 2 in Spanish ("no puedo enviar",
   * "no se envían"), 3 in German ("kann keine E-Mails senden", "kommen nicht im Posteingang an").
   */
  window: number;
}

export const NEGATIONS: Partial<Record<Lang, NegationRule>> = {
  en: {
    words: words(
      "not no never cannot cant can't dont don't doesnt doesn't didnt didn't wont won't isnt isn't arent aren't " +
      "wasnt wasn't werent weren't couldnt couldn't unable",
    ),
    as: 'cannot',
    binds: 'next',
    afterVerb: { words: words('no'), verbForm: /^\p{L}+(?:ing|ed)$/u },
    window: 1,
  },
  de: {
    words: words('nicht kein keine keinen keiner keinem keines nie niemals'),
    binds: 'verb',
    auxiliaries: words(
      'kann kannst können könnt konnte konnten könnte könnten muss musst müssen soll sollte will wollen darf dürfen ' +
      'möchte wird wirst werden wurde wurden würde hat hast haben hatte hatten habe ist bin bist sind war waren lässt lassen tut tun',
    ),
    questions: words('warum wieso weshalb wie was wann wo welche welcher welches wer'),
    verbForm: /^\p{L}+(?:en|ern|eln|iert)$|^\p{L}*ge\p{L}+t$/u,
    window: 3,
  },
  it: {
    words: words('non impossibile'),
    as: 'impossibile',
    binds: 'next',
    window: 1,
  },
  es: {
    words: words('no nunca'),
    as: 'no',
    binds: 'next',
    window: 2,
  },
};
