/** Since our last review (templates/slides/since-last.hbs): what was agreed, figures then and now, promises that moved; native tables. */
import { addHeading, contentTop, slideWords, statusRuns } from '../blocks.ts';
import type { Slide } from '../../render/slide.ts';
import type { PptxContext, SlideBuilder } from '../context.ts';
import type * as P from '../pptxgenjs.ts';
import { PAGE, TEXT } from '../style.ts';
import { addTable, cell, textCell } from '../table.ts';
import { addText } from '../text.ts';

interface CommitmentRow {
  description: string;
  state: string;
  stateWord: string;
}

/** The left column a little wider than the right, 48 apart (deck.css `.since-last`). */
const LEFT = 626;
const GAP = 48;
const RIGHT = PAGE.right - PAGE.left - LEFT - GAP;
const LABEL = 26;

export const sinceLastSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const words = slideWords(view, ['agreed', 'noneAgreed', 'what', 'status', 'figures', 'promises']);
  const top = contentTop(view);
  const rows = (view.commitments as CommitmentRow[] | undefined) ?? [];
  addText(slide, context, words.agreed, { x: PAGE.left, y: top, w: LEFT, h: 22 }, TEXT.label);
  if (rows.length === 0)
    addText(slide, context, words.noneAgreed, { x: PAGE.left, y: top + LABEL, w: LEFT, h: 48 }, TEXT.note);
  else {
    const body = rows.map((r) => [textCell(r.description, { size: 17 }), cell([statusRuns(r.state, r.stateWord, 16)])]);
    const height = addTable(slide, context, [words.what, words.status], body, {
      x: PAGE.left,
      y: top + LABEL,
      columns: [Math.round(LEFT * 0.6), LEFT - Math.round(LEFT * 0.6)],
      maxHeight: PAGE.bottom - top - LABEL - 40,
    });
    if (view.more)
      addText(
        slide,
        context,
        String(view.more),
        { x: PAGE.left, y: top + LABEL + height + 8, w: LEFT, h: 24 },
        TEXT.note,
      );
  }
  sideColumn(slide, view, context, words, top);
  return [];
};

/** The figures then and now, and under them the promises whose status changed. */
function sideColumn(
  slide: P.Slide,
  view: Slide,
  context: PptxContext,
  words: Record<'figures' | 'promises', string>,
  top: number,
): void {
  const x = PAGE.left + LEFT + GAP;
  const figures = (view.figures as Array<{ label: string; then: string; now: string }> | undefined) ?? [];
  let y = top;
  if (figures.length > 0) {
    addText(slide, context, words.figures, { x, y, w: RIGHT, h: 22 }, TEXT.label);
    const body = figures.map((f) => [
      textCell(f.label, { size: 16 }),
      textCell(f.then, { size: 16 }),
      textCell(f.now, { size: 16 }),
    ]);
    y +=
      LABEL +
      addTable(slide, context, ['', String(view.then), String(view.now)], body, {
        x,
        y: y + LABEL,
        columns: [
          Math.round(RIGHT * 0.46),
          Math.round(RIGHT * 0.27),
          RIGHT - Math.round(RIGHT * 0.46) - Math.round(RIGHT * 0.27),
        ],
        padding: 7,
      }) +
      18;
  }
  const promises = (view.promises as Array<{ name: string; move: string; toStatus: string }> | undefined) ?? [];
  if (promises.length === 0) return;
  addText(slide, context, words.promises, { x, y, w: RIGHT, h: 22 }, TEXT.label);
  const body = promises.map((p) => [
    cell([[{ text: p.name, style: { size: 16, bold: true } }], statusRuns(p.toStatus, p.move, 15)]),
  ]);
  addTable(slide, context, null, body, {
    x,
    y: y + LABEL,
    columns: [RIGHT],
    padding: 5,
    rules: false,
    maxHeight: PAGE.bottom - y - LABEL,
  });
}
