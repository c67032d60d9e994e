/**
 * Figures dated before the contract starts: an account has nothing to measure before it was
 * sold, so such a quarter is a slip (a year, a column). One rule for `--check` and `import`, in
 * the same words. Which quarter a start date falls in depends on the config's fiscal calendar,
 * so the rule runs beside the account schema (which has no calendar), not inside it.
 */
import { type FiscalYear, quarterOfDate } from '../calendar/fiscal-year.ts';
import { compareQuarters, type Quarter } from '../calendar/quarter.ts';
import { isCalendarDate, QUARTER_PATTERN } from '../calendar/written-forms.ts';
import type { PathSegment } from '../load/position.ts';
import { type FieldIssue, fieldsOf, listOf } from './cross-field-checks.ts';

/** `2024-Q4 is before acme's contract starts (2025-Q1)`: import says it at the row, `--check` at the line. */
export function beforeContractMessage(quarter: Quarter, id: string, start: Quarter): string {
  return `${quarter} is before ${id}'s contract starts (${start})`;
}

/**
 * Every figure an import could have written (a promise's actual, a value entry, a quarter's
 * adoption or support) in a quarter before the one `contract.start` falls in. `id`: the
 * account's, for the message. Parts of the wrong shape are skipped: the schema reports them.
 */
export function figuresBeforeContract(data: unknown, id: string, fiscalYear: FiscalYear): FieldIssue[] {
  const account = fieldsOf(data);
  const start = fieldsOf(account?.contract)?.start;
  if (!account || typeof start !== 'string' || !isCalendarDate(start)) return [];
  const startQuarter = quarterOfDate(start, fiscalYear);
  const early = (path: PathSegment[], quarter: unknown): FieldIssue[] =>
    typeof quarter === 'string' && QUARTER_PATTERN.test(quarter) && compareQuarters(quarter, startQuarter) < 0
      ? [{ path, message: beforeContractMessage(quarter, id, startQuarter) }]
      : [];
  const keyed = (path: PathSegment[], byQuarter: unknown) =>
    Object.keys(fieldsOf(byQuarter) ?? {}).flatMap((quarter) => early([...path, quarter], quarter));
  return [
    ...listOf(account.promises).flatMap((promise, i) => keyed(['promises', i, 'actuals'], fieldsOf(promise)?.actuals)),
    ...listOf(account.value).flatMap((entry, i) => early(['value', i, 'quarter'], fieldsOf(entry)?.quarter)),
    ...keyed(['adoption'], account.adoption),
    ...keyed(['support'], account.support),
  ];
}
