/**
 * A chart of the deck as a native PowerPoint chart, from its data (src/chart/chart-data.ts):
 * bars and lines on shared axes, a secondary axis only where a series uses one, the due
 * quarter as a light band, reference lines as series. Styles pptxgenjs cannot give one series
 * at a time (dashes, markers, widths) are set when the XML is finished (chart-xml.ts).
 */
import type * as P from './pptxgenjs.ts';
import type { Chart } from '../chart/chart-renderer.ts';
import type { ChartAxis, ChartData, ChartSeries } from '../chart/chart-data.ts';
import type { PptxContext } from './context.ts';
import { COLORS, hex, inch, points, tint, type Box } from './style.ts';

/** Axis bounds and step, the same in every viewer rather than each one's own choice. */
export interface AxisScale {
  min: number;
  max: number;
  step: number;
}

/** A step of 1, 2, 2.5 or 5 times a power of ten, giving about five intervals. */
export function niceScale(values: number[], axis: ChartAxis): AxisScale {
  if (axis.exact && axis.min !== null && axis.max !== null) {
    return { min: axis.min, max: axis.max, step: axis.step ?? niceStep((axis.max - axis.min) / 5) };
  }
  const all = [
    ...values,
    ...(axis.min === null ? [] : [axis.min]),
    ...(axis.max === null ? [] : [axis.max]),
    ...(axis.beginAtZero ? [0] : []),
  ];
  let low = Math.min(...all);
  let high = Math.max(...all);
  if (!Number.isFinite(low)) [low, high] = [0, 1];
  if (high === low) high = low + 1;
  const step = axis.step ?? niceStep((high - low) / 5);
  const round = (v: number) => Math.round(v * 1e9) / 1e9;
  return { min: round(Math.floor(low / step) * step), max: round(Math.ceil(high / step) * step), step };
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** An Excel number format writing the axis's numbers as the deck does: "$1,200", "85%", "12 h". */
export function numberFormat(axis: ChartAxis, step: number): string {
  const decimals = Math.min(3, (String(step).split('.')[1] ?? '').length);
  const quote = (s: string) => (s ? `"${s.replaceAll('"', '')}"` : '');
  return `${quote(axis.prefix)}#,##0${decimals ? `.${'0'.repeat(decimals)}` : ''}${quote(axis.suffix)}`;
}

/** The series as PowerPoint gets them, in order: bars, then lines, then lines on the secondary axis. */
export function pptxSeries(data: ChartData, scale: AxisScale): ChartSeries[] {
  const bands: ChartSeries[] = data.categoryMarks.map((mark) => ({
    name: mark.label,
    type: 'bar',
    values: data.labels.map((_, i) => (i === mark.index ? scale.max : null)),
    // A light band rather than the HTML's thin line: a bar cannot be thinner than a sixth of its quarter.
    color: tint(mark.color, 0.7),
    outline: null,
    width: 0,
    line: 'solid',
    marker: 'none',
    markerRadius: 0,
    axis: 'primary',
  }));
  const rules: ChartSeries[] = data.valueMarks.map((mark) => ({
    name: mark.label,
    type: 'line',
    values: data.labels.map(() => mark.value),
    color: mark.color,
    outline: null,
    width: 1.5,
    line: mark.line,
    marker: 'none',
    markerRadius: 0,
    axis: 'primary',
  }));
  const all = [...bands, ...data.series, ...rules];
  return [
    ...all.filter((s) => s.type === 'bar'),
    ...all.filter((s) => s.type === 'line' && s.axis === 'primary'),
    ...all.filter((s) => s.type === 'line' && s.axis === 'secondary'),
  ];
}

const AXIS_TEXT = { color: hex(COLORS.body), size: points(13) };

function valueAxisOptions(axis: ChartAxis, scale: AxisScale, secondary: boolean): P.ValueAxisOptions {
  return {
    valAxisMinVal: scale.min,
    valAxisMaxVal: scale.max,
    valAxisMajorUnit: scale.step,
    valAxisLabelFormatCode: numberFormat(axis, scale.step),
    valAxisLabelColor: AXIS_TEXT.color,
    valAxisLabelFontSize: AXIS_TEXT.size,
    valAxisLineShow: false,
    valAxisMajorTickMark: 'none',
    valGridLine: secondary ? { style: 'none' } : { color: hex(COLORS.rule), size: 0.75, style: 'solid' },
  } as P.ValueAxisOptions;
}

const valuesOf = (list: ChartSeries[]) => list.flatMap((s) => s.values.filter((v): v is number => v !== null));

/** The chart's types for pptxgenjs, in the order of `series`: bars, lines, lines on the right. */
function chartTypes(series: ChartSeries[], data: ChartData, context: PptxContext): P.ChartMulti[] {
  const toData = (s: ChartSeries) => ({ name: s.name, labels: data.labels, values: s.values as number[] });
  const group = (type: P.ChartName, list: ChartSeries[], options: object) =>
    list.length
      ? [{ type, data: list.map(toData), options: { chartColors: list.map((s) => hex(s.color)), ...options } }]
      : [];
  const bars = series.filter((s) => s.type === 'bar');
  // The due band alone is drawn thin; bars of data as the HTML's.
  const gap = bars.length === data.categoryMarks.length ? 500 : bars.length > 1 ? 80 : 40;
  return [
    ...group(context.pres.ChartType.bar, bars, { barGapWidthPct: gap, barOverlapPct: 0 }),
    ...group(
      context.pres.ChartType.line,
      series.filter((s) => s.type === 'line' && s.axis === 'primary'),
      {},
    ),
    ...group(
      context.pres.ChartType.line,
      series.filter((s) => s.axis === 'secondary'),
      { secondaryValAxis: true, secondaryCatAxis: true },
    ),
  ] as unknown as P.ChartMulti[];
}

/** Places `chart` in `box` as a native chart, and notes its series for finishing the XML. */
export function addNativeChart(slide: P.Slide, context: PptxContext, chart: Chart, box: Box): void {
  const { data } = chart;
  const scale = niceScale(
    [...valuesOf(data.series.filter((s) => s.axis === 'primary')), ...data.valueMarks.map((m) => m.value)],
    data.primary,
  );
  const series = pptxSeries(data, scale);
  const right = series.filter((s) => s.axis === 'secondary');
  const primaryAxis = valueAxisOptions(data.primary, scale, false);
  // A secondary axis only when a series is drawn on it (pptxgenjs would declare one unused).
  const secondaryAxis =
    right.length && data.secondary
      ? valueAxisOptions(data.secondary, niceScale(valuesOf(right), data.secondary), true)
      : null;
  // A chart of several types takes its options second (pptxgenjs's types only know the three-argument form).
  const addCombo = slide.addChart.bind(slide) as unknown as (types: P.ChartMulti[], options: P.ChartOptions) => void;
  addCombo(chartTypes(series, data, context), {
    x: inch(box.x),
    y: inch(box.y),
    w: inch(box.w),
    h: inch(box.h),
    altText: chart.alt,
    chartArea: { fill: { color: 'FFFFFF' }, roundedCorners: false },
    showLegend: data.legend || series.length > 1,
    legendPos: 'b',
    legendFontSize: points(12),
    legendColor: AXIS_TEXT.color,
    displayBlanksAs: 'span',
    catAxisLabelColor: AXIS_TEXT.color,
    catAxisLabelFontSize: AXIS_TEXT.size,
    catAxisLineShow: true,
    catAxisLineColor: hex(COLORS.ruleStrong),
    catAxisMajorTickMark: 'none',
    catGridLine: { style: 'none' },
    // Right to left, time runs from the right; the value axis then stands on the right.
    ...(context.deck.dir === 'rtl' ? { catAxisOrientation: 'maxMin' } : {}),
    ...primaryAxis,
    ...(secondaryAxis
      ? {
          valAxes: [primaryAxis, secondaryAxis],
          catAxes: [{ catAxisLabelColor: AXIS_TEXT.color }, { catAxisHidden: true }],
        }
      : {}),
  } as P.ChartOptions);
  context.charts.push(series);
}
