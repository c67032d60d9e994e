/** A promise's row on the scorecard and its status as a word and an icon (never colour alone). */
import type { PromiseResult, PromiseStatus } from '../analyse/summary-schema.ts';
import type { Formatter } from '../format.ts';

/** The status as the templates show it: a word, an icon partial and a CSS modifier. */
export function statusView(status: PromiseStatus, f: Formatter) {
  return { status, statusWord: f.t(`status.${status}`), statusIcon: `icon-${status}` };
}

export function scorecardRow(p: PromiseResult, f: Formatter) {
  const attainment = p.attainment ?? 0;
  return {
    name: p.name,
    baseline: f.measure(p.baseline, p.unit),
    target: f.measure(p.target, p.unit),
    due: f.quarter(p.due),
    /** "by Q2 2026", under the target. */
    dueLine: f.t('promise.due', { quarter: f.quarter(p.due) }),
    direction: f.t(p.direction === 'lower' ? 'promise.lower' : 'promise.higher'),
    latest: p.latest === null ? '–' : f.measure(p.latest, p.unit),
    latestQuarter: p.latest_quarter ? f.quarter(p.latest_quarter) : '',
    attainment: p.attainment === null ? '–' : f.percent(p.attainment),
    /** Width of the attainment bar, 0-100. */
    attainmentWidth: Math.round(Math.min(1, Math.max(0, attainment)) * 100),
    source: p.source ?? '',
    ...statusView(p.status, f),
  };
}
