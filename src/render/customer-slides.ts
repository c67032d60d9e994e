/** The slides of the customer's deck, kind by kind; a section without data has no slide. */
import { addQuarters } from '../analyse/quarter.ts';
import type { Review } from '../analyse/review.ts';
import type { Chart } from '../chart/chart-renderer.ts';
import { PROMISE_CHARTS_PER_SLIDE } from '../chart/charts.ts';
import type { Formatter } from '../format.ts';
import { headlineKpis } from './kpis.ts';
import { markdownSize, markdownToHtml } from './markdown.ts';
import { scorecardRow, statusView } from './promise-view.ts';
import { paginate, type Slide } from './slide.ts';

/** The charts a deck shows, drawn before the slides are laid out. */
export interface DeckCharts {
  /** One per promise, in file order; null for a promise with no result yet. */
  promises: Array<Chart | null>;
  value: Chart | null;
  adoption: Chart | null;
  support: Chart | null;
  touchpoints: Chart | null;
}

export interface SlideInput {
  review: Review;
  f: Formatter;
  charts: DeckCharts;
  questions: string[];
}

/** Rows that fit a slide with two-line names and notes; more continue on another slide. */
const SCORECARD_ROWS = 5;
/** Promises listed on the executive summary; the scorecard has them all. */
const SUMMARY_PROMISES = 4;

export const ROLE_NAMES: Record<string, string> = {
  executive_sponsor: 'Executive sponsor',
  decision_maker: 'Decision maker',
  champion: 'Champion',
  user: 'User',
  finance: 'Finance',
  other: 'Other',
};

/** The makers of the customer slides after the title and agenda (see src/render/slide-order.ts). */
export function customerSlideMakers(input: SlideInput) {
  const makers = { summary, success, scorecard, 'promise-charts': promiseCharts, value, adoption, support, commitments, together, custom, ahead };
  return Object.fromEntries(Object.entries(makers).map(([kind, make]) => [kind, () => make(input)])) as Record<keyof typeof makers, () => Slide[]>;
}

function summary({ review, f }: SlideInput): Slide[] {
  const highlights = review.account.highlights[review.summary.quarter] ?? [];
  const all = review.summary.promises;
  const promises = all.slice(0, SUMMARY_PROMISES).map((p) => scorecardRow(p, f));
  const more = all.length > SUMMARY_PROMISES ? `and ${all.length - SUMMARY_PROMISES} more on the scorecard` : '';
  return [{ kind: 'summary', heading: 'Executive summary', kpis: headlineKpis(review.summary, review.previous, f), highlights: highlights.slice(0, 5), promises, more }];
}

function success({ review, f }: SlideInput): Slide[] {
  const { account } = review;
  if (!account.success_definition && !account.contract.products?.length) return [];
  const { start, renewal } = account.contract;
  return [{
    kind: 'success',
    heading: 'Your definition of success',
    quote: account.success_definition ?? '',
    // Long words get a smaller type rather than run into the footer.
    quoteSize: (account.success_definition?.length ?? 0) > 420 ? 'small' : (account.success_definition?.length ?? 0) > 200 ? 'medium' : 'large',
    products: account.contract.products ?? [],
    since: f.date(start),
    renewal: renewal ? f.date(renewal) : '',
  }];
}

function scorecard({ review, f }: SlideInput): Slide[] {
  const rows = review.summary.promises.map((p) => scorecardRow(p, f));
  return paginate(rows, SCORECARD_ROWS, 'Promise scorecard', (page, heading) => ({ kind: 'scorecard', heading, rows: page }));
}

function promiseCharts({ review, charts }: SlideInput): Slide[] {
  const cards = review.summary.promises.flatMap((p, i) => {
    const chart = charts.promises[i];
    return chart ? [{ name: p.name, chart, ...statusView(p.status) }] : [];
  });
  return paginate(cards, PROMISE_CHARTS_PER_SLIDE, 'Results against promises', (page, heading) => ({ kind: 'promise-charts', heading, cards: page, layout: ['one', 'two'][page.length - 1] ?? 'four' }));
}

function value({ review, f, charts }: SlideInput): Slide[] {
  if (!charts.value || review.summary.value.delivered === 0) return [];
  const { delivered, invested, roi } = review.summary.value;
  const entries = review.account.value.filter((v) => v.quarter === review.summary.quarter).map((v) => ({ amount: f.money(v.amount), description: v.description ?? '' }));
  return [{ kind: 'value', heading: 'Value delivered against investment', chart: charts.value, delivered: f.money(delivered), invested: f.money(invested), roi: `${f.number(roi, 2)}×`, entries }];
}

function adoption({ review, f, charts }: SlideInput): Slide[] {
  const now = review.summary.adoption;
  if (!charts.adoption || !now) return [];
  return [{ kind: 'adoption', heading: 'Adoption', chart: charts.adoption, rate: now.rate === null ? '–' : f.percent(now.rate), active: f.number(now.active, 0), licensed: f.number(now.licensed, 0), quarter: f.quarter(now.quarter) }];
}

function support({ review, f, charts }: SlideInput): Slide[] {
  if (!charts.support) return [];
  const now = review.summary.support;
  const show = (v: number | null | undefined, format: (v: number) => string) => (v === null || v === undefined ? '–' : format(v));
  const figures = now
    ? [
        { label: 'Tickets opened', value: show(now.tickets, (v) => f.number(v, 0)) },
        { label: 'Tickets resolved', value: show(now.resolved, (v) => f.number(v, 0)) },
        { label: 'SLA breaches', value: show(now.sla_breaches, (v) => f.number(v, 0)) },
        { label: 'First response', value: show(now.first_response_hours, (v) => `${f.number(v, 1)} h`) },
        { label: 'Satisfaction', value: show(now.csat, (v) => `${f.number(v, 1)} / 5`) },
      ]
    : [];
  return [{ kind: 'support', heading: 'Service and support', chart: charts.support, figures, quarter: f.quarter(review.summary.quarter) }];
}

function commitments({ review, f }: SlideInput): Slide[] {
  const order = { overdue: 0, open: 1, done: 2, dropped: 3 } as const;
  const words = { overdue: 'Overdue', open: 'Open', done: 'Done', dropped: 'Dropped' } as const;
  const rows = review.commitments
    .toSorted((a, b) => order[a.state] - order[b.state] || a.commitment.due.localeCompare(b.commitment.due))
    .map(({ commitment: c, state }) => ({
      description: c.description,
      owner: c.owner === 'vendor' ? 'Us' : review.account.name,
      due: f.date(c.due),
      state,
      stateWord: state === 'done' && c.completed ? `Done ${f.date(c.completed)}` : words[state],
      stateIcon: `icon-${state}`,
    }));
  return paginate(rows, 7, 'What we committed to', (page, heading) => ({ kind: 'commitments', heading, rows: page }));
}

function together({ review, f, charts }: SlideInput): Slide[] {
  const { account, summary } = review;
  const recent = account.touchpoints
    .filter((t) => t.date <= summary.as_of)
    .toSorted((a, b) => b.date.localeCompare(a.date))
    .slice(0, 4)
    .map((t) => ({ date: f.date(t.date), type: t.type === 'qbr' ? 'QBR' : t.type.charAt(0).toUpperCase() + t.type.slice(1), summary: t.summary ?? '', people: (t.with ?? []).join(', ') }));
  if (account.stakeholders.length === 0 && account.touchpoints.length === 0) return [];
  return [{
    kind: 'together',
    heading: 'Working together',
    chart: charts.touchpoints,
    contacts: summary.engagement.touchpoints_last_4_quarters,
    recent,
    theirs: account.stakeholders.slice(0, 8).map((s) => ({ name: s.name, title: s.title ?? '', role: ROLE_NAMES[s.role] })),
    ours: account.team.slice(0, 5).map((t) => ({ name: t.name, role: t.role ?? '' })),
  }];
}

function ahead({ review, f, questions }: SlideInput): Slide[] {
  const next = addQuarters(review.summary.quarter, 1);
  const plan = review.account.plan[next] ?? review.account.plan[review.summary.quarter] ?? [];
  return [{ kind: 'ahead', heading: 'Looking ahead', next: f.quarter(next), plan, questions: (review.account.questions ?? questions).slice(0, 6) }];
}

/** The account's own slides, in file order: a title and a Markdown body. */
function custom({ review }: SlideInput): Slide[] {
  return review.account.custom_slides.map((s) => ({ kind: 'custom', heading: s.title, id: s.id, body: markdownToHtml(s.body), size: markdownSize(s.body) }));
}
