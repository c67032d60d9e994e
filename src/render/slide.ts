/** The view model of one slide: ready strings for a template that never computes. */
export type SlideKind =
  | 'title'
  | 'agenda'
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
  | 'coverage';

export interface Slide {
  kind: SlideKind;
  /** The slide's title and its PDF bookmark. */
  heading: string;
  /** Its agenda line, when not the heading: a slide of several pages has one line. */
  section?: string;
  /** An account-team page, never in the customer's copy. */
  internal?: boolean;
  /** Filled in once every slide is known. */
  number?: number;
  /** Classes for its length of text, on its `<section>` (src/render/slide-fit.ts); set with the number. */
  fit?: string;
  [field: string]: unknown;
}

/** Splits `items` into pages of at most `size`, headed "Title (2 of 3)" when more than one. */
export function paginate<T>(items: T[], size: number, heading: string, make: (page: T[], heading: string) => Slide): Slide[] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.map((page, i) => ({ ...make(page, pages.length > 1 ? `${heading} (${i + 1} of ${pages.length})` : heading), section: heading }));
}
