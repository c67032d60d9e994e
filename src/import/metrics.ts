/**
 * The figures an import can write, and where each goes in an account file: a promise's
 * actual, a value entry, or a field of a quarter's adoption or support entry.
 */
import type { Account } from '../validate/account-schema.ts';

/** Seats and support fields, in the order the account file writes them. */
export const ADOPTION_FIELDS = ['licensed', 'active'] as const;
export const SUPPORT_FIELDS = ['tickets', 'resolved', 'sla_breaches', 'first_response_hours', 'csat'] as const;

/** Every metric that is not a promise id; `value` before a promise of that id. */
export const FIXED_METRICS = [
  'value',
  ...ADOPTION_FIELDS.map((f) => `adoption.${f}`),
  ...SUPPORT_FIELDS.map((f) => `support.${f}`),
] as const;

/** Where one figure goes. */
export type Target =
  | { kind: 'actual'; promise: string; quarter: string }
  | { kind: 'value'; quarter: string; description: string | undefined }
  | { kind: 'field'; section: 'adoption' | 'support'; quarter: string; field: string };

/** The metrics an account accepts: the fixed ones and its promise ids. */
export function accountMetrics(account: Account): string[] {
  return [...FIXED_METRICS, ...account.promises.map((p) => p.id)];
}

/** The target of `metric` for `account`, or null when it is not one of the account's metrics. */
export function targetOf(metric: string, quarter: string, note: string | undefined, account: Account): Target | null {
  if (metric === 'value') return { kind: 'value', quarter, description: note };
  const [section, field] = metric.split('.');
  if (section === 'adoption' && (ADOPTION_FIELDS as readonly string[]).includes(field!))
    return { kind: 'field', section, quarter, field: field! };
  if (section === 'support' && (SUPPORT_FIELDS as readonly string[]).includes(field!))
    return { kind: 'field', section, quarter, field: field! };
  return account.promises.some((p) => p.id === metric) ? { kind: 'actual', promise: metric, quarter } : null;
}

/** How a change reads in the dry run: `promises.downtime.actuals 2026-Q4`, `adoption 2026-Q4.active`. */
export function targetLabel(target: Target): string {
  switch (target.kind) {
    case 'actual':
      return `promises.${target.promise}.actuals ${target.quarter}`;
    case 'value':
      return target.description === undefined
        ? `value ${target.quarter}`
        : `value ${target.quarter} "${target.description}"`;
    case 'field':
      return `${target.section} ${target.quarter}.${target.field}`;
  }
}

/** One key per place in the file: two figures with the same key write the same number. */
export function targetKey(target: Target): string {
  return JSON.stringify(target);
}

/** The order figures are written in, so new entries get their keys in the file's usual order. */
export function targetOrder(a: Target, b: Target): number {
  const rank = (t: Target) => (t.kind === 'actual' ? 0 : t.kind === 'value' ? 1 : t.section === 'adoption' ? 2 : 3);
  const field = (t: Target) =>
    t.kind === 'field' ? [...ADOPTION_FIELDS, ...SUPPORT_FIELDS].indexOf(t.field as never) : 0;
  return rank(a) - rank(b) || a.quarter.localeCompare(b.quarter) || field(a) - field(b);
}
