/**
 * The account team's prep pages (`--audience internal`): health and what drives it, every
 * signal with a talking point, contact gaps and known risks. Never in the customer's copy.
 */
import { HEALTH_POINTS, meanAttainment, raisedWeight, SIGNAL_WEIGHTS, TOTAL_WEIGHT } from '../analyse/health.ts';
import type { SignalId } from '../analyse/summary-schema.ts';
import { wordsOf } from '../i18n/translator.ts';
import type { SlideInput } from './customer-slides.ts';
import { single, type Slide } from './slide.ts';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;
/** Roles a review needs someone in; users and others are welcome but not a gap. */
const NEEDED_ROLES = ['executive_sponsor', 'decision_maker', 'champion', 'finance'] as const;
const isNeeded = (role: string): role is (typeof NEEDED_ROLES)[number] =>
  (NEEDED_ROLES as readonly string[]).includes(role);

export function internalSlides(input: SlideInput): Slide[] {
  return [health(input), signals(input), coverage(input)];
}

function health({ review, f }: SlideInput): Slide {
  const { summary } = review;
  const raised = new Set(summary.signals.map((s) => s.id));
  const drivers = (Object.entries(SIGNAL_WEIGHTS) as Array<[SignalId, number]>).map(([id, weight]) => ({
    title: f.t(`signalTitle.${id}`),
    weight,
    raised: raised.has(id),
  }));
  const attainment = f.percent(meanAttainment(summary.promises));
  // The formula as the score is computed (src/analyse/health.ts), with this account's figures.
  const formula = f.t('health.formula', {
    attainmentWeight: HEALTH_POINTS.attainment,
    attainment,
    signalWeight: HEALTH_POINTS.signals,
    clear: TOTAL_WEIGHT - raisedWeight(summary.signals),
    total: TOTAL_WEIGHT,
  });
  return single(f.t('health.title'), {
    kind: 'health',
    internal: true,
    words: {
      ...wordsOf(f.t, [
        'health.scale',
        'health.signal',
        'health.weight',
        'health.thisQuarter',
        'health.raised',
        'health.clear',
      ]),
      formula,
    },
    score: summary.health,
    previous: review.previous ? f.t('health.previous', { score: review.previous.health }) : '',
    attainment,
    drivers,
    warning: review.dataLag
      ? f.t('health.dataLag', {
          quarter: f.quarter(review.dataLag.quarter),
          count: review.dataLag.quarters,
          latest: f.quarter(review.dataLag.latest),
        })
      : '',
  });
}

function signals({ review, f }: SlideInput): Slide {
  return single(f.t('signals.title'), {
    kind: 'signals',
    internal: true,
    words: wordsOf(f.t, ['signals.say', 'signals.none']),
    signals: review.summary.signals.map((s) => ({
      title: f.t(`signalTitle.${s.id}`),
      streak: streakOf(review, s.id, f),
      detail: s.detail,
      talkingPoint: f.t(`talkingPoint.${s.id}`),
    })),
  });
}

function coverage({ review, f }: SlideInput): Slide {
  const { summary, account, thresholds } = review;
  const stakeholders = account.stakeholders.length;
  const days = summary.engagement.days_since_last_touch;
  const gaps = [
    ...(stakeholders < thresholds.stakeholders_min
      ? [f.t('coverage.fewContacts', { count: stakeholders, min: thresholds.stakeholders_min })]
      : []),
    ...review.coverage.flatMap(({ role, people }) =>
      people.length === 0 && isNeeded(role) ? [f.t(`coverage.missing.${role}`)] : [],
    ),
    days === null
      ? f.t('coverage.noContact')
      : f.t('coverage.lastContact', { count: days, quarter: f.quarter(summary.quarter) }),
  ];
  const risks = account.risks
    .toSorted((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((r) => ({
      description: r.description,
      mitigation: r.mitigation ? f.t('coverage.mitigation', { text: r.mitigation }) : '',
      severity: r.severity,
      severityWord: f.t(`severity.${r.severity}`),
    }));
  const words = wordsOf(f.t, ['coverage.contacts', 'coverage.risks', 'coverage.noRisks']);
  return single(f.t('coverage.title'), { kind: 'contacts-and-risks', internal: true, words, gaps, risks });
}

/** "new this quarter", or "raised 3 quarters in a row, since Q2 2026". */
function streakOf(review: SlideInput['review'], id: string, f: SlideInput['f']): string {
  const streak = review.signalStreaks.find((s) => s.id === id);
  return streak ? f.t('signals.streak', { count: streak.quarters, since: f.quarter(streak.since) }) : '';
}
