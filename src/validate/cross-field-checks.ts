/**
 * The account file's rules that span fields: unique promise ids, `completed` with `done`,
 * renewal after start. zod runs an object's refinements only when all its fields parse, so a
 * file with one mistyped value would hide these until it was fixed. They are written once,
 * here, over the raw data (any part of the wrong shape is skipped: its own issue is reported
 * by the schema), and run both by the schema and by validateSource on a file that fails it.
 */
import { isCalendarDate } from './written-forms.ts';
import type { PathSegment } from '../load/position.ts';

/** One broken rule: where, and what is wrong. */
export interface FieldIssue {
  path: PathSegment[];
  message: string;
}

type Fields = Record<string, unknown>;

const fieldsOf = (value: unknown): Fields | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : undefined);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Every cross-field rule the account data breaks. */
export function crossFieldIssues(data: unknown): FieldIssue[] {
  const account = fieldsOf(data);
  if (!account) return [];
  return [...duplicatePromiseIds(account.promises), ...doneWithoutCompleted(account.commitments), ...renewalNotAfterStart(account.contract)];
}

function duplicatePromiseIds(promises: unknown): FieldIssue[] {
  const first = new Map<string, number>();
  return listOf(promises).flatMap((promise, i) => {
    const id = fieldsOf(promise)?.id;
    if (typeof id !== 'string') return [];
    const earlier = first.get(id);
    if (earlier === undefined) return first.set(id, i), [];
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
