/**
 * The languages a deck can be written in. To add one: write `catalogues/<code>.ts` (a copy of
 * `en.ts`, translated) and add its code here and in `CATALOGUES`.
 */
import type { Catalogue } from './catalogue.ts';
import { ar } from './catalogues/ar.ts';
import { de } from './catalogues/de.ts';
import { en } from './catalogues/en.ts';
import { es } from './catalogues/es.ts';
import { fr } from './catalogues/fr.ts';
import { he } from './catalogues/he.ts';
import { ja } from './catalogues/ja.ts';

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja', 'ar', 'he'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's catalogue; the type makes sure every language has one. */
export const CATALOGUES: Record<Language, Catalogue> = { en, de, fr, es, ja, ar, he };

/** The languages written right to left: their decks, pages and PowerPoints are mirrored. */
const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar', 'he']);

/** Which way a language's lines run, as HTML's `dir` names it. */
export function textDirection(language: Language): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** The deck's language: the account's own, else the config's (which defaults to `en`). */
export function deckLanguage(account: { language?: Language | undefined }, config: { language: Language }): Language {
  return account.language ?? config.language;
}

/**
 * The locale numbers, money and dates are written in: the account's, else the language's usual
 * one (`de` -> `de-DE`). The words follow the language either way.
 */
export function deckLocale(account: { locale?: string | undefined }, language: Language): string {
  return account.locale ?? CATALOGUES[language].locale;
}
