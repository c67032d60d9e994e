/**
 * The risk signals of section 3: each with its params (the numbers behind it, unrounded) and a
 * sentence an account manager can read aloud, written from those params in the deck's language.
 */
import type { Formatter } from '../format.ts';
import type { Thresholds } from './thresholds.ts';
import { touchpointsWanted, type ContractAge } from './contract-age.ts';
import type { PromiseResult, Signal, SignalId, SignalParams, Summary } from './summary-schema.ts';

type SignalInputs = Pick<Summary, 'promises' | 'value' | 'adoption' | 'support' | 'engagement'> & {
  /** Vendor-owned commitments open past their due date at the end of the quarter. */
  brokenCommitments: string[];
  /** How old the contract is at the end of the quarter (src/analyse/contract-age.ts). */
  age: ContractAge;
};

/** Every signal whose condition holds, in the contract's order. */
export function detectSignals(figures: SignalInputs, t: Thresholds, f: Formatter): Signal[] {
  const signals: Signal[] = [];
  const raise: Raise = (id, params, detail) => void signals.push({ id, params, detail } as Signal);
  const total = figures.promises.length;
  const names = (list: PromiseResult[]) => f.list(list.map((p) => p.name));
  const missed = figures.promises.filter((p) => p.status === 'missed');
  if (missed.length > 0) {
    raise(
      'unfulfilled_promise',
      { missed: missed.length, total, promises: missed.map((p) => p.id) },
      f.t('signal.unfulfilled_promise', { missed: missed.length, total, names: names(missed) }),
    );
  }
  // A first quarter has no trend yet (every point falls in one quarter), so "at risk" would only
  // restate that the target is not reached on day one.
  const atRisk = figures.age.quarters > 1 ? figures.promises.filter((p) => p.status === 'at_risk') : [];
  if (atRisk.length > 0) {
    raise(
      'promise_at_risk',
      { at_risk: atRisk.length, total, promises: atRisk.map((p) => p.id) },
      f.t('signal.promise_at_risk', { atRisk: atRisk.length, total, names: names(atRisk) }),
    );
  }
  const support = figures.support;
  const csat = support?.csat != null && support.csat < t.csat_min ? support.csat : null;
  const breaches =
    support?.sla_breaches != null && support.sla_breaches > t.sla_breaches_max ? support.sla_breaches : null;
  if (support && (csat !== null || breaches !== null)) {
    const problems = [
      ...(csat === null ? [] : [f.t('signal.lowCsat', { csat: f.number(csat, 2), min: f.number(t.csat_min, 2) })]),
      ...(breaches === null ? [] : [f.t('signal.slaBreaches', { count: breaches })]),
    ];
    const params = {
      quarter: support.quarter,
      csat,
      csat_min: t.csat_min,
      sla_breaches: breaches,
      sla_breaches_max: t.sla_breaches_max,
    };
    raise(
      'below_par_experience',
      params,
      f.t('signal.below_par_experience', { quarter: f.quarter(support.quarter), problems: f.list(problems) }),
    );
  }
  const { roi, delivered, invested } = figures.value;
  // The first quarter's fee pays ahead for value that takes a rollout to show.
  if (roi < t.roi_min && figures.age.quarters > 1) {
    const words = {
      ratio: f.percent(roi),
      delivered: f.money(delivered),
      invested: f.money(invested),
      min: f.percent(t.roi_min),
    };
    raise(
      'value_below_price',
      { roi, roi_min: t.roi_min, delivered, invested },
      f.t('signal.value_below_price', words),
    );
  }
  communicationGap(figures.engagement, figures.age, t, f, raise);
  singleThreaded(figures.engagement, t, f, raise);
  const rate = figures.adoption?.rate;
  if (figures.adoption && rate != null && rate < t.adoption_min) {
    const { active, licensed, quarter } = figures.adoption;
    const words = {
      active: f.number(active, 0),
      licensed: f.number(licensed, 0),
      quarter: f.quarter(quarter),
      rate: f.percent(rate),
      min: f.percent(t.adoption_min),
    };
    raise(
      'low_adoption',
      { quarter, active, licensed, rate, adoption_min: t.adoption_min },
      f.t('signal.low_adoption', words),
    );
  }
  const broken = figures.brokenCommitments;
  if (broken.length > 0) {
    const list = f.list(broken.map((text) => f.t('text.quote', { text })));
    raise(
      'broken_commitment',
      { overdue: broken.length, commitments: broken },
      f.t('signal.broken_commitment', { count: broken.length, list }),
    );
  }
  return signals;
}

type Raise = <Id extends SignalId>(id: Id, params: SignalParams<Id>, detail: string) => void;

function communicationGap(e: Summary['engagement'], age: ContractAge, t: Thresholds, f: Formatter, raise: Raise): void {
  const wanted = touchpointsWanted(t.touchpoints_min, age.quarters);
  const problems: string[] = [];
  if (e.touchpoints_last_4_quarters < wanted) {
    const key = age.quarters < 4 ? 'signal.fewTouchpointsSinceStart' : 'signal.fewTouchpoints';
    problems.push(f.t(key, { count: e.touchpoints_last_4_quarters, min: wanted }));
  }
  if (age.daysWithoutContact > t.days_since_touch_max) {
    const key = age.touchedSinceStart ? 'signal.daysSinceContact' : 'signal.noContactSinceStart';
    problems.push(f.t(key, { count: age.daysWithoutContact, max: t.days_since_touch_max }));
  }
  if (problems.length === 0) return;
  const params = {
    touchpoints_last_4_quarters: e.touchpoints_last_4_quarters,
    touchpoints_min: wanted,
    contract_quarters: age.quarters,
    days_since_last_touch: e.days_since_last_touch,
    days_without_contact: age.daysWithoutContact,
    days_since_touch_max: t.days_since_touch_max,
  };
  raise('communication_gap', params, f.t('signal.communication_gap', { problems: f.list(problems) }));
}

function singleThreaded(e: Summary['engagement'], t: Thresholds, f: Formatter, raise: Raise): void {
  const problems = [
    ...(e.stakeholders < t.stakeholders_min
      ? [f.t('signal.fewStakeholders', { count: e.stakeholders, min: t.stakeholders_min })]
      : []),
    ...(e.has_executive_sponsor ? [] : [f.t('signal.noSponsor')]),
  ];
  if (problems.length === 0) return;
  const params = {
    stakeholders: e.stakeholders,
    stakeholders_min: t.stakeholders_min,
    has_executive_sponsor: e.has_executive_sponsor,
  };
  raise('single_threaded', params, f.t('signal.single_threaded', { problems: f.list(problems) }));
}
