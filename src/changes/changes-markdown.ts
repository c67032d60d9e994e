/**
 * The comparison as GitHub-flavoured Markdown, for a pull request's job summary and comment:
 * per account health before and after, promise statuses, signals raised and cleared, and the
 * figures (folded away), biggest fall in health first.
 */
import { markdownTable } from 'markdown-table';
import { translator } from '../i18n/translator.ts';
import type { AccountChange } from './account-change.ts';
import type { RevisionComparison } from './compare-revision.ts';
import { fitReport } from './fit-report.ts';
import { bySeverity, countLine, figureCount, healthLine } from './report-lines.ts';

const t = translator('en');
const MISSING = '–';

/** Text in a table cell: a pipe would end the cell, a line break the row. */
const cell = (text: string) =>
  text
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text: string) => `\`${text.replaceAll('`', "'")}\``;
const status = (s: string | null) => (s === null ? MISSING : t(`status.${s}` as never));

/** The Markdown; `maxBytes` cuts it at an account's end with a line saying how many were left out. */
export function changesMarkdown(report: RevisionComparison, maxBytes?: number): string {
  const head = `## qbr: account changes against ${code(report.base)}\n\n${countLine(report)}\n`;
  const sections = report.changes.toSorted(bySeverity).map(section);
  const note = (omitted: number) =>
    `\n_Trimmed to stay under ${maxBytes} bytes: ${omitted} more ${omitted === 1 ? 'account is' : 'accounts are'} not shown. ` +
    `Run ${code(`npm run qbr -- changes --base ${report.base}`)} to see every change._\n`;
  return fitReport(head, sections, maxBytes, note);
}

function section(change: AccountChange): string {
  const parts = [
    `\n### ${cell(change.name)} (${code(change.account)}): ${change.kind}, ${change.quarter}\n`,
    `\n**${healthLine(change)}**\n`,
  ];
  if (change.promises.length > 0) {
    parts.push(
      `\n${markdownTable([['Promise', 'Before', 'After'], ...change.promises.map((p) => [cell(p.name), status(p.from), status(p.to)])])}\n`,
    );
  }
  const signals = [
    ...change.signalsRaised.map((s) => `- Raised: **${t(`signalTitle.${s.id}`)}**. ${cell(s.detail)}`),
    ...change.signalsCleared.map((s) => `- Cleared: **${t(`signalTitle.${s.id}`)}**`),
  ];
  if (signals.length > 0) parts.push(`\n${signals.join('\n')}\n`);
  parts.push(figures(change));
  return parts.join('');
}

function figures(change: AccountChange): string {
  if (change.figures.length === 0) return '\nNo figure added, changed or removed.\n';
  // A whole file added or removed: its figures are the file itself, not news to list one by one.
  if (change.kind !== 'changed') return `\n${figureCount(change.figures.length)} ${change.kind}.\n`;
  const count = (kind: string) => change.figures.filter((f) => f.kind === kind).length;
  const summary = (['added', 'changed', 'removed'] as const).map((kind) => `${count(kind)} ${kind}`).join(', ');
  const rows = change.figures.map((f) => [
    cell(f.label),
    f.before === null ? MISSING : String(f.before),
    f.after === null ? MISSING : String(f.after),
  ]);
  return `\n<details><summary>Figures: ${summary}</summary>\n\n${markdownTable([['Figure', 'Before', 'After'], ...rows], { align: ['l', 'r', 'r'] })}\n\n</details>\n`;
}
