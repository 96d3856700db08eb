/**
 * Each language's stemmer, for telling another form of a word the index has from a typing mistake
 * (correction.ts) and for matching a synonym's key in another form (query.ts). English keeps the
 * Porter stemmer it always had (`stemmer`, wooorm's); the others are Snowball's, as Pagefind stems each
 * language's index (`@orama/stemmers`, a port of the Snowball algorithms, each language a module of
 * 6-11 kB): "sposto" is "spostare", "encuentro" is "encuentra", where English stemming left them unknown
 * and typo correction "corrected" them into other words ("posto", "encuentra").
 */
import { stemmer as english } from 'stemmer';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import type { Lang } from '../../i18n/languages.ts';

export const STEMMERS: Record<Lang, (word: string) => string> = { en: english, fr: french, de: german, it: italian, es: spanish };
