/**
 * Every word the portfolio page and its PDF write, in one place, so the page can move into the
 * language catalogues as a whole. English for now; counts take their plural from
 * Intl.PluralRules, never from an `s` glued on.
 */

/** The locale the page writes numbers, money and dates in. */
export const PORTFOLIO_LOCALE = 'en-US';

const plurals = new Intl.PluralRules(PORTFOLIO_LOCALE);

/** "1 account", "2 accounts": the form Intl.PluralRules picks for `n`. */
export function countWord(n: number, forms: { one: string; other: string }): string {
  return `${n} ${plurals.select(n) === 'one' ? forms.one : forms.other}`;
}

export const PORTFOLIO_WORDS = {
  lang: 'en',
  title: (quarter: string) => `Portfolio, ${quarter}`,
  subject: (quarter: string) => `Every account's health, contract value and renewal for ${quarter}`,
  kicker: (quarter: string) => `Quarterly business reviews · ${quarter}`,
  heading: 'Portfolio',
  /** The printed pages' footer; `{page}` and `{pages}` are filled in by the printer. */
  footer: (quarter: string) => ({ left: `Portfolio · ${quarter}`, right: 'Page {page} of {pages}' }),
  accounts: (n: number) => countWord(n, { one: 'account', other: 'accounts' }),
  belowFifty: (n: number) => `${n} with health below 50`,
  signalsRaised: (n: number) => countWord(n, { one: 'signal raised', other: 'signals raised' }),
  failedCount: (n: number) => `${n} failed`,
  notStartedCount: (n: number) => `${n} not started`,
  asOf: (date: string) => `data as of ${date}`,
  stakesHeading: 'At stake',
  currency: 'Currency',
  contractValue: 'Annual contract value',
  valueBelowFifty: 'Of accounts with health below 50',
  renewingSoon: (first: string, last: string, until: string) => `Renewing in ${first}–${last} (by ${until})`,
  noTotals: 'No contract values on file.',
  accountsHeading: 'Accounts',
  ownerFilter: 'Owner',
  allOwners: 'All owners',
  noOwner: 'No owner',
  showing: (shown: number, total: number) => `Showing ${shown} of ${countWord(total, { one: 'account', other: 'accounts' })}.`,
  sortHint: 'Sort by any column: choose its heading.',
  worstFirst: 'Worst health first.',
  columns: {
    account: 'Account',
    owner: 'Owner',
    contractValue: 'Annual value',
    renewal: 'Renewal',
    health: 'Health',
    change: (quarter: string) => `Change since ${quarter}`,
    promises: 'Promises met or on track',
    value: 'Value against price',
    adoption: 'Adoption',
    signals: 'Signals',
    decks: 'Decks',
  },
  ofTotal: (done: number, total: number) => `${done} of ${total}`,
  valueFor: (delivered: string, invested: string) => `${delivered} for ${invested}`,
  times: (ratio: string) => `${ratio}×`,
  none: 'None',
  missing: '–',
  noChange: 'no change',
  up: (n: string) => `↑ ${n}`,
  down: (n: string) => `↓ ${n}`,
  renewsSoon: 'renews soon',
  renewalPassed: 'date passed',
  failed: 'Failed',
  notStarted: (date: string, quarter: string) => `Not started: the contract starts ${date} (${quarter})`,
  links: { pdf: 'PDF', html: 'HTML', json: 'JSON', internalPdf: 'Internal PDF', internalHtml: 'Internal HTML' },
};
