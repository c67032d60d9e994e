/**
 * Stage 4, chart: Chart.js on the server, drawn as SVG (vector, crisp at any zoom) with the
 * deck's font. One renderer per size, reused for every chart of that size.
 */
import type { ChartConfiguration } from 'chart.js';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { chartFontFamily } from '../fonts/chart-fonts.ts';
import { chartText } from './chart-text.ts';
import { chartData, type ChartData } from './chart-data.ts';

/**
 * A drawn chart: SVG markup to place inline in the deck (no separate image to decode), ids
 * prefixed so several charts share a document, and its text alternative.
 */
export interface Chart {
  svg: string;
  alt: string;
  width: number;
  height: number;
  /** What it shows, for outputs that draw it themselves (the PowerPoint's native charts). */
  data: ChartData;
}

export interface ChartSpec {
  config: ChartConfiguration;
  alt: string;
  width: number;
  height: number;
}

/** A renderer and the Chart.js it loaded, whose default font is set before each draw. */
interface Renderer {
  canvas: ChartJSNodeCanvas;
  defaults: { font: { family?: string } };
}

const renderers = new Map<string, Renderer>();

/** Titles are the slides' own headings; legend and annotation are what the charts use. */
const UNUSED_PLUGINS = ['tooltip', 'title', 'subtitle', 'decimation', 'filler', 'colors'];

/**
 * node-canvas writes text into an SVG as outlines, each label's in full; in `glyph` mode cairo
 * defines each glyph once and places it by reference. Same picture in far fewer bytes (the
 * README's "Speed and memory" has the figures), so less for this process and Chromium to
 * write and read. Set before
 * each draw: Chart.js sizes the canvas after `init`, which resets the context's state.
 */
const GLYPH_TEXT = {
  id: 'qbr-glyph-text',
  beforeDraw: (chart: { ctx: { textDrawingMode?: 'path' | 'glyph' } }) => void (chart.ctx.textDrawingMode = 'glyph'),
};

function rendererFor(width: number, height: number): Renderer {
  const key = `${width}x${height}`;
  let renderer = renderers.get(key);
  if (!renderer) {
    let defaults: Renderer['defaults'] | undefined;
    const canvas = new ChartJSNodeCanvas({
      type: 'svg',
      width,
      height,
      // Loaded by name so the plugin binds to the same (CommonJS) Chart.js the renderer uses.
      plugins: { modern: ['chartjs-plugin-annotation'] },
      chartCallback: (ChartJS) => {
        defaults = ChartJS.defaults;
        ChartJS.defaults.font.size = 13;
        ChartJS.defaults.color = '#3b4452';
        ChartJS.defaults.animation = false;
        ChartJS.defaults.responsive = false;
        ChartJS.defaults.devicePixelRatio = 1;
        // A picture, not an app: no event listeners. Plugins the charts do not use are taken out:
        // Chart.js asks every registered plugin at every step of every chart.
        ChartJS.defaults.events = [];
        ChartJS.unregister(...UNUSED_PLUGINS.flatMap((id) => ChartJS.registry.getPlugin(id) ?? []));
        ChartJS.register(GLYPH_TEXT);
      },
    });
    renderers.set(key, (renderer = { canvas, defaults: defaults! }));
  }
  return renderer;
}

/**
 * Cairo writes six decimals for every point of every path and glyph; two are a hundredth of
 * a pixel: much less for Chromium to parse and for the PDF to hold. Cairo also
 * numbers its surfaces across the whole process, so the same chart drawn after others would
 * differ; they are numbered from 1 in each chart.
 */
export function compactSvg(svg: string): string {
  const surfaces = new Map<string, number>();
  return svg
    .replace(/(\d+\.\d\d)\d+/g, '$1')
    .replace(/\bsurface(\d+)\b/g, (_, n: string) => {
      if (!surfaces.has(n)) surfaces.set(n, surfaces.size + 1);
      return `surface${surfaces.get(n)}`;
    });
}

/** Inline-ready markup: no XML prologue, no fixed size (CSS sizes it), ids made unique by `prefix`. */
export function inlineSvg(svg: string, prefix: string): string {
  return svg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/(<svg[^>]*?) width="[^"]*" height="[^"]*"/, '$1')
    .replace(/\bid="/g, `id="${prefix}`)
    .replace(/url\(#/g, `url(#${prefix}`)
    .replace(/href="#/g, `href="#${prefix}`);
}

/** `prefix` makes the chart's ids unique in its deck. */
export async function drawChart(spec: ChartSpec, prefix: string): Promise<Chart> {
  // Read before drawing: Chart.js keeps state in the configuration it is given.
  const data = chartData(spec.config);
  const family = await chartFontFamily(chartText(spec.config));
  // Drawing blocks this thread; between charts, let the browser's messages through (its launch
  // and the prints of other decks go on meanwhile).
  await yieldToEventLoop();
  const renderer = rendererFor(spec.width, spec.height);
  // Set just before the (synchronous) draw: decks drawn meanwhile may need other families.
  renderer.defaults.font.family = family;
  const svg = compactSvg(renderer.canvas.renderToBufferSync(spec.config, 'image/svg+xml').toString());
  return { svg: inlineSvg(svg, prefix), alt: spec.alt, width: spec.width, height: spec.height, data };
}

/** A chart not drawn, only described: enough for a PowerPoint without an HTML deck. */
export function describeChart(spec: ChartSpec): Chart {
  return { svg: '', alt: spec.alt, width: spec.width, height: spec.height, data: chartData(spec.config) };
}
