/**
 * The account team's prep pages (`--audience internal`): health and what drives it, every
 * signal with a talking point, contact gaps and known risks. Never in the customer's copy.
 */
import { meanAttainment, SIGNAL_WEIGHTS } from '../analyse/health.ts';
import { dataLagWarning } from '../analyse/review-quarter.ts';
import type { SignalId } from '../analyse/summary-schema.ts';
import { countOf } from '../format.ts';
import { ROLE_NAMES, type SlideInput } from './customer-slides.ts';
import type { Slide } from './slide.ts';

export const SIGNAL_TITLES: Record<SignalId, string> = {
  unfulfilled_promise: 'A promise was missed',
  promise_at_risk: 'A promise is at risk',
  below_par_experience: 'Service fell short',
  value_below_price: 'Value is below the price',
  communication_gap: 'Contact is fading',
  single_threaded: 'Single-threaded',
  low_adoption: 'Low adoption',
  broken_commitment: 'We broke a commitment',
};

/** What to say in the room; the account team adapts it. */
export const TALKING_POINTS: Record<SignalId, string> = {
  unfulfilled_promise: 'Own the miss before they raise it: what happened, what we learned, and a dated recovery plan with a named owner.',
  promise_at_risk: 'Show the trend honestly and agree now on the actions and help needed to close the gap before the due quarter.',
  below_par_experience: 'Acknowledge the service problems by ticket, explain the fix, and offer a named escalation contact.',
  value_below_price: 'Walk through value not yet counted (time saved, risk avoided) and agree with finance how value will be measured.',
  communication_gap: 'Propose a fixed rhythm: a monthly check-in and the next QBR date agreed before leaving the room.',
  single_threaded: 'Ask to meet the executive sponsor and a second contact; offer an executive briefing as the reason.',
  low_adoption: 'Find out which teams are not using their seats and offer targeted enablement before renewal talks.',
  broken_commitment: 'Apologise plainly, give the new date and who owns it, and follow up in writing the same day.',
};

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export function internalSlides({ review, f }: SlideInput): Slide[] {
  const { summary, account } = review;
  const raised = new Set(summary.signals.map((s) => s.id));
  const drivers = Object.entries(SIGNAL_WEIGHTS).map(([id, weight]) => ({
    title: SIGNAL_TITLES[id as SignalId],
    weight,
    raised: raised.has(id as SignalId),
  }));
  const health: Slide = {
    kind: 'health',
    heading: 'Account team prep: health',
    internal: true,
    score: summary.health,
    previous: review.previous ? String(review.previous.health) : '',
    attainment: f.percent(meanAttainment(summary.promises)),
    drivers,
    warning: review.dataLag ? dataLagWarning(review.dataLag) : '',
  };
  const signals: Slide = {
    kind: 'signals',
    heading: 'Account team prep: signals and talking points',
    internal: true,
    signals: summary.signals.map((s) => ({ title: SIGNAL_TITLES[s.id], detail: s.detail, talkingPoint: TALKING_POINTS[s.id] })),
  };
  // Roles a review needs someone in; users and others are welcome but not a gap.
  const needed = new Set(['executive_sponsor', 'decision_maker', 'champion', 'finance']);
  const gaps = [
    ...(account.stakeholders.length < 2 ? [`Only ${countOf(account.stakeholders.length, 'customer contact')} on file.`] : []),
    ...review.coverage.filter((c) => needed.has(c.role) && c.people.length === 0).map((c) => `No ${ROLE_NAMES[c.role]!.toLowerCase()} named.`),
    ...(summary.engagement.days_since_last_touch === null ? ['No contact recorded.'] : [`Last contact ${summary.engagement.days_since_last_touch} days before the end of ${f.quarter(summary.quarter)}.`]),
  ];
  const risks = account.risks
    .toSorted((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((r) => ({ description: r.description, mitigation: r.mitigation ?? '', severity: r.severity }));
  const coverage: Slide = { kind: 'coverage', heading: 'Account team prep: contacts and risks', internal: true, gaps, risks };
  return [health, signals, coverage];
}
