/** What the text and Markdown reports of `changes` say alike: the counts, the health line, the order. */
import type { AccountChange } from './account-change.ts';
import type { RevisionComparison } from './compare-revision.ts';

/** `3 accounts changed (1 added, 0 removed), 996 unchanged.` */
export function countLine({ changes, unchanged, failures }: RevisionComparison): string {
  const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
  const accounts = (n: number) => `${n} ${n === 1 ? 'account' : 'accounts'}`;
  const invalid = failures.length > 0 ? `, ${accounts(failures.length)} invalid` : '';
  return `${accounts(changes.length)} changed (${count('added')} added, ${count('removed')} removed)${invalid}, ${unchanged} unchanged.`;
}

/** `1 figure`, `12 figures`. */
export function figureCount(n: number): string {
  return `${n} ${n === 1 ? 'figure' : 'figures'}`;
}

/** `Health 65 → 48 (−17)`; a side without a summary is a dash. */
export function healthLine({ health }: AccountChange): string {
  const side = (h: number | null) => (h === null ? '–' : String(h));
  if (health.before === null || health.after === null) return `Health ${side(health.before)} → ${side(health.after)}`;
  const delta = health.after - health.before;
  return `Health ${health.before} → ${health.after} (${delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : 'no change'})`;
}

/** The largest fall in health first, then by file: what a reviewer should read first. */
export function bySeverity(a: AccountChange, b: AccountChange): number {
  const delta = (c: AccountChange) =>
    c.health.before === null || c.health.after === null ? 0 : c.health.after - c.health.before;
  return delta(a) - delta(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
