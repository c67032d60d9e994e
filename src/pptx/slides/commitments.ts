/** What we committed to (templates/slides/commitments.hbs) as a native table. */
import { addHeading, contentTop, slideWords, statusRuns } from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { PAGE } from '../style.ts';
import { addTable, cell, columnWidth, textCell } from '../table.ts';

interface Row {
  description: string;
  owner: string;
  due: string;
  state: string;
  stateWord: string;
}

/** Owner and due date; the description takes a little over half (deck.css `.commitments`), less a long status. */
const COLUMNS = { owner: 220, due: 160, status: 212, all: 1152 };

export const commitmentsSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const words = slideWords(view, ['what', 'owner', 'due', 'status']);
  const rows = (view.rows as Row[] | undefined) ?? [];
  const statuses = rows.map((r) => statusRuns(r.state, r.stateWord, 17));
  const status = columnWidth(statuses, COLUMNS.status, 340); // "✔ Erledigt am 10. Nov. 2026" on one line
  addTable(
    slide,
    context,
    [words.what, words.owner, words.due, words.status],
    rows.map((r, i) => [
      textCell(r.description, { size: 17 }),
      textCell(r.owner, { size: 17 }),
      textCell(r.due, { size: 17 }),
      cell([statuses[i]!]),
    ]),
    {
      x: PAGE.left,
      y: contentTop(view),
      columns: [COLUMNS.all - COLUMNS.owner - COLUMNS.due - status, COLUMNS.owner, COLUMNS.due, status],
      maxHeight: PAGE.bottom - contentTop(view),
    },
  );
  return [];
};
