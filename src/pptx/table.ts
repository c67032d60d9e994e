/**
 * Native tables in the deck's table style (deck.css `.table`): a small capitalised head over a
 * strong rule, rows over thin rules, no vertical lines. Row heights are estimated from the
 * text so what follows a table can be placed under it.
 */
import type { PptxContext } from './context.ts';
import type * as P from './pptxgenjs.ts';
import { COLORS, hex, inch, points, type TextStyle } from './style.ts';
import { lineSpacing, runOptions, runsWidth, type Run } from './text.ts';
import { textHeight, textWidth } from './text-fit.ts';

/** A cell: its paragraphs (each a list of runs), and how it is aligned. */
export interface Cell {
  lines: Run[][];
  align?: 'left' | 'right';
}

export const cell = (lines: Run[][], align?: 'left' | 'right'): Cell => ({
  lines: lines.filter((l) => l.some((r) => r.text !== '')),
  ...(align ? { align } : {}),
});
export const textCell = (text: string, style: TextStyle, align?: 'left' | 'right'): Cell =>
  cell([[{ text, style }]], align);

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
  /** Its columns already put right to left (addTable does it for a right-to-left deck). */
  reversed?: boolean;
}

/** The space right of a cell's text, in pixels. */
const CELL_RIGHT = 12;

const HEAD: TextStyle = { size: 13, bold: true, color: COLORS.muted, caps: true };
const NONE = { type: 'none' as const };

/**
 * A line of a cell wraps as its text in its largest, boldest type would in proportionally more
 * room: runs of smaller or lighter type ("55 h" then "target 60 h") take less than that type.
 */
function lineHeight(line: Run[], width: number): number {
  const text = line.map((r) => r.text).join('');
  const size = Math.max(...line.map((r) => r.style.size));
  const bold = line.some((r) => r.style.bold);
  const share = runsWidth(line) / (textWidth(text, size, bold) || 1);
  return textHeight([text], width / (share || 1), size, { lineHeight: 1.25, gap: 0, bold });
}

const cellHeight = (c: Cell, width: number) => c.lines.reduce((sum, line) => sum + lineHeight(line, width), 0);

function tableCell(c: Cell, context: PptxContext, border: P.TableCell['options'], padding: number): P.TableCell {
  const runs: P.TextProps[] = c.lines.flatMap((line, l) =>
    line.map((run, i) => ({
      text: run.style.caps ? run.text.toLocaleUpperCase(context.deck.lang) : run.text,
      options: {
        ...runOptions(run.style, context),
        ...(i === line.length - 1 && l < c.lines.length - 1 ? { breakLine: true } : {}),
      },
    })),
  );
  const right = CELL_RIGHT / 96;
  return {
    text: runs.length ? runs : '',
    options: {
      ...border,
      valign: 'top',
      align: c.align ?? 'left',
      margin: [padding / 96, right, padding / 96, 0],
      lineSpacingMultiple: lineSpacing(1.25),
    } as P.TableCell['options'],
  };
}

const scaled = (rows: Cell[][], factor: number): Cell[][] =>
  rows.map((row) =>
    row.map((c) => ({
      ...c,
      lines: c.lines.map((line) =>
        line.map((r) => ({ ...r, style: { ...r.style, size: Math.round(r.style.size * factor) } })),
      ),
    })),
  );

const rowHeight = (row: Cell[], columns: number[], padding: number) =>
  Math.max(...row.map((c, i) => cellHeight(c, (columns[i] ?? 100) - CELL_RIGHT))) + 2 * padding + 1;

/**
 * How wide a column must be for its widest line (runs side by side) to stay on one line, from
 * `min` to `max` pixels: a status or a figure that is longer in one language than another
 * ("▲ Gefährdet", "Erledigt am 10. Nov. 2026") takes the room from the column of free text.
 */
export function columnWidth(lines: Run[][], min: number, max: number): number {
  // A tenth more than the estimate: LibreOffice's stand-in for Calibri, bold, is wider still.
  const widest = Math.max(0, ...lines.map((line) => runsWidth(line) * 1.1));
  return Math.round(Math.min(max, Math.max(min, widest + CELL_RIGHT)));
}

/** Adds a table with `head` (or none) over `rows`; returns its estimated height in pixels. */
export function addTable(
  slide: P.Slide,
  context: PptxContext,
  head: string[] | null,
  rows: Cell[][],
  layout: TableLayout,
): number {
  // Right to left, the first column stands on the right: the columns are reversed here, and the
  // table, with every other shape, moved to the other side when the file is finished (mirror-slide.ts).
  if (context.deck.dir === 'rtl' && !layout.reversed) {
    const columns = [...layout.columns].reverse();
    return addTable(
      slide,
      context,
      head && [...head].reverse(),
      rows.map((row) => [...row].reverse()),
      { ...layout, columns, reversed: true },
    );
  }
  const padding = layout.padding ?? 9;
  if (layout.maxHeight) {
    const room = layout.maxHeight - (head ? HEAD.size * 1.25 + 2 * padding + 2 : 0);
    const fits = (factor: number) =>
      scaled(rows, factor).reduce(
        (sum, row) => sum + rowHeight(row, layout.columns, Math.round(padding * factor)),
        0,
      ) <= room;
    const factor = [1, 0.92, 0.85, 0.78, 0.7].find(fits) ?? 0.7;
    return addTable(slide, context, head, scaled(rows, factor), {
      ...layout,
      maxHeight: undefined,
      padding: Math.round(padding * factor),
    });
  }
  const rule = (color: string, width: number) => ({ type: 'solid' as const, pt: points(width), color: hex(color) });
  const border = (bottom: ReturnType<typeof rule> | typeof NONE) =>
    ({ border: [NONE, NONE, bottom, NONE] }) as P.TableCell['options'];
  const heights: number[] = [];
  const tableRows: P.TableRow[] = [];
  if (head) {
    tableRows.push(
      head.map((text) =>
        tableCell({ lines: [[{ text, style: HEAD }]] }, context, border(rule(COLORS.ruleStrong, 2)), padding),
      ),
    );
    heights.push(HEAD.size * 1.25 + 2 * padding + 2);
  }
  for (const row of rows) {
    tableRows.push(
      row.map((c) => tableCell(c, context, border(layout.rules === false ? NONE : rule(COLORS.rule, 1)), padding)),
    );
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
