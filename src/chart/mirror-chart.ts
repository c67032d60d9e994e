/**
 * A chart for a right-to-left deck: time runs from right to left (the x scale reversed), the
 * value axis stands on the right and a second one on the left, the legend reads from the right,
 * a level line's label sits at its other end, and the room kept on one side moves to the other.
 * Chart.js mirrors legends (`rtl`) but not axes. The labels' own order is the SVG text's business (svg-text.ts isolates right-to-left labels).
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartSpec } from './chart-renderer.ts';

interface ScaleLike {
  position?: string;
  reverse?: boolean;
}

interface AnnotationLike {
  xMin?: unknown;
  label?: { xAdjust?: number };
}

const OTHER_SIDE: Record<string, string> = { left: 'right', right: 'left' };

/** The same chart, mirrored; `spec` is left as it is. */
export function mirrorChart(spec: ChartSpec): ChartSpec {
  const options = spec.config.options ?? {};
  const scales = Object.fromEntries(
    Object.entries((options.scales ?? {}) as Record<string, ScaleLike>).map(([id, scale]) => [
      id,
      mirrorScale(id, scale),
    ]),
  );
  const plugins = { ...options.plugins } as Record<string, unknown> & {
    legend?: object;
    annotation?: { annotations?: Record<string, AnnotationLike> };
  };
  if (plugins.legend) plugins.legend = { ...plugins.legend, rtl: true };
  if (plugins.annotation?.annotations) {
    const annotations = Object.fromEntries(
      Object.entries(plugins.annotation.annotations).map(([id, a]) => [id, mirrorAnnotation(a)]),
    );
    plugins.annotation = { ...plugins.annotation, annotations };
  }
  const padding = (options.layout?.padding ?? {}) as { left?: number; right?: number };
  const layout =
    typeof padding === 'object'
      ? { ...options.layout, padding: { ...padding, left: padding.right, right: padding.left } }
      : options.layout;
  return {
    ...spec,
    config: { ...spec.config, options: { ...options, layout, scales, plugins } } as ChartConfiguration,
  };
}

/** The quarters' axis reversed; value axes to the other side (Chart.js puts `y` on the left). */
function mirrorScale(id: string, scale: ScaleLike): ScaleLike {
  if (id === 'x') return { ...scale, reverse: true };
  return { ...scale, position: OTHER_SIDE[scale.position ?? 'left'] ?? scale.position };
}

/**
 * A level line's label to the other end: with the x scale reversed, the annotation plugin's `end`
 * is already the left end, so only the push outwards (`xAdjust`) changes sign. A quarter's upright
 * line keeps its label at the top.
 */
function mirrorAnnotation(annotation: AnnotationLike): AnnotationLike {
  const xAdjust = annotation.label?.xAdjust;
  if (annotation.xMin !== undefined || !xAdjust) return annotation;
  return { ...annotation, label: { ...annotation.label, xAdjust: -xAdjust } };
}
