/**
 * A name for a one-line place on a right-to-left slide (the summary's promises, the promises that
 * moved), as markup: each Latin run in it ("(First-time fix rate)") an atom, `.latin` in deck.css,
 * so a name too long for its line loses the run whole before the ellipsis. Cut as plain text, the
 * ellipsis falls at the line's left end, inside the Latin run, and shows its tail: "…x rate)".
 */
import { escapeMarkup } from '../escape-markup.ts';
import { Markup } from './markdown.ts';

/** A Latin run: from an opening bracket or a Latin letter to the last Latin letter, digit or stop before other script, with its closing bracket. */
const LATIN_RUN = /[([]?\p{Script=Latin}(?:[^\p{Script=Arabic}\p{Script=Hebrew}]*[\p{Script=Latin}\p{N}.])?[)\]]?/gu;

/** `text` as markup; right to left, its Latin runs wrapped in `<span class="latin">`. */
export function nameMarkup(text: string, dir: 'ltr' | 'rtl'): Markup {
  if (dir === 'ltr') return new Markup(escapeMarkup(text));
  let markup = '';
  let at = 0;
  for (const run of text.matchAll(LATIN_RUN)) {
    markup += `${escapeMarkup(text.slice(at, run.index))}<span class="latin">${escapeMarkup(run[0])}</span>`;
    at = run.index + run[0].length;
  }
  return new Markup(markup + escapeMarkup(text.slice(at)));
}
