/** The promise scorecard (templates/slides/scorecard.hbs) as a native table. */
import type { scorecardRow } from '../../render/promise-view.ts';
import { addHeading, contentTop, slideWords, statusRuns } from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { COLORS, PAGE, TEXT } from '../style.ts';
import { addTable, cell, columnWidth, textCell } from '../table.ts';
import { addText } from '../text.ts';

/** Widths of the six columns, 1152 pixels in all: the promise takes a third (deck.css), less a long status. */
const COLUMNS = [369, 140, 155, 150, 150, 188];
const SUB = { size: 14, color: COLORS.muted };

export const scorecardSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const words = slideWords(view, ['promise', 'atSale', 'target', 'latest', 'attainment', 'status', 'note']);
  const rows = (view.rows as Array<ReturnType<typeof scorecardRow>> | undefined) ?? [];
  const top = contentTop(view);
  const statuses = rows.map((r) => statusRuns(r.status, r.statusWord, 17));
  const status = columnWidth(statuses, COLUMNS[5]!, 260); // "○ Pas encore de données" on one line
  const columns = [COLUMNS[0]! - (status - COLUMNS[5]!), ...COLUMNS.slice(1, 5), status];
  const height = addTable(
    slide,
    context,
    [words.promise, words.atSale, words.target, words.latest, words.attainment, words.status],
    rows.map((r, i) => [
      cell([
        [{ text: r.name, style: { size: 17, bold: true } }],
        [{ text: [r.direction, r.source].filter(Boolean).join(' · '), style: SUB }],
      ]),
      textCell(r.baseline, { size: 17 }),
      cell([[{ text: r.target, style: { size: 17 } }], [{ text: r.dueLine, style: SUB }]]),
      cell([[{ text: r.latest, style: { size: 17, bold: true } }], [{ text: r.latestQuarter, style: SUB }]]),
      textCell(r.attainment, { size: 17 }),
      cell([statuses[i]!]),
    ]),
    { x: PAGE.left, y: top, columns, maxHeight: PAGE.bottom - top - 44 },
  );
  addText(
    slide,
    context,
    words.note,
    { x: PAGE.left, y: Math.min(top + height + 20, PAGE.bottom - 24), w: 1152, h: 24 },
    TEXT.note,
  );
  return [];
};
