/**
 * Everything the deck shows beside the summary: last quarter's figures for the change since
 * then, and the series behind each chart. Pure, like the summary.
 */
import { deckLocale, type Language } from '../i18n/languages.ts';
import type { Account, Commitment } from '../validate/account-schema.ts';
import { STAKEHOLDER_ROLES } from '../validate/account-schema.ts';
import { commitmentStates, type CommitmentState } from './commitment-state.ts';
import { actualsUpTo } from './promise.ts';
import { dataLag, type DataLag } from './review-quarter.ts';
import { CALENDAR_YEAR, quarterOfDate, type FiscalYear } from '../calendar/fiscal-year.ts';
import { addQuarters, compareQuarters, entriesUpTo, quarterRange, type Quarter } from '../calendar/quarter.ts';
import { earlierSummaries, healthHistory, signalStreaks, type SignalStreak } from './history.ts';
import { withPrevious } from './since-previous.ts';
import { summariseQuarter, valueBlock } from './summarise.ts';
import type { PromiseResult, QuarterSummary, Summary } from './summary-schema.ts';
import type { Thresholds } from './thresholds.ts';

/** A promise's chart: actuals by quarter, from the contract's start to the later of Q and due. */
export interface PromiseSeries {
  result: PromiseResult;
  quarters: Quarter[];
  actuals: Array<number | null>;
  /** From the latest actual to the due quarter; empty when the due quarter has passed. */
  projection: Array<number | null>;
}

export interface QuarterPoint<T> {
  quarter: Quarter;
  value: T;
}

/** The quarter under review with everything its deck needs. */
export interface AccountReview {
  account: Account;
  /** The language of the deck's words: the account's, else the config's. */
  language: Language;
  /** The locale of its numbers and dates: the account's, else the language's usual one. */
  locale: string;
  /** The thresholds the signals were raised by, for the slides that state them. */
  thresholds: Thresholds;
  summary: Summary;
  /** The previous quarter's summary; null in the contract's first quarter. */
  previous: QuarterSummary | null;
  /** Health in the last eight quarters (fewer in a young contract), oldest first, Q last. */
  healthHistory: Array<{ quarter: Quarter; health: number }>;
  /** Each signal raised in Q: for how many quarters in a row, since which. */
  signalStreaks: SignalStreak[];
  promiseSeries: PromiseSeries[];
  /** Cumulative value delivered against cumulative fees, per contract quarter up to Q. */
  valueSeries: Array<QuarterPoint<{ delivered: number; invested: number }>>;
  adoptionSeries: Array<QuarterPoint<{ licensed: number; active: number }>>;
  supportSeries: Array<QuarterPoint<Account['support'][string]>>;
  commitments: Array<{ commitment: Commitment; state: CommitmentState }>;
  /** The commitments agreed at the last review or since (from the previous quarter to Q), where each stood at the end of Q. */
  agreedSinceLast: Array<{ commitment: Commitment; state: CommitmentState }>;
  /** Touchpoints in each of the last four quarters (the rhythm asked for is touchpoints_min a year). */
  touchpointsByQuarter: Array<QuarterPoint<number>>;
  coverage: Array<{ role: (typeof STAKEHOLDER_ROLES)[number]; people: Account['stakeholders'] }>;
  /** Set when Q is more than one quarter past the latest data (a warning on the internal pages). */
  dataLag: DataLag | null;
}

/**
 * `language`: the deck's (see deckLanguage), in which the signals' sentences are written;
 * `fiscalYear`: the calendar quarters are counted in (default: calendar quarters).
 */
export function reviewAccount(
  account: Account,
  quarter: Quarter,
  thresholds: Thresholds,
  language: Language = 'en',
  fiscalYear: FiscalYear = CALENDAR_YEAR,
): AccountReview {
  const startQuarter = quarterOfDate(account.contract.start, fiscalYear);
  const quarterOf = (date: string) => quarterOfDate(date, fiscalYear);
  const upToQ = <T>(byQuarter: Record<string, T>) =>
    entriesUpTo(byQuarter, quarter).map(([q, value]) => ({ quarter: q, value }));
  const now = summariseQuarter(account, quarter, thresholds, language, fiscalYear);
  const earlier = earlierSummaries(account, now, thresholds, language, fiscalYear);
  const summary = withPrevious(now, earlier[0] ?? null, account.commitments, fiscalYear);
  const states = commitmentStates(account.commitments, quarter, fiscalYear);
  return {
    account,
    language,
    locale: deckLocale(account, language),
    thresholds,
    summary,
    previous: earlier[0] ?? null,
    healthHistory: healthHistory(now, earlier),
    signalStreaks: signalStreaks(now, earlier),
    promiseSeries: account.promises.map((p, i) => promiseSeries(p, summary.promises[i]!, startQuarter, quarter)),
    valueSeries: valueSeries(account, startQuarter, quarter),
    adoptionSeries: upToQ(account.adoption),
    supportSeries: upToQ(account.support),
    commitments: states
      // Done ones are news only in the quarter they were completed; open and overdue ones always are.
      .filter(({ commitment, state }) => state !== 'done' || quarterOf(commitment.completed!) === quarter),
    agreedSinceLast: states.filter(
      ({ commitment }) =>
        commitment.agreed !== undefined && compareQuarters(commitment.agreed, addQuarters(quarter, -1)) >= 0,
    ),
    touchpointsByQuarter: quarterRange(addQuarters(quarter, -3), quarter).map((q) => ({
      quarter: q,
      value: account.touchpoints.filter((t) => quarterOf(t.date) === q).length,
    })),
    coverage: STAKEHOLDER_ROLES.map((role) => ({ role, people: account.stakeholders.filter((s) => s.role === role) })),
    dataLag: dataLag(account, quarter),
  };
}

function promiseSeries(
  p: Account['promises'][number],
  result: PromiseResult,
  startQuarter: Quarter,
  quarter: Quarter,
): PromiseSeries {
  const last = compareQuarters(p.due, quarter) > 0 ? p.due : quarter;
  const quarters = quarterRange(startQuarter, last);
  const known = new Map(actualsUpTo(p, quarter));
  const actuals = quarters.map((q) => known.get(q) ?? null);
  const showProjection =
    result.latest_quarter !== null && result.projected !== null && compareQuarters(p.due, quarter) > 0;
  const projection = quarters.map((q) => {
    if (!showProjection) return null;
    if (q === result.latest_quarter) return result.latest;
    if (q === p.due) return result.projected;
    return null;
  });
  return { result, quarters, actuals, projection };
}

/** The summary's value block at each quarter: one definition of delivered and paid. */
function valueSeries(account: Account, startQuarter: Quarter, quarter: Quarter): AccountReview['valueSeries'] {
  return quarterRange(startQuarter, quarter).map((q) => {
    const { delivered, invested } = valueBlock(account, q, startQuarter);
    return { quarter: q, value: { delivered, invested } };
  });
}
