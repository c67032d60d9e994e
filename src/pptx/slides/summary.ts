/** The executive summary (templates/slides/summary.hbs): headline figures, promises, highlights. */
import type { Kpi } from '../../render/kpis.ts';
import type { scorecardRow } from '../../render/promise-view.ts';
import { addHeading, contentTop, slideWords, stackRuns, statusRuns, textItem } from '../blocks.ts';
import type { PptxContext, SlideBuilder } from '../context.ts';
import type * as P from '../pptxgenjs.ts';
import { COLORS, CONTENT_WIDTH, PAGE, TEXT } from '../style.ts';
import { addTable, cell, columnWidth, textCell } from '../table.ts';
import { addRect, addText, paragraphs } from '../text.ts';
import { fitSize, lineCount } from '../text-fit.ts';

/** A promise on the summary: its scorecard row and "target 60 h" (src/render/customer-slides.ts). */
type PromiseLine = ReturnType<typeof scorecardRow> & { targetLine: string };

const TREND_COLORS = { good: COLORS.good, bad: COLORS.bad, flat: COLORS.muted };
const COLUMN_GAP = 56;

export const summarySlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const words = slideWords(view, ['promises', 'highlights']);
  const kpis = (view.kpis as Kpi[] | undefined) ?? [];
  let y = contentTop(view);
  if (kpis.length) y += addKpis(slide, context, kpis, y) + 20;
  const promises = (view.promises as PromiseLine[] | undefined) ?? [];
  const highlights = (view.highlights as string[] | undefined) ?? [];
  // Two columns whether or not both have something, as the HTML's grid.
  const width = (CONTENT_WIDTH - COLUMN_GAP) / 2;
  if (promises.length)
    addPromises(slide, context, words.promises, promises, String(view.more ?? ''), { x: PAGE.left, y, w: width });
  if (highlights.length) {
    const x = promises.length ? PAGE.left + width + COLUMN_GAP : PAGE.left;
    addText(slide, context, words.highlights, { x, y, w: width, h: 26 }, TEXT.label);
    const box = { x, y: y + 26, w: width, h: PAGE.bottom - y - 26 };
    const size = fitSize(highlights, box, 19, 12, { lineHeight: 1.3, gap: 0.55, indent: 22 });
    addText(
      slide,
      context,
      paragraphs(highlights, { ...TEXT.body, size }),
      box,
      { ...TEXT.body, size },
      { lineHeight: 1.3, gap: 10, list: { type: 'bullet' } },
    );
  }
  return [];
};

/** The headline figures as cards in a row; returns their height. */
function addKpis(slide: P.Slide, context: PptxContext, kpis: Kpi[], y: number): number {
  const gap = 20;
  const width = (CONTENT_WIDTH - gap * (kpis.length - 1)) / kpis.length;
  const inner = width - 40;
  const height = Math.max(
    ...kpis.map(
      (k) =>
        36 +
        21 +
        60 +
        lineCount(k.detail, inner, 15) * 21 +
        (k.change ? 10 + lineCount(k.change, inner, 15, true) * 21 : 0),
    ),
  );
  kpis.forEach((kpi, i) => {
    const x = PAGE.left + i * (width + gap);
    addRect(slide, context, { x, y, w: width, h: height }, COLORS.white, { color: COLORS.rule, width: 1 }, 8);
    addRect(slide, context, { x, y, w: width, h: 5 }, context.deck.colors.primary);
    const valueSize = fitSize([kpi.value], { w: inner, h: 50 }, 40, 20, { lineHeight: 1.2, bold: true });
    const runs = stackRuns([
      textItem(kpi.label, { size: 15, bold: true, color: COLORS.muted }, 6),
      textItem(kpi.value, { size: valueSize, bold: true, color: context.deck.colors.primary }, 6),
      textItem(kpi.detail, { size: 15, color: COLORS.body }, 10),
      textItem(kpi.change, { size: 15, bold: true, color: TREND_COLORS[kpi.trend] }),
    ]);
    addText(slide, context, runs, { x: x + 20, y: y + 18, w: inner, h: height - 30 }, TEXT.body);
  });
  return height;
}

/** The promises at a glance: name, latest against target, status. */
function addPromises(
  slide: P.Slide,
  context: PptxContext,
  label: string,
  rows: PromiseLine[],
  more: string,
  at: { x: number; y: number; w: number },
): void {
  addText(slide, context, label, { x: at.x, y: at.y, w: at.w, h: 26 }, TEXT.label);
  const figures = rows.map((r) => [
    { text: `${r.latest} `, style: { size: 17, bold: true } },
    { text: r.targetLine, style: { size: 14, color: COLORS.muted } },
  ]);
  const statuses = rows.map((r) => statusRuns(r.status, r.statusWord, 17));
  // The figures and the status on one line each, in any language; the name wraps.
  const widths = [columnWidth(figures, 150, 210), columnWidth(statuses, 120, 170)];
  const columns = [at.w - widths[0]! - widths[1]!, ...widths];
  const height = addTable(
    slide,
    context,
    null,
    rows.map((r, i) => [textCell(r.name, { size: 17, bold: true }), cell([figures[i]!]), cell([statuses[i]!])]),
    // Names wrap (LibreOffice's Arabic, DejaVu Sans, to four lines): the type shrinks before the rows reach the footer.
    { x: at.x, y: at.y + 26, columns, padding: 8, maxHeight: PAGE.bottom - at.y - 26 - (more ? 32 : 0) },
  );
  if (more) addText(slide, context, more, { x: at.x, y: at.y + 26 + height + 8, w: at.w, h: 24 }, TEXT.note);
}
