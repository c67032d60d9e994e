/** What we committed to (templates/slides/commitments.hbs) as a native table. */
import { addHeading, contentTop, slideWords, statusRuns } from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { PAGE } from '../style.ts';
import { addTable, cell, textCell } from '../table.ts';

interface Row {
  description: string;
  owner: string;
  due: string;
  state: string;
  stateWord: string;
}

/** The description takes a little over half (deck.css `.commitments`). */
const COLUMNS = [560, 220, 160, 212];

export const commitmentsSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const words = slideWords(view, ['what', 'owner', 'due', 'status']);
  const rows = (view.rows as Row[] | undefined) ?? [];
  addTable(
    slide,
    context,
    [words.what, words.owner, words.due, words.status],
    rows.map((r) => [textCell(r.description, { size: 17 }), textCell(r.owner, { size: 17 }), textCell(r.due, { size: 17 }), cell([statusRuns(r.state, r.stateWord, 17)])]),
    { x: PAGE.left, y: contentTop(view), columns: COLUMNS, maxHeight: PAGE.bottom - contentTop(view) },
  );
  return [];
};
