/** The view model of one slide: ready strings for a template that never computes. */
import type { Translate } from '../i18n/translator.ts';

export type SlideKind =
  | 'title'
  | 'agenda'
  | 'since-last'
  | 'summary'
  | 'success'
  | 'scorecard'
  | 'promise-charts'
  | 'value'
  | 'adoption'
  | 'support'
  | 'commitments'
  | 'together'
  | 'ahead'
  | 'custom'
  | 'health'
  | 'signals'
  | 'contacts-and-risks';

/** What a slide builder fills in: its kind and the fields its template reads. */
export interface SlideBody {
  kind: SlideKind;
  /** An account-team page, never in the customer's copy. */
  internal?: boolean;
  /** Classes for its length of text, on its `<section>` (src/render/slide-fit.ts); set with the number. */
  fit?: string;
  [field: string]: unknown;
}

export interface Slide extends SlideBody {
  /** What the slide is about, in the deck's language: its agenda line. */
  title: string;
  /** The slide's top line and PDF bookmark: the title, with "(2 of 3)" when it runs over several slides. */
  heading: string;
  /** Filled in once every slide is known. */
  number?: number;
}

/** A slide that fits on one page: its heading is its title. */
export function single(title: string, body: SlideBody): Slide {
  return { ...body, title, heading: title };
}

/** Splits `items` into pages of at most `size`, headed "Title (2 of 3)" when more than one. */
export function paginate<T>(
  items: T[],
  size: number,
  title: string,
  t: Translate,
  make: (page: T[]) => SlideBody,
): Slide[] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.map((page, i) => ({
    ...make(page),
    title,
    heading: pages.length > 1 ? t('deck.pagedHeading', { title, page: i + 1, pages: pages.length }) : title,
  }));
}
