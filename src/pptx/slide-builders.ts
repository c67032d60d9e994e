/** Which builder lays out each kind of slide; kinds without one get a slide of their text. */
import type { SlideBuilder } from './context.ts';
import { aheadSlide } from './slides/ahead.ts';
import { agendaSlide } from './slides/agenda.ts';
import { adoptionSlide, supportSlide, valueSlide } from './slides/chart-side.ts';
import { commitmentsSlide } from './slides/commitments.ts';
import { contactsAndRisksSlide } from './slides/contacts-and-risks.ts';
import { customSlide } from './slides/custom.ts';
import { genericSlide } from './slides/generic.ts';
import { healthSlide } from './slides/health.ts';
import { promiseChartsSlide } from './slides/promise-charts.ts';
import { scorecardSlide } from './slides/scorecard.ts';
import { sinceLastSlide } from './slides/since-last.ts';
import { signalsSlide } from './slides/signals.ts';
import { successSlide } from './slides/success.ts';
import { summarySlide } from './slides/summary.ts';
import { titleSlide } from './slides/title.ts';
import { togetherSlide } from './slides/together.ts';

const BUILDERS: Record<string, SlideBuilder> = {
  title: titleSlide,
  agenda: agendaSlide,
  'since-last': sinceLastSlide,
  summary: summarySlide,
  success: successSlide,
  scorecard: scorecardSlide,
  'promise-charts': promiseChartsSlide,
  value: valueSlide,
  adoption: adoptionSlide,
  support: supportSlide,
  commitments: commitmentsSlide,
  together: togetherSlide,
  ahead: aheadSlide,
  custom: customSlide,
  health: healthSlide,
  signals: signalsSlide,
  'contacts-and-risks': contactsAndRisksSlide,
};

/** The builder for a kind of slide; an unknown kind gets its heading and text. */
export function slideBuilder(kind: string): SlideBuilder {
  return Object.hasOwn(BUILDERS, kind) ? BUILDERS[kind]! : genericSlide;
}
