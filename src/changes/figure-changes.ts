/**
 * The figures of two versions of an account file, compared: every promise actual, value entry
 * and adoption or support field, named as `import --dry-run` names them. Pure.
 */
import { ADOPTION_FIELDS, SUPPORT_FIELDS, targetLabel, type Target } from '../import/metrics.ts';
import type { Account } from '../validate/account-schema.ts';

/** One figure that is new, different or gone; `before`/`after` null where it is absent. */
export interface FigureChange {
  kind: 'added' | 'changed' | 'removed';
  label: string;
  before: number | null;
  after: number | null;
}

/** Every figure of an account by its label, in the file's order; value entries of one quarter and description summed. */
export function accountFigures(account: Account): Map<string, number> {
  const figures = new Map<string, number>();
  const put = (target: Target, value: number | undefined) => {
    if (value === undefined) return;
    const label = targetLabel(target);
    figures.set(label, (target.kind === 'value' ? (figures.get(label) ?? 0) : 0) + value);
  };
  for (const p of account.promises) {
    for (const [quarter, value] of Object.entries(p.actuals)) put({ kind: 'actual', promise: p.id, quarter }, value);
  }
  for (const v of account.value) put({ kind: 'value', quarter: v.quarter, description: v.description }, v.amount);
  for (const [quarter, entry] of Object.entries(account.adoption)) {
    for (const field of ADOPTION_FIELDS) put({ kind: 'field', section: 'adoption', quarter, field }, entry[field]);
  }
  for (const [quarter, entry] of Object.entries(account.support)) {
    for (const field of SUPPORT_FIELDS) put({ kind: 'field', section: 'support', quarter, field }, entry[field]);
  }
  return figures;
}

/** The figures added, changed and removed from `before` to `after` (either may be absent: an account added or removed). */
export function figureChanges(before: Account | null, after: Account | null): FigureChange[] {
  const then = before ? accountFigures(before) : new Map<string, number>();
  const now = after ? accountFigures(after) : new Map<string, number>();
  const changes: FigureChange[] = [];
  for (const [label, value] of now) {
    const old = then.get(label);
    if (old === undefined) changes.push({ kind: 'added', label, before: null, after: value });
    else if (old !== value) changes.push({ kind: 'changed', label, before: old, after: value });
  }
  for (const [label, value] of then) {
    if (!now.has(label)) changes.push({ kind: 'removed', label, before: value, after: null });
  }
  return changes;
}
