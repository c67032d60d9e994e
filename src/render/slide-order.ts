/**
 * The customer's slides in the order `slides:` lists them (config, or the account's own list).
 * A kind left out is not shown; a kind with nothing to show makes no slide; a kind of several
 * pages (the scorecard, custom slides) keeps its pages together where the kind stands.
 */
import type { CustomerSlideKind } from '../validate/slide-list.ts';
import type { Slide } from './slide.ts';

/** Each kind's slides (none, one or several); the agenda is made from the others' lines. */
export type SlideMakers = { [K in Exclude<CustomerSlideKind, 'agenda'>]: () => Slide[] } & {
  agenda: (items: string[]) => Slide;
};

/** The slides of `order`, each kind's in turn; the agenda lists every section shown after the title. */
export function orderSlides(order: readonly CustomerSlideKind[], make: SlideMakers): Slide[] {
  const made = order.map((kind) => (kind === 'agenda' ? [] : make[kind]()));
  const items = agendaItems(made.filter((_, i) => order[i] !== 'title').flat());
  return order.flatMap((kind, i) => (kind === 'agenda' ? [make.agenda(items)] : made[i]!));
}

/** One line per section, in order: the pages of one section (same line, one after another) are named once. */
export function agendaItems(slides: readonly Slide[]): string[] {
  const lines = slides.map((slide) => slide.title);
  return lines.filter((line, i) => line !== lines[i - 1]);
}
