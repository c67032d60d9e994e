/**
 * Stage 3, analyse: a validated account and a quarter in, the contract's summary out, with the
 * quarter before it summarised by the same function for what changed since. Pure.
 */
import { createFormatter } from '../format.ts';
import { deckLocale, type Language } from '../i18n/languages.ts';
import type { Account } from '../validate/account-schema.ts';
import { commitmentStates } from './commitment-state.ts';
import { contractAge } from './contract-age.ts';
import { healthScore } from './health.ts';
import { assessPromise } from './promise.ts';
import { CALENDAR_YEAR, quarterEnd, quarterOfDate, type FiscalYear } from '../calendar/fiscal-year.ts';
import {
  addQuarters,
  compareQuarters,
  daysBetween,
  entriesUpTo,
  quarterIndex,
  type Quarter,
} from '../calendar/quarter.ts';
import { detectSignals } from './signals.ts';
import { withPrevious } from './since-previous.ts';
import type { QuarterSummary, Summary } from './summary-schema.ts';
import type { Thresholds } from './thresholds.ts';

/**
 * The summary of `quarter` with `previous` and `changes`: the quarter before summarised by
 * summariseQuarter too (both null in the contract's first quarter).
 * `language`: the deck's, in which the signals' sentences are written (default English);
 * `fiscalYear`: the calendar quarters are counted in (default: calendar quarters).
 */
export function summarise(
  account: Account,
  quarter: Quarter,
  thresholds: Thresholds,
  language: Language = 'en',
  fiscalYear: FiscalYear = CALENDAR_YEAR,
): Summary {
  const now = summariseQuarter(account, quarter, thresholds, language, fiscalYear);
  const first = compareQuarters(quarter, quarterOfDate(account.contract.start, fiscalYear)) <= 0;
  const then = first ? null : summariseQuarter(account, addQuarters(quarter, -1), thresholds, language, fiscalYear);
  return withPrevious(now, then, account.commitments, fiscalYear);
}

/** One quarter's figures, signals and health, without the comparison to the quarter before. */
export function summariseQuarter(
  account: Account,
  quarter: Quarter,
  thresholds: Thresholds,
  language: Language = 'en',
  fiscalYear: FiscalYear = CALENDAR_YEAR,
): QuarterSummary {
  const startQuarter = quarterOfDate(account.contract.start, fiscalYear);
  const asOf = quarterEnd(quarter, fiscalYear);
  const promises = account.promises.map((p) => assessPromise(p, quarter, startQuarter));
  const value = valueBlock(account, quarter, startQuarter);
  const adoption = latestAdoption(account, quarter);
  const support = supportOf(account, quarter);
  const lastTouch = account.touchpoints
    .map((t) => t.date)
    .filter((d) => d <= asOf)
    .sort()
    .at(-1);
  const engagement = engagementBlock(account, quarter, asOf, lastTouch, fiscalYear);
  const age = contractAge(account.contract.start, startQuarter, quarter, asOf, lastTouch);
  const states = commitmentStates(account.commitments, quarter, fiscalYear);
  const count = (state: string) => states.filter((s) => s.state === state).length;
  const brokenCommitments = states
    .filter((s) => s.state === 'overdue' && s.commitment.owner === 'vendor')
    .map((s) => s.commitment.description);
  const format = createFormatter(deckLocale(account, language), account.currency, language);
  const signals = detectSignals(
    { promises, value, adoption, support, engagement, brokenCommitments, age },
    thresholds,
    format,
  );
  return {
    account: account.id,
    name: account.name,
    quarter,
    as_of: asOf,
    currency: account.currency,
    promises,
    value,
    adoption,
    support,
    engagement,
    commitments: { done: count('done'), open: count('open'), overdue: count('overdue'), dropped: count('dropped') },
    signals,
    health: healthScore(promises, signals),
  };
}

/** Cumulative value and fees: fees are a quarter of the annual value per contract quarter. */
export function valueBlock(account: Account, quarter: Quarter, startQuarter: Quarter): Summary['value'] {
  const delivered = account.value
    .filter((v) => compareQuarters(v.quarter, quarter) <= 0)
    .reduce((sum, v) => sum + v.amount, 0);
  const quarters = quarterIndex(quarter) - quarterIndex(startQuarter) + 1;
  const invested = (account.contract.annual_value / 4) * quarters;
  return { delivered, invested, roi: delivered / invested };
}

function latestAdoption(account: Account, quarter: Quarter): Summary['adoption'] {
  const entry = entriesUpTo(account.adoption, quarter).at(-1);
  if (!entry) return null;
  const [q, { licensed, active }] = entry;
  return { quarter: q, licensed, active, rate: licensed === 0 ? null : active / licensed };
}

function supportOf(account: Account, quarter: Quarter): Summary['support'] {
  const entry = account.support[quarter];
  if (!entry) return null;
  return {
    quarter,
    tickets: entry.tickets ?? null,
    resolved: entry.resolved ?? null,
    sla_breaches: entry.sla_breaches ?? null,
    first_response_hours: entry.first_response_hours ?? null,
    csat: entry.csat ?? null,
  };
}

function engagementBlock(
  account: Account,
  quarter: Quarter,
  asOf: string,
  last: string | undefined,
  fiscalYear: FiscalYear,
): Summary['engagement'] {
  const firstOfWindow = quarterIndex(addQuarters(quarter, -3));
  const end = quarterIndex(quarter);
  const recent = account.touchpoints.filter((t) => {
    const q = quarterIndex(quarterOfDate(t.date, fiscalYear));
    return q >= firstOfWindow && q <= end;
  });
  return {
    touchpoints_last_4_quarters: recent.length,
    days_since_last_touch: last === undefined ? null : daysBetween(last, asOf),
    stakeholders: account.stakeholders.length,
    has_executive_sponsor: account.stakeholders.some((s) => s.role === 'executive_sponsor'),
  };
}
