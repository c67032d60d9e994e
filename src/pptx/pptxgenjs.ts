/**
 * pptxgenjs, typed. Its types describe a CommonJS module (the class under `default`), while
 * node and esbuild load its ES module, whose default export is the class itself.
 */
import pptxgenjs from 'pptxgenjs';

type Pptx = pptxgenjs.default;
/** The presentation class. */
export const Presentation = ((pptxgenjs as unknown as { default?: unknown }).default ??
  pptxgenjs) as unknown as typeof pptxgenjs.default;
export type Presentation = Pptx;
export type Slide = pptxgenjs.default.Slide;
export type TextProps = pptxgenjs.default.TextProps;
export type TextPropsOptions = pptxgenjs.default.TextPropsOptions;
export type ChartOptions = pptxgenjs.default.IChartOpts;
export type ChartMulti = pptxgenjs.default.IChartMulti;
export type ChartName = pptxgenjs.default.CHART_NAME;
export type ValueAxisOptions = pptxgenjs.default.IChartPropsAxisVal;
export type TableRow = pptxgenjs.default.TableRow;
export type TableCell = pptxgenjs.default.TableCell;
export type TableProps = pptxgenjs.default.TableProps;
