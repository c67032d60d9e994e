/**
 * The account file's rules that span fields: unique promise ids, `completed` with `done`,
 * renewal after start, no negative counts or durations. zod runs an object's refinements only when all its fields parse, so a
 * file with one mistyped value would hide these until it was fixed. They are written once,
 * here, over the raw data (any part of the wrong shape is skipped: its own issue is reported
 * by the schema), and run both by the schema and by validateSource on a file that fails it.
 */
import { isCalendarDate } from '../calendar/written-forms.ts';
import type { PathSegment } from '../load/position.ts';

/** One broken rule: where, and what is wrong. */
export interface FieldIssue {
  path: PathSegment[];
  message: string;
}

type Fields = Record<string, unknown>;

/** The value as an object's fields, or undefined when it is not a plain object. */
export const fieldsOf = (value: unknown): Fields | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : undefined;
/** The value as a list; anything else as an empty one. */
export const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Every cross-field rule the account data breaks. */
export function crossFieldIssues(data: unknown): FieldIssue[] {
  const account = fieldsOf(data);
  if (!account) return [];
  return [
    ...duplicatePromiseIds(account.promises),
    ...doneWithoutCompleted(account.commitments),
    ...renewalNotAfterStart(account.contract),
    ...negativeAmounts(account.promises),
  ];
}

/** Units that count or measure time: a value below zero is a slip (a sign, a column), never a measurement. */
export const NEVER_NEGATIVE: ReadonlySet<string> = new Set(['count', 'hours', 'days', 'minutes']);

/** A promise in one of those units: its baseline, target and every actual at least zero. */
function negativeAmounts(promises: unknown): FieldIssue[] {
  return listOf(promises).flatMap((promise, i) => {
    const fields = fieldsOf(promise);
    if (typeof fields?.unit !== 'string' || !NEVER_NEGATIVE.has(fields.unit)) return [];
    const unit = fields.unit;
    const below = (path: PathSegment[], value: unknown) =>
      typeof value === 'number' && value < 0
        ? [{ path, message: `must be at least 0 (${unit} cannot be negative), got ${value}` }]
        : [];
    const actuals = Object.entries(fieldsOf(fields.actuals) ?? {}).flatMap(([quarter, value]) =>
      below(['promises', i, 'actuals', quarter], value),
    );
    return [
      ...below(['promises', i, 'baseline'], fields.baseline),
      ...below(['promises', i, 'target'], fields.target),
      ...actuals,
    ];
  });
}

function duplicatePromiseIds(promises: unknown): FieldIssue[] {
  const first = new Map<string, number>();
  return listOf(promises).flatMap((promise, i) => {
    const id = fieldsOf(promise)?.id;
    if (typeof id !== 'string') return [];
    const earlier = first.get(id);
    if (earlier === undefined) return (first.set(id, i), []);
    return [{ path: ['promises', i, 'id'], message: `duplicate promise id "${id}" (also promises[${earlier}])` }];
  });
}

function doneWithoutCompleted(commitments: unknown): FieldIssue[] {
  return listOf(commitments).flatMap((commitment, i) => {
    const fields = fieldsOf(commitment);
    if (fields?.status !== 'done' || fields.completed !== undefined) return [];
    return [{ path: ['commitments', i, 'completed'], message: 'is required when status is done' }];
  });
}

function renewalNotAfterStart(contract: unknown): FieldIssue[] {
  const { start, renewal } = fieldsOf(contract) ?? {};
  const isDate = (value: unknown): value is string => typeof value === 'string' && isCalendarDate(value);
  if (!isDate(start) || !isDate(renewal) || renewal > start) return [];
  return [{ path: ['contract', 'renewal'], message: 'must be after contract.start' }];
}
