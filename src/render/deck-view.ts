/** Stage 5a: the deck's view model, every string formatted, every slide numbered. */
import type { Review } from '../analyse/review.ts';
import type { Audience } from '../config/config-schema.ts';
import type { Formatter } from '../format.ts';
import { customerSlides, type DeckCharts } from './customer-slides.ts';
import { internalSlides } from './internal-slides.ts';
import type { Slide } from './slide.ts';

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
}

export function deckView(input: DeckViewInput): DeckView {
  const { review, f, audience, company } = input;
  const { account, summary } = review;
  const body = customerSlides(input);
  const internal = audience === 'internal' ? internalSlides(input) : [];
  const agenda: Slide = {
    kind: 'agenda',
    heading: 'Agenda',
    items: [...new Set(body.map((s) => s.heading.replace(/ \(\d+ of \d+\)$/, '')))],
  };
  const title: Slide = { kind: 'title', bare: true, heading: `${account.name}: Quarterly Business Review, ${f.quarter(summary.quarter)}` };
  const slides = [title, agenda, ...body, ...internal].map((slide, i) => ({ ...slide, number: i + 1 }));
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
