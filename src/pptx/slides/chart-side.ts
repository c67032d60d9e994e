/**
 * Slides of a chart with figures beside it (templates/slides/value.hbs, adoption.hbs,
 * support.hbs): the chart at its HTML size on the left, the figures on the right.
 */
import type { Chart } from '../../chart/chart-renderer.ts';
import { addHeading, contentTop, labelItem, slideWords, stackRuns, textItem, type StackItem } from '../blocks.ts';
import type { PptxContext, SlideBuilder } from '../context.ts';
import { addNativeChart } from '../native-chart.ts';
import type * as P from '../pptxgenjs.ts';
import { COLORS, PAGE, TEXT } from '../style.ts';
import { addTable, textCell } from '../table.ts';
import { addText } from '../text.ts';

const CHART = { w: 760, h: 440 };
const SIDE = { x: PAGE.left + CHART.w + 40, w: PAGE.right - PAGE.left - CHART.w - 40 };

/** The chart, and the side's box. */
function chartAndSide(slide: P.Slide, view: Parameters<SlideBuilder>[1], context: PptxContext) {
  addHeading(slide, view, context);
  const top = contentTop(view);
  addNativeChart(slide, context, view.chart as Chart, { x: PAGE.left, y: top, ...CHART });
  return { x: SIDE.x, y: top, w: SIDE.w, h: PAGE.bottom - top };
}

const big = (context: PptxContext) => ({ ...TEXT.big, color: context.deck.colors.primary });

export const valueSlide: SlideBuilder = (slide, view, context) => {
  const side = chartAndSide(slide, view, context);
  const words = slideWords(view, ['delivered', 'invested', 'roi', 'thisQuarter']);
  const entries = (view.entries as Array<{ amount: string; description: string }> | undefined) ?? [];
  const items: StackItem[] = [
    labelItem(words.delivered),
    textItem(String(view.delivered), big(context), 14),
    labelItem(words.invested),
    textItem(String(view.invested), TEXT.mid, 14),
    labelItem(words.roi),
    textItem(String(view.roi), TEXT.mid, 14),
    ...(entries.length ? [labelItem(words.thisQuarter)] : []),
    ...entries.map((e) => ({
      runs: [
        { text: `${e.amount} `, style: { size: 15, bold: true } },
        { text: e.description, style: { size: 15, color: COLORS.text } },
      ],
      after: 6,
    })),
  ];
  addText(slide, context, stackRuns(items), side, TEXT.body, { lineHeight: 1.15 });
  return [(view.chart as Chart).alt];
};

export const adoptionSlide: SlideBuilder = (slide, view, context) => {
  const side = chartAndSide(slide, view, context);
  const words = slideWords(view, ['inUse', 'seats']);
  const items: StackItem[] = [
    labelItem(words.inUse),
    textItem(String(view.rate), big(context), 14),
    textItem(words.seats, TEXT.mid, 14),
  ];
  addText(slide, context, stackRuns(items), side, TEXT.body, { lineHeight: 1.15 });
  return [(view.chart as Chart).alt];
};

export const supportSlide: SlideBuilder = (slide, view, context) => {
  const side = chartAndSide(slide, view, context);
  const figures = (view.figures as Array<{ label: string; value: string }> | undefined) ?? [];
  if (figures.length) {
    addText(slide, context, String(view.quarter), { x: side.x, y: side.y, w: side.w, h: 24 }, TEXT.label);
    const rows = figures.map((f) => [
      textCell(f.label, { size: 18 }),
      textCell(f.value, { size: 18, bold: true }, 'right'),
    ]);
    addTable(slide, context, null, rows, {
      x: side.x,
      y: side.y + 26,
      columns: [side.w - 130, 130],
      padding: 4,
      rules: false,
    });
  }
  return [(view.chart as Chart).alt];
};
