/**
 * What a chart shows, apart from how Chart.js draws it: its categories, series (with their
 * colour, line style and marker), marked quarters and reference lines, and its value axes.
 * Read from the chart's own Chart.js configuration, so the deck's SVG and the PowerPoint's
 * native chart show the same series from one definition (src/chart/charts.ts).
 */
import type { ChartConfiguration } from 'chart.js';

/** A line's pattern: solid, dashes, long dashes or dots. */
export type LineStyle = 'solid' | 'dash' | 'longDash' | 'dot';
export type MarkerShape = 'none' | 'circle' | 'triangle' | 'square';

export interface ChartSeries {
  name: string;
  type: 'bar' | 'line';
  /** One per category; null where there is no value. */
  values: Array<number | null>;
  /** `#rrggbb`: the line's colour, or the bar's fill. */
  color: string;
  /** Bars: their outline, when they have one (px). Lines: unused. */
  outline: { color: string; width: number } | null;
  /** Lines: width in px. */
  width: number;
  line: LineStyle;
  marker: MarkerShape;
  /** Marker radius in px (0: none). */
  markerRadius: number;
  axis: 'primary' | 'secondary';
}

/** A value axis: fixed or suggested bounds, a step, and the text around its numbers ("$", " h"). */
export interface ChartAxis {
  min: number | null;
  max: number | null;
  /** Whether min/max are exact (Chart.js `min`/`max`) or only to be included (`suggested*`). */
  exact: boolean;
  beginAtZero: boolean;
  step: number | null;
  prefix: string;
  suffix: string;
}

export interface ChartData {
  labels: string[];
  series: ChartSeries[];
  /** Categories marked with a vertical line and a word: the due quarter. */
  categoryMarks: Array<{ index: number; label: string; color: string }>;
  /** Horizontal lines at a value, with a word: the rhythm of one contact a quarter. */
  valueMarks: Array<{ value: number; label: string; color: string; line: LineStyle }>;
  primary: ChartAxis;
  secondary: ChartAxis | null;
  /** Whether the chart names its series in a legend. */
  legend: boolean;
}

/* Chart.js's configuration is loosely typed for our use; these are the parts read here. */
interface DatasetLike {
  type?: string;
  label?: string;
  data?: unknown[];
  borderColor?: unknown;
  backgroundColor?: unknown;
  borderWidth?: unknown;
  borderDash?: unknown;
  pointStyle?: unknown;
  pointRadius?: unknown;
  yAxisID?: string;
}
interface ScaleLike {
  min?: number;
  max?: number;
  suggestedMin?: number;
  suggestedMax?: number;
  beginAtZero?: boolean;
  ticks?: { stepSize?: number; callback?: (value: number) => unknown };
}
interface AnnotationLike {
  type?: string;
  xMin?: unknown;
  yMin?: unknown;
  borderColor?: unknown;
  borderDash?: unknown;
  label?: { content?: unknown };
}

/** The data a chart's configuration shows; series without a single value are left out. */
export function chartData(config: ChartConfiguration): ChartData {
  const labels = (config.data.labels ?? []).map(String);
  const options = (config.options ?? {}) as {
    scales?: Record<string, ScaleLike>;
    plugins?: { legend?: { display?: boolean }; annotation?: { annotations?: Record<string, AnnotationLike> } };
  };
  const datasets = config.data.datasets as DatasetLike[];
  const series = datasets.map((d) => seriesOf(d, config.type)).filter((s) => s.values.some((v) => v !== null));
  const annotations = Object.values(options.plugins?.annotation?.annotations ?? {});
  const scales = options.scales ?? {};
  const secondaryId = datasets.find((d) => d.yAxisID && d.yAxisID !== 'y')?.yAxisID;
  return {
    labels,
    series,
    categoryMarks: annotations
      .filter((a) => a.type === 'line' && a.xMin !== undefined && labels.includes(String(a.xMin)))
      .map((a) => ({
        index: labels.indexOf(String(a.xMin)),
        label: String(a.label?.content ?? ''),
        color: colorOf(a.borderColor),
      })),
    valueMarks: annotations
      .filter((a) => a.type === 'line' && typeof a.yMin === 'number')
      .map((a) => ({
        value: a.yMin as number,
        label: String(a.label?.content ?? ''),
        color: colorOf(a.borderColor),
        line: lineStyle(a.borderDash),
      })),
    primary: axisOf(scales.y ?? {}),
    secondary: secondaryId ? axisOf(scales[secondaryId] ?? {}) : null,
    legend: options.plugins?.legend?.display !== false,
  };
}

function seriesOf(d: DatasetLike, chartType: string): ChartSeries {
  const type = (d.type ?? chartType) === 'line' ? 'line' : 'bar';
  const radius = typeof d.pointRadius === 'number' ? d.pointRadius : 3;
  const borderWidth = typeof d.borderWidth === 'number' ? d.borderWidth : type === 'line' ? 3 : 0;
  const fill = colorOf(type === 'line' ? (d.borderColor ?? d.backgroundColor) : d.backgroundColor);
  return {
    name: d.label ?? '',
    type,
    values: (d.data ?? []).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
    color: fill,
    outline:
      type === 'bar' && d.borderColor !== undefined && borderWidth > 0
        ? { color: colorOf(d.borderColor), width: borderWidth }
        : null,
    width: borderWidth,
    line: lineStyle(d.borderDash),
    marker: radius > 0 ? markerOf(d.pointStyle) : 'none',
    markerRadius: Math.max(radius, 0),
    axis: d.yAxisID && d.yAxisID !== 'y' ? 'secondary' : 'primary',
  };
}

function axisOf(scale: ScaleLike): ChartAxis {
  const exact = scale.min !== undefined || scale.max !== undefined;
  // The axis's own words around a number, from how it writes 0: "$0", "0 h", "0%".
  const zero = scale.ticks?.callback ? String(scale.ticks.callback(0)) : '0';
  const [, prefix = '', suffix = ''] = zero.match(/^(.*?)0(.*)$/) ?? [];
  return {
    min: scale.min ?? scale.suggestedMin ?? null,
    max: scale.max ?? scale.suggestedMax ?? null,
    exact,
    beginAtZero: scale.beginAtZero ?? false,
    step: scale.ticks?.stepSize ?? null,
    prefix,
    suffix,
  };
}

/** Chart.js dash patterns as line styles: short dots, dashes, long dashes. */
function lineStyle(dash: unknown): LineStyle {
  if (!Array.isArray(dash) || dash.length === 0) return 'solid';
  const on = Number(dash[0]);
  if (on <= 2) return 'dot';
  return on >= 8 ? 'longDash' : 'dash';
}

function markerOf(style: unknown): MarkerShape {
  if (style === 'triangle') return 'triangle';
  if (style === 'rect' || style === 'rectRot' || style === 'rectRounded') return 'square';
  if (style === 'line' || style === 'dash' || style === false) return 'none';
  return 'circle';
}

/** `#rrggbb` from a Chart.js colour (`#rgb` too); anything else (rgba, a gradient) falls back to grey. */
function colorOf(color: unknown): string {
  if (typeof color !== 'string') return '#8a94a3';
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(color)) return `#${[...color.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  return '#8a94a3';
}
