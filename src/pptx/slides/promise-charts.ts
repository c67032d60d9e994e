/** Results against promises (templates/slides/promise-charts.hbs): one to four native charts. */
import type { Chart } from '../../chart/chart-renderer.ts';
import { addHeading, contentTop, statusRuns } from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { addNativeChart } from '../native-chart.ts';
import { CONTENT_WIDTH, PAGE } from '../style.ts';
import { addText, runsWidth } from '../text.ts';
import { fitLine } from '../text-fit.ts';

interface Card {
  name: string;
  chart: Chart;
  status: string;
  statusWord: string;
}

const GAP = { row: 12, column: 28 };
const CAPTION = 28;

export const promiseChartsSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const cards = (view.cards as Card[] | undefined) ?? [];
  const top = contentTop(view);
  const columns = cards.length === 1 ? 1 : 2;
  const rowCount = Math.ceil(cards.length / columns);
  const width = (CONTENT_WIDTH - GAP.column * (columns - 1)) / columns;
  const height = (PAGE.bottom - top - GAP.row * (rowCount - 1)) / rowCount;
  cards.forEach((card, i) => {
    const x = PAGE.left + (i % columns) * (width + GAP.column);
    const y = top + Math.floor(i / columns) * (height + GAP.row);
    const status = statusRuns(card.status, card.statusWord, 17);
    // The status on one line at the right, however long its word; the name is cut short first.
    const statusWidth = Math.min(width / 2, Math.max(150, Math.ceil(runsWidth(status)) + 8));
    const title = fitLine(card.name, width - statusWidth - 10, 17, 13, true);
    addText(slide, context, title.text, { x, y, w: width - statusWidth - 10, h: 24 }, { size: title.size, bold: true });
    addText(
      slide,
      context,
      status,
      { x: x + width - statusWidth, y, w: statusWidth, h: 24 },
      { size: 17 },
      { align: 'right' },
    );
    addNativeChart(slide, context, card.chart, { x, y: y + CAPTION, w: width, h: height - CAPTION });
  });
  // Each chart's text alternative names its promise and says what the chart shows.
  return cards.map((card) => card.chart.alt);
};
