/** The risk signals of section 3, each with a sentence an account manager can read aloud. */
import { countOf, type Formatter } from '../format.ts';
import type { Thresholds } from './thresholds.ts';
import type { PromiseResult, Signal, Summary } from './summary-schema.ts';

type Facts = Pick<Summary, 'promises' | 'value' | 'adoption' | 'support' | 'engagement'> & {
  /** Vendor-owned commitments open past their due date at the end of the quarter. */
  brokenCommitments: string[];
};

const names = (list: PromiseResult[]) => list.map((p) => p.name).join(', ');

/** Every signal whose condition holds, in the contract's order. */
export function detectSignals(facts: Facts, t: Thresholds, format: Formatter): Signal[] {
  const percent = (ratio: number) => format.percent(ratio);
  const signals: Signal[] = [];
  const total = facts.promises.length;
  const missed = facts.promises.filter((p) => p.status === 'missed');
  if (missed.length > 0) {
    signals.push({ id: 'unfulfilled_promise', detail: `${missed.length} of ${total} promises missed: ${names(missed)}.` });
  }
  const atRisk = facts.promises.filter((p) => p.status === 'at_risk');
  if (atRisk.length > 0) {
    signals.push({ id: 'promise_at_risk', detail: `${atRisk.length} of ${total} promises projected to miss their target: ${names(atRisk)}.` });
  }
  const experience = experienceProblems(facts.support, t);
  if (experience.length > 0) {
    signals.push({ id: 'below_par_experience', detail: `Support in ${facts.support!.quarter}: ${experience.join('; ')}.` });
  }
  const { roi, delivered, invested } = facts.value;
  if (roi < t.roi_min) {
    signals.push({
      id: 'value_below_price',
      detail: `Value delivered is ${percent(roi)} of fees paid so far (${format.money(delivered)} of ${format.money(invested)}); the bar is ${percent(t.roi_min)}.`,
    });
  }
  const gap = communicationProblems(facts.engagement, t);
  if (gap.length > 0) signals.push({ id: 'communication_gap', detail: `${capitalise(gap.join('; '))}.` });
  const { stakeholders, has_executive_sponsor } = facts.engagement;
  const thin = [
    ...(stakeholders < t.stakeholders_min ? [`${countOf(stakeholders, 'customer contact')} on file (at least ${t.stakeholders_min} wanted)`] : []),
    ...(has_executive_sponsor ? [] : ['no executive sponsor']),
  ];
  if (thin.length > 0) signals.push({ id: 'single_threaded', detail: `${capitalise(thin.join('; '))}.` });
  const rate = facts.adoption?.rate;
  if (rate !== undefined && rate !== null && rate < t.adoption_min) {
    const { active, licensed, quarter } = facts.adoption!;
    signals.push({ id: 'low_adoption', detail: `${active} of ${licensed} licensed seats in use in ${quarter} (${percent(rate)}; the bar is ${percent(t.adoption_min)}).` });
  }
  if (facts.brokenCommitments.length > 0) {
    const n = facts.brokenCommitments.length;
    signals.push({ id: 'broken_commitment', detail: `${countOf(n, 'commitment')} of ours overdue: ${facts.brokenCommitments.join('; ')}.` });
  }
  return signals;
}

function experienceProblems(support: Summary['support'], t: Thresholds): string[] {
  if (!support) return [];
  const problems: string[] = [];
  if (support.csat !== null && support.csat < t.csat_min) problems.push(`satisfaction ${support.csat} of 5 (below ${t.csat_min})`);
  if (support.sla_breaches !== null && support.sla_breaches > t.sla_breaches_max) {
    problems.push(countOf(support.sla_breaches, 'SLA breach', 'SLA breaches'));
  }
  return problems;
}

function communicationProblems(e: Summary['engagement'], t: Thresholds): string[] {
  const problems: string[] = [];
  if (e.touchpoints_last_4_quarters < t.touchpoints_min) {
    problems.push(`${countOf(e.touchpoints_last_4_quarters, 'touchpoint')} in the last four quarters (at least ${t.touchpoints_min} wanted)`);
  }
  if (e.days_since_last_touch === null) problems.push('no recorded contact at all');
  else if (e.days_since_last_touch > t.days_since_touch_max) {
    problems.push(`${e.days_since_last_touch} days since the last contact (more than ${t.days_since_touch_max})`);
  }
  return problems;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
