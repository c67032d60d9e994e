/**
 * The slides of the customer's deck, in meeting order; a section without data has no slide.
 * Every word is the catalogue's (`f.t`); what a template prints besides data is in its
 * slide's `words`, each the message of the same name (`words.promise` is `scorecard.promise`).
 */
import { nextQuarterPlan } from '../analyse/next-plan.ts';
import { addQuarters } from '../calendar/quarter.ts';
import type { AccountReview } from '../analyse/review.ts';
import { PROMISE_CHARTS_PER_SLIDE } from '../chart/charts.ts';
import type { DeckCharts } from '../chart/deck-charts.ts';
import type { Formatter } from '../format.ts';
import { asWritten } from '../i18n/bidi-isolate.ts';
import { textDirection } from '../i18n/languages.ts';
import { wordsOf } from '../i18n/translator.ts';
import { headlineKpis } from './kpis.ts';
import { nameMarkup } from './latin-atoms.ts';
import { sinceLast } from './since-last-slide.ts';
import { markdownSize, markdownToHtml } from './markdown.ts';
import { scorecardRow, statusView } from './promise-view.ts';
import { paginate, single, type Slide } from './slide.ts';

export type { DeckCharts } from '../chart/deck-charts.ts';

export interface SlideInput {
  review: AccountReview;
  f: Formatter;
  charts: DeckCharts;
  /** The config's discovery questions; when it sets none, the catalogue's in the deck's language. */
  questions: string[] | undefined;
}

/** Rows that fit a slide with two-line names and notes; more continue on another slide. */
const SCORECARD_ROWS = 5;
/** Promises listed on the executive summary; the scorecard has them all. */
const SUMMARY_PROMISES = 4;

/** The makers of the customer slides after the title and agenda (see src/render/slide-order.ts). */
export function customerSlideMakers(input: SlideInput) {
  const makers = {
    'since-last': sinceLast,
    summary,
    success,
    scorecard,
    'promise-charts': promiseCharts,
    value,
    adoption,
    support,
    commitments,
    together,
    custom,
    ahead,
  };
  return Object.fromEntries(Object.entries(makers).map(([kind, make]) => [kind, () => make(input)])) as Record<
    keyof typeof makers,
    () => Slide[]
  >;
}

function summary({ review, f }: SlideInput): Slide[] {
  const highlights = review.account.highlights[review.summary.quarter] ?? [];
  const all = review.summary.promises;
  const promises = all.slice(0, SUMMARY_PROMISES).map((p) => {
    const row = scorecardRow(p, f);
    return {
      ...row,
      nameMarkup: nameMarkup(p.name, textDirection(f.language)),
      targetLine: f.t('summary.target', { target: row.target }),
    };
  });
  const more = all.length > SUMMARY_PROMISES ? f.t('summary.more', { count: all.length - SUMMARY_PROMISES }) : '';
  const words = wordsOf(f.t, ['summary.promises', 'summary.highlights'], {
    quarter: f.quarter(review.summary.quarter),
  });
  return [
    single(f.t('summary.title'), {
      kind: 'summary',
      words,
      kpis: headlineKpis(review.summary, review.previous, f),
      highlights: highlights.slice(0, 5),
      promises,
      more,
    }),
  ];
}

function success({ review, f }: SlideInput): Slide[] {
  const { account } = review;
  if (!account.success_definition && !account.contract.products?.length) return [];
  const { start, renewal } = account.contract;
  return [
    single(f.t('success.title'), {
      kind: 'success',
      words: wordsOf(f.t, ['success.quoteBy', 'success.bought', 'success.since', 'success.renewal'], {
        customer: account.name,
      }),
      quote: account.success_definition ?? '',
      // Long words get a smaller type rather than run into the footer.
      quoteSize:
        (account.success_definition?.length ?? 0) > 420
          ? 'small'
          : (account.success_definition?.length ?? 0) > 200
            ? 'medium'
            : 'large',
      products: account.contract.products ?? [],
      since: f.date(start),
      renewal: renewal ? f.date(renewal) : '',
    }),
  ];
}

function scorecard({ review, f }: SlideInput): Slide[] {
  const rows = review.summary.promises.map((p) => scorecardRow(p, f));
  const words = wordsOf(f.t, [
    'scorecard.promise',
    'scorecard.atSale',
    'scorecard.target',
    'scorecard.latest',
    'scorecard.attainment',
    'scorecard.status',
    'scorecard.note',
  ]);
  return paginate(rows, SCORECARD_ROWS, f.t('scorecard.title'), f.t, (page) => ({
    kind: 'scorecard',
    words,
    rows: page,
  }));
}

function promiseCharts({ review, f, charts }: SlideInput): Slide[] {
  const cards = review.summary.promises.flatMap((p, i) => {
    const chart = charts.promises[i];
    return chart ? [{ name: p.name, chart, ...statusView(p.status, f) }] : [];
  });
  return paginate(cards, PROMISE_CHARTS_PER_SLIDE, f.t('promiseCharts.title'), f.t, (page) => ({
    kind: 'promise-charts',
    cards: page,
    layout: ['one', 'two'][page.length - 1] ?? 'four',
  }));
}

function value({ review, f, charts }: SlideInput): Slide[] {
  if (!charts.value || review.summary.value.delivered === 0) return [];
  const { delivered, invested, roi } = review.summary.value;
  const entries = review.account.value
    .filter((v) => v.quarter === review.summary.quarter)
    .map((v) => ({ amount: f.money(v.amount), description: v.description ?? '' }));
  const words = wordsOf(f.t, ['value.delivered', 'value.invested', 'value.roi', 'value.thisQuarter']);
  return [
    single(f.t('value.title'), {
      kind: 'value',
      words,
      chart: charts.value,
      delivered: f.money(delivered),
      invested: f.money(invested),
      roi: f.t('number.times', { value: f.number(roi, 2) }),
      entries,
    }),
  ];
}

function adoption({ review, f, charts }: SlideInput): Slide[] {
  const now = review.summary.adoption;
  if (!charts.adoption || !now) return [];
  const figures = {
    quarter: f.quarter(now.quarter),
    active: f.number(now.active, 0),
    licensed: f.number(now.licensed, 0),
  };
  const words = wordsOf(f.t, ['adoption.inUse', 'adoption.seats'], figures);
  return [
    single(f.t('adoption.title'), {
      kind: 'adoption',
      words,
      chart: charts.adoption,
      rate: now.rate === null ? '–' : f.percent(now.rate),
      ...figures,
    }),
  ];
}

function support({ review, f, charts }: SlideInput): Slide[] {
  if (!charts.support) return [];
  const now = review.summary.support;
  const show = (v: number | null | undefined, format: (v: number) => string) =>
    v === null || v === undefined ? '–' : format(v);
  const count = (v: number) => f.number(v, 0);
  const figures = now
    ? [
        { label: f.t('support.opened'), value: show(now.tickets, count) },
        { label: f.t('support.resolved'), value: show(now.resolved, count) },
        { label: f.t('support.breaches'), value: show(now.sla_breaches, count) },
        { label: f.t('support.firstResponse'), value: show(now.first_response_hours, (v) => f.measure(v, 'hours')) },
        {
          label: f.t('support.satisfaction'),
          value: show(now.csat, (v) => f.t('number.ofFive', { value: f.number(v, 1) })),
        },
      ]
    : [];
  return [
    single(f.t('support.title'), {
      kind: 'support',
      chart: charts.support,
      figures,
      quarter: f.quarter(review.summary.quarter),
    }),
  ];
}

function commitments({ review, f }: SlideInput): Slide[] {
  const order = { overdue: 0, open: 1, done: 2, dropped: 3 } as const;
  const rows = review.commitments
    .toSorted((a, b) => order[a.state] - order[b.state] || a.commitment.due.localeCompare(b.commitment.due))
    .map(({ commitment: c, state }) => ({
      description: c.description,
      owner: c.owner === 'vendor' ? f.t('commitments.us') : asWritten(review.account.name, textDirection(f.language)),
      due: f.date(c.due),
      state,
      stateWord:
        state === 'done' && c.completed
          ? f.t('commitment.doneOn', { date: f.date(c.completed) })
          : f.t(`commitment.${state}`),
      stateIcon: `icon-${state}`,
    }));
  const words = wordsOf(f.t, ['commitments.what', 'commitments.owner', 'commitments.due', 'commitments.status']);
  return paginate(rows, 7, f.t('commitments.title'), f.t, (page) => ({ kind: 'commitments', words, rows: page }));
}

function together({ review, f, charts }: SlideInput): Slide[] {
  const { account, summary, thresholds } = review;
  const recent = account.touchpoints
    .filter((t) => t.date <= summary.as_of)
    .toSorted((a, b) => b.date.localeCompare(a.date))
    .slice(0, 4)
    .map((t) => ({
      date: f.date(t.date),
      type: f.t(`touchpoint.${t.type}`),
      summary: t.summary ?? '',
      people: t.with?.length ? f.t('together.with', { people: f.list(t.with) }) : '',
    }));
  if (account.stakeholders.length === 0 && account.touchpoints.length === 0) return [];
  return [
    single(f.t('together.title'), {
      kind: 'together',
      words: wordsOf(
        f.t,
        ['together.contacts', 'together.rhythm', 'together.latest', 'together.theirs', 'together.ours'],
        { count: thresholds.touchpoints_min },
      ),
      chart: charts.touchpoints,
      contacts: summary.engagement.touchpoints_last_4_quarters,
      recent,
      theirs: account.stakeholders
        .slice(0, 8)
        .map((s) => ({ name: s.name, title: s.title ?? '', role: f.t(`role.${s.role}`) })),
      ours: account.team.slice(0, 5).map((t) => ({ name: t.name, role: t.role ?? '' })),
    }),
  ];
}

function ahead({ review, f, questions }: SlideInput): Slide[] {
  const next = addQuarters(review.summary.quarter, 1);
  const plan = nextQuarterPlan(review.account, review.summary.quarter) ?? [];
  const ours =
    questions ??
    (['ahead.question1', 'ahead.question2', 'ahead.question3', 'ahead.question4'] as const).map((key) => f.t(key));
  const words = wordsOf(f.t, ['ahead.plan', 'ahead.noPlan', 'ahead.questions'], { quarter: f.quarter(next) });
  return [
    single(f.t('ahead.title'), {
      kind: 'ahead',
      words,
      plan,
      questions: (review.account.questions ?? ours).slice(0, 6),
    }),
  ];
}

/** The account's own slides, in file order: a title and a Markdown body. */
function custom({ review }: SlideInput): Slide[] {
  return review.account.custom_slides.map((s) =>
    single(s.title, {
      kind: 'custom',
      id: s.id,
      body: markdownToHtml(s.body),
      markdown: s.body,
      size: markdownSize(s.body),
    }),
  );
}
