/**
 * `t(key, params)`: a catalogue message in the deck's language, through intl-messageformat, so
 * plurals follow the language's rules ("1 account", "2 accounts"; French 0 is singular; Japanese
 * has one form). Numbers a message writes itself (`#`) follow the account's locale, like every
 * other number on the deck.
 */
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import type { MessageKey } from './catalogue.ts';
import { isolate } from './bidi-isolate.ts';
import { CATALOGUES, textDirection, type Language } from './languages.ts';

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const translators = new Map<string, Translate>();

/** The translator for a language, writing numbers in `locale` (default: the language's own); made once. */
export function translator(language: Language, locale: string = CATALOGUES[language].locale): Translate {
  const cacheKey = `${language} ${locale}`;
  let t = translators.get(cacheKey);
  if (!t) translators.set(cacheKey, (t = makeTranslator(language, locale)));
  return t;
}

function makeTranslator(language: Language, locale: string): Translate {
  const { messages } = CATALOGUES[language];
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const formatters: Formatters = {
    // The message's own locale is the language; numbers take the account's locale instead.
    getNumberFormat: (_locales, options) => {
      const key = JSON.stringify(options ?? {});
      let format = numberFormats.get(key);
      if (!format)
        numberFormats.set(key, (format = new Intl.NumberFormat(locale, options as Intl.NumberFormatOptions)));
      return format;
    },
    getDateTimeFormat: (_locales, options) => new Intl.DateTimeFormat(locale, options),
    getPluralRules: (locales, options) => new Intl.PluralRules(locales, options),
  };
  const rightToLeft = textDirection(language) === 'rtl';
  return (key, params) => {
    let message = compiled.get(key);
    if (!message)
      compiled.set(
        key,
        (message = new IntlMessageFormat(messages[key], language, undefined, { formatters, ignoreTag: true })),
      );
    return String(message.format(rightToLeft && params ? isolated(params) : params));
  };
}

/**
 * Right-to-left text with a Latin name, an email or a figure put into it: each text put in is
 * isolated (bidi-isolate.ts), so "Acme Inc." keeps its full stop at its end and the sentence around
 * it keeps its order, in the page, the PDF and the PowerPoint alike. A single word needs none, and a
 * select's key (`met`, a quarter's `3`) must stay as it is.
 */
function isolated(params: MessageParams): MessageParams {
  const put = (value: string) => (/^[\p{L}\p{N}_]*$/u.test(value) ? value : isolate(value));
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? put(value) : value]),
  );
}

type LastPart<K extends string> = K extends `${string}.${infer Rest}` ? LastPart<Rest> : K;

/**
 * Several messages at once, each under the last part of its key: the `words` object a template
 * reads (`wordsOf(t, ['scorecard.promise'])` -> `{ promise: 'Promise' }`).
 */
export function wordsOf<K extends MessageKey>(
  t: Translate,
  keys: readonly K[],
  params?: MessageParams,
): { [P in K as LastPart<P>]: string } {
  return Object.fromEntries(keys.map((key) => [key.slice(key.lastIndexOf('.') + 1), t(key, params)])) as {
    [P in K as LastPart<P>]: string;
  };
}
