/**
 * What the finishing passes write into a deck's PDF, shared by the in-place edit
 * (finish-pdf.ts) and the thorough pass (finish-pdf-with-pdf-lib.ts), so neither imports the other.
 */

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The data's cut-off date (ISO), used as creation and modification date. */
  date: string;
  /** The headings the bookmarks are made from, as written (see finish-pdf.ts's `bookmarksAsWritten`). */
  headings?: string[];
}

/**
 * The heading a bookmark's title was made from, compared by its characters in any order, without
 * white space or bidi controls (two headings of one deck never share all their letters); undefined for none.
 */
export function headingLookup(headings: string[]): (title: string) => string | undefined {
  const bare = (text: string) => [...text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '')].sort().join('');
  const written = new Map(headings.map((heading) => [bare(heading), heading]));
  return (title) => written.get(bare(title));
}
