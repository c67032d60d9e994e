/**
 * The portfolio table's columns: each heading, and for a sortable one what the line above the
 * table says once the reader sorts by it ("Sorted by “Health”, lowest first."), in the page's
 * words. The page's script only swaps those lines in.
 *
 * Annual values are sorted within their currency, the currencies in code order whichever way:
 * qbr knows no exchange rates, and €100,000 is not less than $120,000 at face value.
 */
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Translate } from '../i18n/translator.ts';

/** How a column's values compare: as words, as ISO dates, as numbers, or as amounts within their currency. */
type SortKind = 'text' | 'date' | 'number' | 'amount';

interface ColumnSpec {
  /** The heading's message, or the heading itself when it needs parameters. */
  heading: MessageKey | { text: string };
  className?: string;
  /** Not sortable when absent. */
  sort?: SortKind;
}

const CAPTIONS: Record<SortKind, [MessageKey, MessageKey]> = {
  text: ['portfolio.sorted.textAscending', 'portfolio.sorted.textDescending'],
  date: ['portfolio.sorted.dateAscending', 'portfolio.sorted.dateDescending'],
  number: ['portfolio.sorted.numberAscending', 'portfolio.sorted.numberDescending'],
  amount: ['portfolio.sorted.amountAscending', 'portfolio.sorted.amountDescending'],
};

/** A column as the template writes its heading. */
export interface ColumnView {
  label: string;
  className: string;
  sort: { type: 'number' | 'text'; ascending: string; descending: string } | null;
}

function column({ heading, className = '', sort }: ColumnSpec, t: Translate): ColumnView {
  const label = typeof heading === 'string' ? t(heading) : heading.text;
  if (!sort) return { label, className, sort: null };
  const [up, down] = CAPTIONS[sort];
  return {
    label,
    className,
    // ISO dates compare as text, in order.
    sort: {
      type: sort === 'number' || sort === 'amount' ? 'number' : 'text',
      ascending: t(up, { column: label }),
      descending: t(down, { column: label }),
    },
  };
}

/** The table's columns in order; `changeHeading` names the quarter the change is since. */
export function portfolioColumns(t: Translate, changeHeading: string): ColumnView[] {
  const specs: ColumnSpec[] = [
    { heading: 'portfolio.column.account', className: 'col-account', sort: 'text' },
    { heading: 'portfolio.column.owner', className: 'col-owner', sort: 'text' },
    { heading: 'portfolio.column.contractValue', className: 'num', sort: 'amount' },
    { heading: 'portfolio.column.renewal', className: 'col-renewal', sort: 'date' },
    { heading: 'portfolio.column.health', className: 'num', sort: 'number' },
    { heading: { text: changeHeading }, sort: 'number' },
    { heading: 'portfolio.column.promises', sort: 'number' },
    { heading: 'portfolio.column.value', sort: 'number' },
    { heading: 'portfolio.column.adoption', className: 'num', sort: 'number' },
    { heading: 'portfolio.column.signals', className: 'col-signals', sort: 'number' },
    { heading: 'portfolio.column.trend', className: 'col-trend' },
    { heading: 'portfolio.column.decks', className: 'col-links' },
  ];
  return specs.map((spec) => column(spec, t));
}
