/**
 * Text put into a right-to-left message, isolated so it keeps its own order and the sentence
 * around it keeps its: "Acme Inc." keeps its full stop at its end, a figure its sign.
 */

const ISOLATES = { auto: '\u2068', ltr: '\u2066', rtl: '\u2067' } as const;
const CLOSE = '\u2069';
const OPENERS = /[\u2066-\u2068]/;
const LETTER = /\p{L}/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The first letter of `text`, and whether it stands inside an isolate `text` already holds. */
function firstLetter(text: string): { letter: string; nested: boolean } | null {
  let depth = 0;
  for (const char of text) {
    if (OPENERS.test(char)) depth++;
    else if (char === CLOSE) depth = Math.max(0, depth - 1);
    else if (LETTER.test(char)) return { letter: char, nested: depth > 0 };
  }
  return null;
}

/**
 * An abbreviation's full stop before a closing bracket ("… Manufacturing Co.)") with a
 * left-to-right mark after it: else the bidirectional algorithm gives the stop to the Arabic or
 * Hebrew around it, and the name reads "(.Manufacturing Co".
 */
export const keepLatinStops = (text: string) => text.replace(/(?<=\p{Script=Latin})\.(?=[)\]])/gu, '.\u200e');

/**
 * FSI ... PDI, which takes its direction from the first letter outside any isolate within; a text
 * that opens with a message already isolated ("⁨Value so far⁩: ⁨$666,000⁩") has none there and
 * would be laid out left to right, label and figure swapped, so it is given its direction outright.
 */
export function isolate(value: string): string {
  const text = keepLatinStops(value);
  const first = firstLetter(text);
  const kind = !first?.nested ? 'auto' : RIGHT_TO_LEFT.test(first.letter) ? 'rtl' : 'ltr';
  return `${ISOLATES[kind]}${text}${CLOSE}`;
}

/** Data shown as written (a heading, a table's cell) in a page of `dir`: right to left, its Latin stops kept. */
export const asWritten = (text: string, dir: 'ltr' | 'rtl') => (dir === 'rtl' ? keepLatinStops(text) : text);
