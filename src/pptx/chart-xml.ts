/**
 * Finishes the chart parts pptxgenjs writes: their known faults mended, and the styles it
 * cannot give one series at a time set per series.
 * - Bar and line charts list a third, orphan `<c:axId>` (gitbrent/PptxGenJS#1534), and a
 *   combination may declare a secondary axis no series uses: PowerPoint asks to repair both.
 *   Every chart type keeps only axis ids that exist, and every axis is used by a chart type.
 * - Line series carry `<c:invertIfNegative>` (bar series only) and line charts lack their
 *   required `<c:grouping>`; missing values are written as empty numbers.
 * - Dashes, widths and markers are one setting for all series of a type; each series gets its own.
 * - The embedded workbook writes 0 as an empty cell (so "Edit Data" lost zeros) and an empty
 *   value as `<v></v>`: its cells are written again from the series.
 * No chart combines bars with a scatter chart (malformed in pptxgenjs, gitbrent/PptxGenJS#1355):
 * src/pptx/native-chart.ts makes only bars and lines.
 */
import type { ChartSeries, LineStyle } from '../chart/chart-data.ts';
import { hex } from './style.ts';

const AXIS = /<c:(catAx|valAx|dateAx|serAx)>([\s\S]*?)<\/c:\1>/g;
const CHART_TYPE =
  /<c:(area|area3D|bar|bar3D|bubble|doughnut|line|line3D|ofPie|pie|pie3D|radar|scatter|stock|surface|surface3D)Chart>[\s\S]*?<\/c:\1Chart>/g;
const AXIS_ID = /<c:axId val="(\d+)"\/>/g;

const idOf = (axisBody: string) => axisBody.match(/<c:axId val="(\d+)"\/>/)?.[1];

/** Each chart type refers only to axes that exist, and each axis is referred to. */
export function mendAxisIds(xml: string): string {
  const declared = new Set([...xml.matchAll(AXIS)].map((m) => idOf(m[2]!)));
  const mended = xml.replace(CHART_TYPE, (group) =>
    group.replace(AXIS_ID, (tag, id: string) => (declared.has(id) ? tag : '')),
  );
  const used = new Set([...mended.matchAll(CHART_TYPE)].flatMap((m) => [...m[0].matchAll(AXIS_ID)].map((id) => id[1])));
  return mended.replace(AXIS, (axis, _kind, body: string) => (used.has(idOf(body)) ? axis : ''));
}

const DASHES: Record<LineStyle, string> = { solid: 'solid', dash: 'dash', longDash: 'lgDash', dot: 'sysDot' };
/** CSS pixels to EMU, the unit of line widths. */
const emu = (px: number) => Math.round(px * 9525);
const fill = (color: string) => `<a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill>`;

function seriesShape(s: ChartSeries): string {
  if (s.type === 'line') {
    return `<c:spPr><a:ln w="${emu(s.width)}" cap="rnd">${fill(s.color)}<a:prstDash val="${DASHES[s.line]}"/><a:round/></a:ln></c:spPr>`;
  }
  const outline = s.outline
    ? `<a:ln w="${emu(s.outline.width)}">${fill(s.outline.color)}</a:ln>`
    : '<a:ln><a:noFill/></a:ln>';
  return `<c:spPr>${fill(s.color)}${outline}</c:spPr>`;
}

function marker(s: ChartSeries): string {
  if (s.marker === 'none') return '<c:marker><c:symbol val="none"/></c:marker>';
  // A Chart.js point radius in pixels; PowerPoint's marker size is its width in points.
  const size = Math.min(72, Math.max(2, Math.round(s.markerRadius * 2 * 0.75)));
  return `<c:marker><c:symbol val="${s.marker}"/><c:size val="${size}"/><c:spPr>${fill(s.color)}<a:ln w="9525">${fill(s.color)}</a:ln></c:spPr></c:marker>`;
}

/** Gives series `idx` the colour, width, dash and marker of `series[idx]`. */
export function styleSeries(xml: string, series: ChartSeries[]): string {
  return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, body: string) => {
    const s = series[Number(body.match(/<c:idx val="(\d+)"\/>/)?.[1])];
    if (!s) return whole;
    let styled = body.replace(/<c:spPr>[\s\S]*?<\/c:spPr>/, seriesShape(s));
    if (s.type === 'line')
      styled = styled
        .replace(/<c:invertIfNegative val="\d"\/>/, '')
        .replace(/<c:marker>[\s\S]*?<\/c:marker>/, marker(s));
    return `<c:ser>${styled}</c:ser>`;
  });
}

/** Theme fonts rather than Arial, so chart text is in the deck's fonts, whatever its script. */
const THEME_FONT = '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>';

/** A pptxgenjs chart part, mended and styled (see above). */
export function finishChartXml(xml: string, series: ChartSeries[]): string {
  // pptxgenjs indents with spaces between tags; text never sits between two tags alone.
  const compact = xml.replace(/>\s+</g, '><');
  return styleSeries(mendAxisIds(compact), series)
    .replace(/<c:lineChart>(?!<c:grouping)/g, '<c:lineChart><c:grouping val="standard"/>')
    .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '')
    .replace(/<a:latin typeface="[^"]*"\/>/g, THEME_FONT);
}

/** `B` -> 1: a column's index, from A = 0. */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/** The embedded workbook's sheet with each series' values written again: zeros kept, gaps empty. */
export function finishChartSheet(xml: string, series: ChartSeries[]): string {
  return xml.replace(/<c r="([A-Z]+)(\d+)"><v>[^<]*<\/v><\/c>/g, (cell, column: string, row: string) => {
    const [c, r] = [columnIndex(column), Number(row)];
    if (c < 1 || r < 2) return cell;
    const value = series[c - 1]?.values[r - 2];
    return value === null || value === undefined
      ? `<c r="${column}${row}"/>`
      : `<c r="${column}${row}"><v>${value}</v></c>`;
  });
}
