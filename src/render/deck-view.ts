/** Stage 5a: the deck's view model, every string formatted, every slide numbered. */
import type { AccountReview } from '../analyse/review.ts';
import type { Audience } from '../config/config-schema.ts';
import type { Formatter } from '../format.ts';
import type { CustomerSlideKind } from '../validate/slide-list.ts';
import { customerSlideMakers, type DeckCharts } from './customer-slides.ts';
import { internalSlides } from './internal-slides.ts';
import { asWritten } from '../i18n/bidi-isolate.ts';
import { textDirection } from '../i18n/languages.ts';
import { wordsOf } from '../i18n/translator.ts';
import { single, type Slide } from './slide.ts';
import { fitClasses } from './slide-fit.ts';
import { orderSlides } from './slide-order.ts';

export interface DeckView {
  /** The language of the words (`<html lang>`); numbers and dates follow the account's locale. */
  lang: string;
  /** Which way its lines run (`<html dir>`): `rtl` mirrors every slide. */
  dir: 'ltr' | 'rtl';
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
  /**
   * The words `deck.hbs` prints around every slide: the footer and the internal band; and the
   * data's cut-off date, which the PowerPoint's footer adds (its slides travel alone).
   */
  words: {
    footer: string;
    internalBand: string;
    previousSlide: string;
    nextSlide: string;
    slideControls: string;
    dataAsOf: string;
  };
}

export interface DeckViewInput {
  review: AccountReview;
  f: Formatter;
  charts: DeckCharts;
  audience: Audience;
  company: { name: string; logo: string; colors: { primary: string; accent: string } };
  customerLogo: string;
  /** The config's discovery questions; undefined when it sets none (the catalogue's are used). */
  questions: string[] | undefined;
  /** The config's customer slides, in order; an account's own `slides` replaces it. */
  slides: readonly CustomerSlideKind[];
}

export function deckView(input: DeckViewInput): DeckView {
  const { review, f, audience, company } = input;
  const { account, summary } = review;
  const internal = audience === 'internal';
  const dir = textDirection(f.language);
  const quarter = f.quarter(summary.quarter);
  const agenda = (items: string[]) => single(f.t('agenda.title'), { kind: 'agenda', items });
  const title = single(f.t('title.heading', { customer: account.name, quarter }), {
    kind: 'title',
    noFooter: true,
    words: {
      ...wordsOf(f.t, ['title.kicker', 'title.internalCopy', 'title.dataAsOf'], {
        quarter,
        date: f.date(summary.as_of),
      }),
      presentedBy: f.t('title.presentedBy', { company: company.name }),
      customerLogo: f.t('deck.logoAlt', { name: account.name }),
      companyLogo: f.t('deck.logoAlt', { name: company.name }),
    },
  });
  const customer = orderSlides(account.slides ?? input.slides, {
    ...customerSlideMakers(input),
    title: () => [title],
    agenda,
  });
  const slides = [...customer, ...(internal ? internalSlides(input) : [])].map((slide, i) => ({
    ...slide,
    number: i + 1,
    label: f.t('deck.slideLabel', { number: i + 1, heading: slide.heading }),
    fit: fitClasses(slide, account.name),
  }));
  return {
    lang: f.language,
    dir,
    title: f.t(internal ? 'deck.titleInternal' : 'deck.title', { customer: account.name, quarter }),
    // The name as a heading, not put into a message: its Latin full stops kept as `t` keeps them.
    customer: asWritten(account.name, dir),
    quarter,
    company: company.name,
    companyLogo: company.logo,
    customerLogo: input.customerLogo,
    colors: company.colors,
    presenters: account.team.map((t) => ({ name: t.name, role: t.role ?? '' })),
    cutoff: f.date(summary.as_of),
    internal,
    slides,
    slideCount: slides.length,
    words: {
      footer: f.t('deck.footer', { customer: account.name, quarter }),
      internalBand: f.t('deck.internalBand'),
      previousSlide: f.t('deck.previousSlide'),
      nextSlide: f.t('deck.nextSlide'),
      slideControls: f.t('deck.slideControls'),
      dataAsOf: f.t('title.dataAsOf', { date: f.date(summary.as_of) }),
    },
  };
}
