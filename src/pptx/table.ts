/**
 * Native tables in the deck's table style (deck.css `.table`): a small capitalised head over a
 * strong rule, rows over thin rules, no vertical lines. Row heights are estimated from the
 * text so what follows a table can be placed under it.
 */
import type { PptxContext } from './context.ts';
import type * as P from './pptxgenjs.ts';
import { COLORS, hex, inch, points, type TextStyle } from './style.ts';
import { lineSpacing, runOptions, type Run } from './text.ts';
import { textHeight } from './text-fit.ts';

/** A cell: its paragraphs (each a list of runs), and how it is aligned. */
export interface Cell {
  lines: Run[][];
  align?: 'left' | 'right';
}

export const cell = (lines: Run[][], align?: 'left' | 'right'): Cell => ({ lines: lines.filter((l) => l.some((r) => r.text !== '')), ...(align ? { align } : {}) });
export const textCell = (text: string, style: TextStyle, align?: 'left' | 'right'): Cell => cell([[{ text, style }]], align);

export interface TableLayout {
  x: number;
  y: number;
  /** Column widths in pixels. */
  columns: number[];
  /** Padding above and below the text of each row (default 9). */
  padding?: number;
  /** Whether rows are separated by rules (default yes). */
  rules?: boolean;
  /** The most room it may take: its type is made smaller (to 70% at most) to fit. */
  maxHeight?: number;
}

const HEAD: TextStyle = { size: 13, bold: true, color: COLORS.muted, caps: true };
const NONE = { type: 'none' as const };

function cellHeight(c: Cell, width: number): number {
  return c.lines.reduce((sum, line) => sum + textHeight([line.map((r) => r.text).join('')], width, Math.max(...line.map((r) => r.style.size)), { lineHeight: 1.25, gap: 0, bold: line.some((r) => r.style.bold) }), 0);
}

function tableCell(c: Cell, context: PptxContext, border: P.TableCell['options'], padding: number): P.TableCell {
  const runs: P.TextProps[] = c.lines.flatMap((line, l) =>
    line.map((run, i) => ({
      text: run.style.caps ? run.text.toLocaleUpperCase(context.deck.lang) : run.text,
      options: { ...runOptions(run.style, context), ...(i === line.length - 1 && l < c.lines.length - 1 ? { breakLine: true } : {}) },
    })),
  );
  const right = 12 / 96;
  return {
    text: runs.length ? runs : '',
    options: { ...border, valign: 'top', align: c.align ?? 'left', margin: [padding / 96, right, padding / 96, 0], lineSpacingMultiple: lineSpacing(1.25) } as P.TableCell['options'],
  };
}

const scaled = (rows: Cell[][], factor: number): Cell[][] =>
  rows.map((row) => row.map((c) => ({ ...c, lines: c.lines.map((line) => line.map((r) => ({ ...r, style: { ...r.style, size: Math.round(r.style.size * factor) } }))) })));

const rowHeight = (row: Cell[], columns: number[], padding: number) => Math.max(...row.map((c, i) => cellHeight(c, (columns[i] ?? 100) - 12))) + 2 * padding + 1;

/** Adds a table with `head` (or none) over `rows`; returns its estimated height in pixels. */
export function addTable(slide: P.Slide, context: PptxContext, head: string[] | null, rows: Cell[][], layout: TableLayout): number {
  const padding = layout.padding ?? 9;
  if (layout.maxHeight) {
    const room = layout.maxHeight - (head ? HEAD.size * 1.25 + 2 * padding + 2 : 0);
    const fits = (factor: number) => scaled(rows, factor).reduce((sum, row) => sum + rowHeight(row, layout.columns, padding * factor), 0) <= room;
    const factor = [1, 0.92, 0.85, 0.78, 0.7].find(fits) ?? 0.7;
    return addTable(slide, context, head, scaled(rows, factor), { ...layout, maxHeight: undefined, padding: Math.round(padding * factor) });
  }
  const rule = (color: string, width: number) => ({ type: 'solid' as const, pt: points(width), color: hex(color) });
  const border = (bottom: ReturnType<typeof rule> | typeof NONE) => ({ border: [NONE, NONE, bottom, NONE] }) as P.TableCell['options'];
  const heights: number[] = [];
  const tableRows: P.TableRow[] = [];
  if (head) {
    tableRows.push(head.map((text) => tableCell({ lines: [[{ text, style: HEAD }]] }, context, border(rule(COLORS.ruleStrong, 2)), padding)));
    heights.push(HEAD.size * 1.25 + 2 * padding + 2);
  }
  for (const row of rows) {
    tableRows.push(row.map((c) => tableCell(c, context, border(layout.rules === false ? NONE : rule(COLORS.rule, 1)), padding)));
    heights.push(rowHeight(row, layout.columns, padding));
  }
  slide.addTable(tableRows, {
    x: inch(layout.x),
    y: inch(layout.y),
    w: inch(layout.columns.reduce((a, b) => a + b, 0)),
    colW: layout.columns.map(inch),
    rowH: heights.map(inch),
    autoPage: false,
  } as P.TableProps);
  return heights.reduce((a, b) => a + b, 0);
}
