/** The comparison as plain lines for a terminal, in the style of `import --dry-run`. */
import type { AccountChange } from './account-change.ts';
import type { RevisionComparison } from './compare-revision.ts';
import { fitReport } from './fit-report.ts';
import { bySeverity, countLine, figureCount, healthLine } from './report-lines.ts';

const side = (value: string | number | null) => (value === null ? '–' : String(value));

/** Every account's lines, then the counts; `maxBytes` cuts it at an account's end. */
export function changesText(report: RevisionComparison, maxBytes?: number): string {
  const sections = report.changes.toSorted(bySeverity).map(section);
  const note = (omitted: number) => `… ${omitted} more not shown (trimmed to ${maxBytes} bytes)\n`;
  const last = `${countLine(report)} Against ${report.base}.\n`;
  return fitReport('', sections, maxBytes === undefined ? undefined : maxBytes - Buffer.byteLength(last), note) + last;
}

function section(change: AccountChange): string {
  const lines = [
    `${change.account} (${change.file}): ${change.kind}, reviewed for ${change.quarter}`,
    `  ${healthLine(change).toLowerCase()}`,
    ...change.promises.map((p) => `  promise ${p.id}: ${side(p.from)} → ${side(p.to)}`),
    ...change.signalsRaised.map((s) => `  signal raised: ${s.id}: ${s.detail}`),
    ...change.signalsCleared.map((s) => `  signal cleared: ${s.id}`),
    ...(change.kind !== 'changed'
      ? [`  ${figureCount(change.figures.length)}`]
      : change.figures.map((f) =>
          f.kind === 'added'
            ? `  + ${f.label}: ${f.after}`
            : f.kind === 'removed'
              ? `  - ${f.label}: ${f.before}`
              : `  ~ ${f.label}: ${f.before} → ${f.after}`,
        )),
  ];
  return lines.map((l) => `${l}\n`).join('');
}
