/** The executive summary's headline figures, each with its change since last quarter. */
import type { QuarterSummary } from '../analyse/summary-schema.ts';
import type { Formatter } from '../format.ts';

export interface Kpi {
  label: string;
  value: string;
  detail: string;
  /** "↑ 2 pts since Q3"; empty in the contract's first quarter or when nothing changed. */
  change: string;
  /** `good`, `bad` or `flat`: the tile's accent; the arrow and words say the same. */
  trend: 'good' | 'bad' | 'flat';
}

function change(
  now: number,
  before: number | null | undefined,
  text: (delta: number) => string,
  since: string,
  f: Formatter,
): Pick<Kpi, 'change' | 'trend'> {
  if (before === null || before === undefined) return { change: '', trend: 'flat' };
  const delta = now - before;
  if (Math.abs(delta) < 1e-9) return { change: f.t('kpi.noChange', { quarter: since }), trend: 'flat' };
  return {
    change: f.t(delta > 0 ? 'kpi.up' : 'kpi.down', { delta: text(Math.abs(delta)), quarter: since }),
    trend: delta > 0 ? 'good' : 'bad',
  };
}

export function headlineKpis(now: QuarterSummary, before: QuarterSummary | null, f: Formatter): Kpi[] {
  const since = before ? f.quarter(before.quarter) : '';
  const kpis: Kpi[] = [];
  const onTrack = (s: QuarterSummary) => s.promises.filter((p) => p.status === 'met' || p.status === 'on_track').length;
  if (now.promises.length > 0) {
    const counts = (['met', 'on_track', 'at_risk', 'missed'] as const)
      .map((status) => [status, now.promises.filter((p) => p.status === status).length] as const)
      .filter(([, n]) => n > 0)
      // Each count keeps to its words ("1 missed", never "1" at a line's end): lines break at the dots.
      .map(([status, count]) => f.t('kpi.statusCount', { status, count }).replaceAll(' ', '\u00a0'));
    kpis.push({
      label: f.t('kpi.promises'),
      value: f.t('kpi.promisesValue', { count: onTrack(now), total: now.promises.length }),
      detail: counts.join(' · '),
      ...change(onTrack(now), before && onTrack(before), (d) => f.number(d, 0), since, f),
    });
  }
  if (now.value.delivered > 0) {
    kpis.push({
      label: f.t('kpi.value'),
      value: f.money(now.value.delivered),
      detail: f.t('kpi.valueDetail', {
        invested: f.money(now.value.invested),
        roi: f.t('number.times', { value: f.number(now.value.roi, 2) }),
      }),
      ...change(now.value.delivered, before?.value.delivered, (d) => f.money(d), since, f),
    });
  }
  if (now.adoption?.rate != null) {
    kpis.push({
      label: f.t('kpi.seats'),
      value: f.percent(now.adoption.rate),
      detail: f.t('adoption.seats', {
        active: f.number(now.adoption.active, 0),
        licensed: f.number(now.adoption.licensed, 0),
      }),
      ...change(
        now.adoption.rate * 100,
        before?.adoption?.rate == null ? null : before.adoption.rate * 100,
        (d) => f.t('kpi.points', { points: f.number(d, 0), count: Math.round(d) }),
        since,
        f,
      ),
    });
  }
  if (now.support?.csat != null) {
    const { tickets, sla_breaches: breaches } = now.support;
    kpis.push({
      label: f.t('kpi.csat'),
      value: f.t('number.ofFive', { value: f.number(now.support.csat, 1) }),
      detail: [
        tickets != null ? f.t('kpi.tickets', { count: tickets }) : '',
        breaches != null ? f.t('kpi.breaches', { count: breaches }) : '',
      ]
        .filter(Boolean)
        .join(' · '),
      ...change(now.support.csat, before?.support?.csat, (d) => f.number(d, 1), since, f),
    });
  }
  return kpis;
}
