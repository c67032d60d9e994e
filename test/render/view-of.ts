/** An account file's deck view, with blank charts: for tests of the view's words and slides, not its charts. */
import type { Chart } from '../../src/chart/chart-renderer.ts';
import { reviewAccount } from '../../src/analyse/review.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import { createFormatter } from '../../src/format.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { type DeckView, deckView } from '../../src/render/deck-view.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { CUSTOMER_SLIDE_KINDS } from '../../src/validate/slide-list.ts';

const BLANK_CHART = {
  svg: '<svg></svg>',
  alt: '',
  width: 1,
  height: 1,
  data: {
    labels: [],
    series: [],
    categoryMarks: [],
    valueMarks: [],
    primary: { min: 0, max: 1, exact: false, step: null },
    secondary: null,
  },
} as unknown as Chart;

export interface ViewOptions {
  audience?: 'customer' | 'internal';
  /** The config's questions (none: the language's own). */
  questions?: string[];
  /** In place of the account's plan. */
  plan?: Record<string, string[]>;
}

export async function viewOf(
  file: string,
  quarter: string,
  language: Language,
  { audience = 'customer', questions, plan }: ViewOptions = {},
): Promise<DeckView> {
  const { account } = await loadAccount(file);
  const review = reviewAccount(
    { ...account, questions: undefined, plan: plan ?? account.plan },
    quarter,
    DEFAULT_THRESHOLDS,
    language,
  );
  return deckView({
    review,
    f: createFormatter(review.locale, account.currency, language),
    charts: {
      promises: account.promises.map(() => BLANK_CHART),
      value: BLANK_CHART,
      adoption: BLANK_CHART,
      support: BLANK_CHART,
      touchpoints: BLANK_CHART,
    },
    audience,
    company: { name: 'Vendor', logo: '', colors: { primary: '#000000', accent: '#000000' } },
    customerLogo: '',
    questions,
    slides: CUSTOMER_SLIDE_KINDS,
  });
}
