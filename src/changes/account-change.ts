/**
 * One account file in two versions, each summarised for the same quarter by summariseQuarter:
 * health before and after, promise statuses, signals raised and cleared, and the figures that
 * differ. Pure.
 */
import { contractStartQuarter } from '../analyse/review-quarter.ts';
import type { FiscalYear } from '../calendar/fiscal-year.ts';
import { compareQuarters, type Quarter } from '../calendar/quarter.ts';
import { summariseQuarter } from '../analyse/summarise.ts';
import type { PromiseStatus, QuarterSummary, Signal } from '../analyse/summary-schema.ts';
import type { Thresholds } from '../analyse/thresholds.ts';
import type { Account } from '../validate/account-schema.ts';
import { figureChanges, type FigureChange } from './figure-changes.ts';

/** What a reviewer must see of one account: absent sides (added, removed, not started by then) are null. */
export interface AccountChange {
  account: string;
  name: string;
  /** The file, relative to the working directory. */
  file: string;
  kind: 'added' | 'removed' | 'changed';
  quarter: Quarter;
  health: { before: number | null; after: number | null };
  promises: Array<{ id: string; name: string; from: PromiseStatus | null; to: PromiseStatus | null }>;
  signalsRaised: Array<Pick<Signal, 'id' | 'detail'>>;
  signalsCleared: Array<Pick<Signal, 'id' | 'detail'>>;
  figures: FigureChange[];
}

export interface CompareOptions {
  /** The quarter both versions are summarised for; default: the one the newer file is reviewed at. */
  quarter: Quarter;
  thresholds: Thresholds;
  fiscalYear: FiscalYear;
}

/** `before` and `after` compared; at least one of them is there. */
export function compareAccount(
  file: string,
  before: Account | null,
  after: Account | null,
  options: CompareOptions,
): AccountChange {
  const either = (after ?? before)!;
  const then = summaryAt(before, options);
  const now = summaryAt(after, options);
  const ids = (s: QuarterSummary | null) => new Set(s?.signals.map((x) => x.id));
  const raisedThen = ids(then);
  const raisedNow = ids(now);
  return {
    account: either.id,
    name: either.name,
    file,
    kind: before === null ? 'added' : after === null ? 'removed' : 'changed',
    quarter: options.quarter,
    health: { before: then?.health ?? null, after: now?.health ?? null },
    promises: promiseChanges(then, now),
    signalsRaised: (now?.signals ?? []).filter((s) => !raisedThen.has(s.id)).map(({ id, detail }) => ({ id, detail })),
    signalsCleared: (then?.signals ?? []).filter((s) => !raisedNow.has(s.id)).map(({ id, detail }) => ({ id, detail })),
    figures: figureChanges(before, after),
  };
}

/** The summary of one version, or null when there is none or its contract starts after the quarter. */
function summaryAt(
  account: Account | null,
  { quarter, thresholds, fiscalYear }: CompareOptions,
): QuarterSummary | null {
  if (account === null || compareQuarters(quarter, contractStartQuarter(account, fiscalYear)) < 0) return null;
  return summariseQuarter(account, quarter, thresholds, 'en', fiscalYear);
}

/** Promises whose status differs, matched by id; one added or removed goes from or to null. */
function promiseChanges(then: QuarterSummary | null, now: QuarterSummary | null): AccountChange['promises'] {
  const before = new Map(then?.promises.map((p) => [p.id, p]));
  const after = new Map(now?.promises.map((p) => [p.id, p]));
  const ids = [...new Set([...after.keys(), ...before.keys()])];
  return ids.flatMap((id) => {
    const from = before.get(id)?.status ?? null;
    const to = after.get(id)?.status ?? null;
    return from === to ? [] : [{ id, name: (after.get(id) ?? before.get(id))!.name, from, to }];
  });
}
