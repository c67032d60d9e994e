/** Stage 5a: the deck's view model, every string formatted, every slide numbered. */
import type { Review } from '../analyse/review.ts';
import type { Audience } from '../config/config-schema.ts';
import type { Formatter } from '../format.ts';
import type { CustomerSlideKind } from '../validate/slide-list.ts';
import { customerSlideMakers, type DeckCharts } from './customer-slides.ts';
import { internalSlides } from './internal-slides.ts';
import type { Slide } from './slide.ts';
import { fitClasses } from './slide-fit.ts';
import { orderSlides } from './slide-order.ts';

export interface DeckView {
  lang: string;
  title: string;
  customer: string;
  quarter: string;
  company: string;
  companyLogo: string;
  customerLogo: string;
  colors: { primary: string; accent: string };
  presenters: Array<{ name: string; role: string }>;
  cutoff: string;
  internal: boolean;
  slides: Slide[];
  slideCount: number;
}

export interface DeckViewInput {
  review: Review;
  f: Formatter;
  charts: DeckCharts;
  audience: Audience;
  company: { name: string; logo: string; colors: { primary: string; accent: string } };
  customerLogo: string;
  questions: string[];
  /** The config's customer slides, in order; an account's own `slides` replaces it. */
  slides: readonly CustomerSlideKind[];
}

export function deckView(input: DeckViewInput): DeckView {
  const { review, f, audience, company } = input;
  const { account, summary } = review;
  const internal = audience === 'internal' ? internalSlides(input) : [];
  const agenda = (items: string[]): Slide => ({ kind: 'agenda', heading: 'Agenda', items });
  const title: Slide = { kind: 'title', bare: true, heading: `${account.name}: Quarterly Business Review, ${f.quarter(summary.quarter)}` };
  const customer = orderSlides(account.slides ?? input.slides, { ...customerSlideMakers(input), title: () => [title], agenda });
  const slides = [...customer, ...internal].map((slide, i) => ({ ...slide, number: i + 1, fit: fitClasses(slide, account.name) }));
  return {
    lang: f.locale,
    title: `${account.name}: Quarterly Business Review ${f.quarter(summary.quarter)}${audience === 'internal' ? ' (internal)' : ''}`,
    customer: account.name,
    quarter: f.quarter(summary.quarter),
    company: company.name,
    companyLogo: company.logo,
    customerLogo: input.customerLogo,
    colors: company.colors,
    presenters: account.team.map((t) => ({ name: t.name, role: t.role ?? '' })),
    cutoff: f.date(summary.as_of),
    internal: audience === 'internal',
    slides,
    slideCount: slides.length,
  };
}
