/**
 * The file pptxgenjs writes, finished: charts mended and styled (chart-xml.ts), the theme's
 * fonts and brand colours set, parts it names but never writes dropped, and nothing from the
 * clock or from the process's history left in it: the same deck gives the same bytes.
 * - Dates: its document properties and every zip entry carry the time of writing; the
 *   properties get the data's cut-off date, the entries one fixed date.
 * - Charts are numbered across the whole process (chart37.xml for a deck built after others
 *   in a batch); they are numbered from 1 in each file.
 * - Entries are written in one order: the content types first, the rest by name.
 */
import type { ChartSeries } from '../chart/chart-data.ts';
import { finishChartSheet, finishChartXml } from './chart-xml.ts';
import { finishNotesXml, finishSlideXml } from './slide-xml.ts';
import type { ThemeFonts } from './fonts.ts';
import { mirrorSlideXml } from './mirror-slide.ts';
import { hex } from './style.ts';
import { readZip, writeZip } from './zip.ts';

export interface PptxFinish {
  /** Each chart's series, in the order the charts were added. */
  charts: ChartSeries[][];
  /** The data's cut-off date (ISO), the document's creation and modification date. */
  date: string;
  fonts: ThemeFonts;
  colors: { primary: string; accent: string };
  /** The deck's language (BCP 47), for its speaker notes. */
  lang: string;
  /** Our company, the document's company property. */
  company: string;
  /** A right-to-left deck (Arabic, Hebrew): slides, layouts and masters mirrored. */
  rtl: boolean;
}

/** Deflate level: zlib's default, a fifth of the XML's size in a few milliseconds. */
const LEVEL = 6;

type Parts = Map<string, string | Uint8Array>;

const TEXT_PART = /\.(xml|rels)$/;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

function readParts(bytes: Uint8Array): Parts {
  const parts: Parts = new Map();
  for (const [name, data] of readZip(bytes)) parts.set(name, TEXT_PART.test(name) ? decoder.decode(data) : data);
  return parts;
}

/** A zip of `parts`: the content types first, the rest by name; stored when `level` is 0. */
function writeParts(parts: Parts, level: number): Uint8Array {
  const names = [...parts.keys()].sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return writeZip(
    names.map((name) => {
      const content = parts.get(name)!;
      return [name, typeof content === 'string' ? encoder.encode(content) : content];
    }),
    level,
  );
}

/** Renames `chartN.xml` and its workbook to 1, 2, ... in the order the charts were made. */
function renumberCharts(parts: Parts): Parts {
  const numbers = [...parts.keys()]
    .flatMap((name) => name.match(/^ppt\/charts\/chart(\d+)\.xml$/)?.[1] ?? [])
    .map(Number)
    .sort((a, b) => a - b);
  const to = new Map(numbers.map((n, i) => [String(n), String(i + 1)]));
  const rename = (text: string) =>
    text
      .replace(/\bchart(\d+)\.xml/g, (_name, n: string) => `chart${to.get(n) ?? n}.xml`)
      .replace(
        /Microsoft_Excel_Worksheet(\d+)\.xlsx/g,
        (_name, n: string) => `Microsoft_Excel_Worksheet${to.get(n) ?? n}.xlsx`,
      );
  const renamed: Parts = new Map();
  for (const [name, content] of parts) {
    // Parts refer to charts by name only in relationships and content types, never in slide text.
    const refers = name.endsWith('.rels') || name === '[Content_Types].xml';
    renamed.set(rename(name), refers && typeof content === 'string' ? rename(content) : content);
  }
  return renamed;
}

/** The embedded workbook: values written again, its unused table dropped, its dates fixed. */
function finishWorkbook(bytes: Uint8Array, series: ChartSeries[], date: string): Uint8Array {
  const parts = readParts(bytes);
  const sheet = parts.get('xl/worksheets/sheet1.xml');
  if (typeof sheet === 'string') parts.set('xl/worksheets/sheet1.xml', finishChartSheet(sheet, series));
  // pptxgenjs writes a table part (with a malformed range) that no sheet uses.
  parts.delete('xl/tables/table1.xml');
  parts.delete('xl/worksheets/_rels/sheet1.xml.rels');
  const types = parts.get('[Content_Types].xml');
  if (typeof types === 'string')
    parts.set('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/tables\/table1\.xml"[^>]*\/>/, ''));
  const core = parts.get('docProps/core.xml');
  if (typeof core === 'string') parts.set('docProps/core.xml', datedCore(core, date));
  // Stored: the PowerPoint's own zip deflates it better whole.
  return writeParts(parts, 0);
}

/** Document properties dated by the data, not the clock. */
function datedCore(xml: string, date: string): string {
  return xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${date}T00:00:00Z$3`);
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmlAttribute = (text: string) => xmlText(text).replace(/"/g, '&quot;');

/** The theme's fonts (see fonts.ts) and the brand colours as its first two accents. */
function finishTheme(xml: string, fonts: ThemeFonts, colors: PptxFinish['colors']): string {
  const [latin, eastAsian, complex] = [fonts.latin, fonts.eastAsian, fonts.complex].map(xmlAttribute);
  const slots = `<a:latin typeface="${latin}"/><a:ea typeface="${eastAsian}"/><a:cs typeface="${complex}"/>`;
  return xml
    .replace(/(<a:(?:major|minor)Font>)<a:latin [^>]*\/><a:ea [^>]*\/><a:cs [^>]*\/>/g, `$1${slots}`)
    .replace(/<a:font script="(Jpan|Hans|Hant|Arab|Hebr)" typeface="[^"]*"\/>/g, (_, script: string) => {
      const face = script === 'Jpan' || script === 'Hans' || script === 'Hant' ? eastAsian : complex;
      return `<a:font script="${script}" typeface="${face}"/>`;
    })
    .replace(/<a:accent1>[\s\S]*?<\/a:accent1>/, `<a:accent1><a:srgbClr val="${hex(colors.primary)}"/></a:accent1>`)
    .replace(/<a:accent2>[\s\S]*?<\/a:accent2>/, `<a:accent2><a:srgbClr val="${hex(colors.accent)}"/></a:accent2>`);
}

/**
 * Content types for parts that exist, and only those: pptxgenjs lists a slide master per
 * slide, and media types (video, gif, `image/jpg`) whether or not the file has any.
 */
function finishContentTypes(xml: string, parts: Parts): string {
  const extensions = new Set([...parts.keys()].map((name) => name.slice(name.lastIndexOf('.') + 1).toLowerCase()));
  return xml
    .replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) => (parts.has(part) ? override : ''))
    .replace(/<Default Extension="([^"]+)"[^>]*\/>/g, (entry, extension: string) =>
      extensions.has(extension.toLowerCase()) ? entry : '',
    );
}

/** The notes master gets a theme of its own, as PowerPoint's files have, rather than the slides'. */
function notesTheme(parts: Parts): void {
  const theme = parts.get('ppt/theme/theme1.xml');
  const rels = parts.get('ppt/notesMasters/_rels/notesMaster1.xml.rels');
  const types = parts.get('[Content_Types].xml');
  if (
    typeof theme !== 'string' ||
    typeof rels !== 'string' ||
    typeof types !== 'string' ||
    parts.has('ppt/theme/theme2.xml')
  )
    return;
  parts.set('ppt/theme/theme2.xml', theme);
  parts.set('ppt/notesMasters/_rels/notesMaster1.xml.rels', rels.replace('../theme/theme1.xml', '../theme/theme2.xml'));
  parts.set(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>',
    ),
  );
}

export function finishPptx(bytes: Uint8Array, finish: PptxFinish): Uint8Array {
  const parts = renumberCharts(readParts(bytes));
  for (const [i, series] of finish.charts.entries()) {
    const chart = parts.get(`ppt/charts/chart${i + 1}.xml`);
    if (typeof chart === 'string') parts.set(`ppt/charts/chart${i + 1}.xml`, finishChartXml(chart, series));
    const workbook = parts.get(`ppt/embeddings/Microsoft_Excel_Worksheet${i + 1}.xlsx`);
    if (workbook instanceof Uint8Array)
      parts.set(`ppt/embeddings/Microsoft_Excel_Worksheet${i + 1}.xlsx`, finishWorkbook(workbook, series, finish.date));
  }
  const edit = (name: string, change: (xml: string) => string) => {
    const xml = parts.get(name);
    if (typeof xml === 'string') parts.set(name, change(xml));
  };
  for (const name of parts.keys()) {
    if (/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name))
      edit(name, (xml) => {
        const mended = finishSlideXml(xml, finish.lang);
        return finish.rtl ? mirrorSlideXml(mended) : mended;
      });
    if (/^ppt\/notesSlides\/[^/]+\.xml$/.test(name)) edit(name, (xml) => finishNotesXml(xml, finish.lang));
  }
  edit('ppt/theme/theme1.xml', (xml) => finishTheme(xml, finish.fonts, finish.colors));
  notesTheme(parts);
  edit('docProps/core.xml', (xml) => datedCore(xml, finish.date));
  // pptxgenjs writes the company unescaped: "Smith & Sons" would break the file.
  edit('docProps/app.xml', (xml) =>
    xml.replace(/<Company>[\s\S]*?<\/Company>/, `<Company>${xmlText(finish.company)}</Company>`),
  );
  edit('[Content_Types].xml', (xml) => finishContentTypes(xml, parts));
  return writeParts(parts, LEVEL);
}
