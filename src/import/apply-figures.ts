/**
 * One account's figures written into its file's text, each as added, changed or unchanged,
 * and the result checked with the account schema. A problem with the result is reported at
 * the CSV cell whose figure caused it.
 */
import { isDeepStrictEqual } from 'node:util';
import { DataError } from '../errors.ts';
import { MAX_FILE_BYTES, parseSource } from '../load/source-file.ts';
import { accountSchema } from '../validate/account-schema.ts';
import type { LoadedAccount } from '../validate/load-account.ts';
import { validateSource } from '../validate/validate-source.ts';
import type { ImportIssue } from './import-error.ts';
import { targetLabel, targetOrder, type Target } from './metrics.ts';
import { editText, type FigureWrite } from './yaml-edit.ts';

/** A figure bound for a place in an account file, with the CSV cell it came from. */
export interface PlannedFigure {
  target: Target;
  value: number;
  origin: { file: string; line: number; unit?: 'row' | undefined; column: string };
}

/** What importing one figure does. */
export interface FigureChange {
  kind: 'added' | 'changed' | 'unchanged';
  /** `promises.downtime.actuals 2026-Q4` */
  label: string;
  before: number | undefined;
  after: number;
}

export interface AppliedFigures {
  text: string;
  changes: FigureChange[];
  issues: ImportIssue[];
}

/** The file's plain data, as parsed: shaped like an account, checked before and after. */
// biome-ignore lint/suspicious/noExplicitAny: the data is checked with the schema before and after; typing each step would only restate it
type Data = Record<string, any>;

/** `shownAs`: the account file's path as messages show it. */
export function applyFigures(loaded: LoadedAccount, figures: PlannedFigure[], shownAs: string): AppliedFigures {
  const { account, source } = loaded;
  // A file saved with Windows line endings throughout keeps them: edited with \n, then restored.
  const crlf = source.text.includes('\r\n') && !/(^|[^\r])\n/.test(source.text);
  let text = crlf ? source.text.replaceAll('\r\n', '\n') : source.text;
  const original = text;
  const changes: FigureChange[] = [];
  const issues: ImportIssue[] = [];
  const sorted = figures.toSorted((a, b) => targetOrder(a.target, b.target));
  // Each figure has a place of its own (duplicates are refused before), so what one writes is
  // never another's `before`: all are read from the data as loaded, and written in one pass.
  const data = source.data as Data;
  const writes: Array<{ figure: PlannedFigure; write: FigureWrite }> = [];
  for (const figure of sorted) {
    const before = currentValue(data, figure.target);
    const kind = before === undefined ? 'added' : before === figure.value ? 'unchanged' : 'changed';
    changes.push({ kind, label: targetLabel(figure.target), before, after: figure.value });
    if (kind !== 'unchanged')
      writes.push({
        figure,
        write: writeOf(
          data,
          figure,
          account.promises.findIndex((p) => p.id === (figure.target as { promise?: string }).promise),
        ),
      });
  }
  text = editText(
    text,
    writes.map((w) => w.write),
    (index, error) => {
      issues.push({ ...writes[index]!.figure.origin, message: `cannot be written into ${shownAs}: ${error.message}` });
    },
    // The load's parse places the edits too, unless the line endings were changed for them.
    crlf ? undefined : source.document,
  );
  if (issues.length === 0 && text !== original) issues.push(...checkResult(loaded, text, sorted, shownAs));
  const result = crlf ? text.replaceAll('\n', '\r\n') : text;
  if (issues.length === 0 && result !== source.text) issues.push(...sizeIssue(result, sorted, shownAs));
  return { text: result, changes, issues };
}

/**
 * Loading refuses a file over MAX_FILE_BYTES (src/load/source-file.ts), so a result over it
 * would fail `--check` and every later import. Named at the figure with the longest note: a
 * number adds a few bytes, a note may add a megabyte.
 */
function sizeIssue(text: string, figures: PlannedFigure[], shownAs: string): ImportIssue[] {
  const size = Buffer.byteLength(text);
  if (size <= MAX_FILE_BYTES) return [];
  const noteOf = (f: PlannedFigure) => (f.target.kind === 'value' ? (f.target.description?.length ?? 0) : 0);
  const cause = figures.reduce((a, b) => (noteOf(b) > noteOf(a) ? b : a));
  return [
    {
      ...cause.origin,
      message: `would make ${shownAs} ${size} bytes; an account file may be at most ${MAX_FILE_BYTES}`,
    },
  ];
}

function writeOf(data: Data, { target, value }: PlannedFigure, promiseIndex: number): FigureWrite {
  switch (target.kind) {
    case 'actual':
      return { path: ['promises', promiseIndex, 'actuals', target.quarter], value, style: { flowFrom: Infinity } };
    case 'field':
      return { path: [target.section, target.quarter, target.field], value, style: { flowFrom: 1 } };
    case 'value': {
      const index = valueIndex(data, target);
      if (index >= 0) return { path: ['value', index, 'amount'], value, style: { flowFrom: Infinity } };
      return { entry: { quarter: target.quarter, amount: value, description: target.description } };
    }
  }
}

/** The number the file holds at a target now, if any. */
function currentValue(data: Data, target: Target): number | undefined {
  switch (target.kind) {
    case 'actual':
      return (data.promises as Data[]).find((p) => p.id === target.promise)?.actuals?.[target.quarter];
    case 'field':
      return data[target.section]?.[target.quarter]?.[target.field];
    case 'value':
      return (data.value as Data[] | undefined)?.[valueIndex(data, target)]?.amount;
  }
}

/** A value entry is the same entry when its quarter and description are. */
function valueIndex(data: Data, target: Target & { kind: 'value' }): number {
  const list = (data.value ?? []) as Data[];
  return list.findIndex(
    (v) => v.quarter === target.quarter && (v.description?.trim() || undefined) === target.description,
  );
}

/** The new text must pass `--check` and hold exactly the old data with the figures set. */
function checkResult(loaded: LoadedAccount, text: string, figures: PlannedFigure[], shownAs: string): ImportIssue[] {
  const { source } = loaded;
  let result: Data;
  try {
    const parsed = parseSource(text, shownAs, source.absolutePath);
    validateSource(parsed, accountSchema);
    result = parsed.data as Data;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.issues.map((issue) => {
      const cause = figures.find((f) => related(pathOf(f.target, loaded), issue.path));
      const message = `would leave ${shownAs} invalid at ${issue.path}: ${issue.message}`;
      return cause
        ? { ...cause.origin, message }
        : {
            file: shownAs,
            line: issue.line,
            col: issue.column,
            message: `${issue.path}: ${issue.message} (after the import)`,
          };
    });
  }
  const expected = structuredClone(source.data) as Data;
  for (const figure of figures) setExpected(expected, figure);
  if (!sameData(expected, result))
    throw new Error(`qbr bug: the import's edit of ${shownAs} does not hold the data it should`);
  return [];
}

function setExpected(data: Data, { target, value }: PlannedFigure): void {
  if (target.kind === 'actual') {
    const promise = (data.promises as Data[]).find((p) => p.id === target.promise)!;
    (promise.actuals ??= {})[target.quarter] = value;
  } else if (target.kind === 'field') {
    ((data[target.section] ??= {})[target.quarter] ??= {})[target.field] = value;
  } else {
    const index = valueIndex(data, target);
    if (index >= 0) data.value[index].amount = value;
    else
      (data.value ??= []).push({
        quarter: target.quarter,
        amount: value,
        ...(target.description === undefined ? {} : { description: target.description }),
      });
  }
}

/** Value entries are inserted in quarter order, so their order is compared as a set. */
function sameData(a: Data, b: Data): boolean {
  const entries = (d: Data) => ((d.value ?? []) as unknown[]).map((v) => JSON.stringify(v)).sort();
  return isDeepStrictEqual({ ...a, value: entries(a) }, { ...b, value: entries(b) });
}

function pathOf(target: Target, { account }: LoadedAccount): string {
  if (target.kind === 'actual')
    return `promises[${account.promises.findIndex((p) => p.id === target.promise)}].actuals.${target.quarter}`;
  if (target.kind === 'field') return `${target.section}.${target.quarter}.${target.field}`;
  return `value`;
}

/** The issue is at the figure's place, beside it in the same entry, or above it. */
function related(figurePath: string, issuePath: string): boolean {
  const parent = figurePath.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  return (
    issuePath === figurePath ||
    issuePath.startsWith(`${parent}.`) ||
    issuePath.startsWith(`${parent}[`) ||
    figurePath.startsWith(issuePath)
  );
}
