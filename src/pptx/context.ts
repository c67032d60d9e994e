/** What every slide builder of the PowerPoint shares while one deck is built. */
import type * as P from './pptxgenjs.ts';
import type { ChartSeries } from '../chart/chart-data.ts';
import type { LogoImage } from './logo-image.ts';
import type { DeckView } from '../render/deck-view.ts';
import type { Slide } from '../render/slide.ts';

export interface PptxContext {
  pres: P.Presentation;
  deck: DeckView;
  /** The series of each native chart, in the order they were added: the XML is finished from them. */
  charts: ChartSeries[][];
  /** Layout names of the slide master (see master.ts). */
  layouts: { title: string; content: string; internal: string | null };
  logos: { company: LogoImage | null; customer: LogoImage | null };
}

/** Lays out one slide of the view model on a PowerPoint slide; returns its speaker notes. */
export type SlideBuilder = (slide: P.Slide, view: Slide, context: PptxContext) => string[];
