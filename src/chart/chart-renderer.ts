/**
 * Stage 4, chart: Chart.js on the server, drawn as SVG (vector, crisp at any zoom) with the
 * deck's font. One renderer per size, reused for every chart of that size.
 */
import type { ChartConfiguration } from 'chart.js';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { CHART_FONT, registerChartFonts } from '../fonts/chart-fonts.ts';

/** A drawn chart, ready for an `<img>`: an SVG data URL and its text alternative. */
export interface Chart {
  src: string;
  alt: string;
  width: number;
  height: number;
}

export interface ChartSpec {
  config: ChartConfiguration;
  alt: string;
  width: number;
  height: number;
}

const renderers = new Map<string, ChartJSNodeCanvas>();

function rendererFor(width: number, height: number): ChartJSNodeCanvas {
  const key = `${width}x${height}`;
  let renderer = renderers.get(key);
  if (!renderer) {
    renderer = new ChartJSNodeCanvas({
      type: 'svg',
      width,
      height,
      // Loaded by name so the plugin binds to the same (CommonJS) Chart.js the renderer uses.
      plugins: { modern: ['chartjs-plugin-annotation'] },
      chartCallback: (ChartJS) => {
        ChartJS.defaults.font.family = CHART_FONT;
        ChartJS.defaults.font.size = 13;
        ChartJS.defaults.color = '#3b4452';
        ChartJS.defaults.animation = false;
        ChartJS.defaults.responsive = false;
        ChartJS.defaults.devicePixelRatio = 1;
      },
    });
    renderers.set(key, renderer);
  }
  return renderer;
}

export async function drawChart(spec: ChartSpec): Promise<Chart> {
  await registerChartFonts();
  const svg = rendererFor(spec.width, spec.height).renderToBufferSync(spec.config, 'image/svg+xml');
  return { src: `data:image/svg+xml;base64,${svg.toString('base64')}`, alt: spec.alt, width: spec.width, height: spec.height };
}
