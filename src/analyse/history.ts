/**
 * The quarters before the one under review, each summarised by summariseQuarter: the previous
 * quarter for what changed, the health line of the last eight quarters, and how long each
 * signal has been raised. Pure, like the summary.
 */
import type { Account } from '../validate/account-schema.ts';
import type { Language } from '../i18n/languages.ts';
import { quarterOfDate, type FiscalYear } from '../calendar/fiscal-year.ts';
import { addQuarters, compareQuarters, type Quarter } from '../calendar/quarter.ts';
import { summariseQuarter } from './summarise.ts';
import type { QuarterSummary, SignalId } from './summary-schema.ts';
import type { Thresholds } from './thresholds.ts';

/** Quarters of health the portfolio draws, the quarter under review included. */
export const HEALTH_HISTORY_QUARTERS = 8;

/** A signal raised in the quarter under review: for `quarters` in a row, the first being `since`. */
export interface SignalStreak {
  id: SignalId;
  quarters: number;
  since: Quarter;
}

/**
 * The summaries before `now`, newest first, back to the contract's start quarter: at least the
 * seven the health line needs, and on while any of `now`'s signals was still raised.
 */
export function earlierSummaries(
  account: Account,
  now: QuarterSummary,
  thresholds: Thresholds,
  language: Language,
  fiscalYear: FiscalYear,
): QuarterSummary[] {
  const start = quarterOfDate(account.contract.start, fiscalYear);
  const open = new Set(now.signals.map((s) => s.id));
  const earlier: QuarterSummary[] = [];
  for (let q = addQuarters(now.quarter, -1); compareQuarters(q, start) >= 0; q = addQuarters(q, -1)) {
    if (earlier.length >= HEALTH_HISTORY_QUARTERS - 1 && open.size === 0) break;
    const summary = summariseQuarter(account, q, thresholds, language, fiscalYear);
    const raised = new Set(summary.signals.map((s) => s.id));
    for (const id of open) if (!raised.has(id)) open.delete(id);
    earlier.push(summary);
  }
  return earlier;
}

/** Health in the last eight quarters (fewer in a young contract), oldest first. */
export function healthHistory(
  now: QuarterSummary,
  earlier: QuarterSummary[],
): Array<{ quarter: Quarter; health: number }> {
  return [now, ...earlier.slice(0, HEALTH_HISTORY_QUARTERS - 1)]
    .reverse()
    .map((s) => ({ quarter: s.quarter, health: s.health }));
}

/** Each signal of `now`: how many quarters in a row it has been raised, and since which. */
export function signalStreaks(now: QuarterSummary, earlier: QuarterSummary[]): SignalStreak[] {
  return now.signals.map(({ id }) => {
    let since = now.quarter;
    for (const summary of earlier) {
      if (!summary.signals.some((s) => s.id === id)) break;
      since = summary.quarter;
    }
    return { id, quarters: compareQuarters(now.quarter, since) + 1, since };
  });
}
