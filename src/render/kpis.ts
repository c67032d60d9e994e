/** The executive summary's headline figures, each with its change since last quarter. */
import type { Summary } from '../analyse/summary-schema.ts';
import { countOf, type Formatter } from '../format.ts';

export interface Kpi {
  label: string;
  value: string;
  detail: string;
  /** "↑ 2 pts since Q3"; empty in the contract's first quarter or when nothing changed. */
  change: string;
  /** `good`, `bad` or `flat`: the tile's accent; the arrow and words say the same. */
  trend: 'good' | 'bad' | 'flat';
}

function change(now: number, before: number | null | undefined, text: (delta: number) => string, since: string): Pick<Kpi, 'change' | 'trend'> {
  if (before === null || before === undefined) return { change: '', trend: 'flat' };
  const delta = now - before;
  if (Math.abs(delta) < 1e-9) return { change: `No change since ${since}`, trend: 'flat' };
  return { change: `${delta > 0 ? '↑' : '↓'} ${text(Math.abs(delta))} since ${since}`, trend: delta > 0 ? 'good' : 'bad' };
}

export function headlineKpis(now: Summary, before: Summary | null, f: Formatter): Kpi[] {
  const since = before ? f.quarter(before.quarter) : '';
  const kpis: Kpi[] = [];
  const onTrack = (s: Summary) => s.promises.filter((p) => p.status === 'met' || p.status === 'on_track').length;
  if (now.promises.length > 0) {
    const counts = (['met', 'on_track', 'at_risk', 'missed'] as const)
      .map((status) => [status, now.promises.filter((p) => p.status === status).length] as const)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${status === 'on_track' ? 'on track' : status === 'at_risk' ? 'at risk' : status}`);
    kpis.push({
      label: 'Promises met or on track',
      value: `${onTrack(now)} of ${now.promises.length}`,
      detail: counts.join(' · '),
      ...change(onTrack(now), before && onTrack(before), (d) => `${d}`, since),
    });
  }
  if (now.value.delivered > 0) {
    kpis.push({
      label: 'Value delivered to date',
      value: f.money(now.value.delivered),
      detail: `for ${f.money(now.value.invested)} in fees: ${f.number(now.value.roi, 2)}× return`,
      ...change(now.value.delivered, before?.value.delivered, (d) => `${f.money(d)}`, since),
    });
  }
  if (now.adoption?.rate != null) {
    kpis.push({
      label: 'Seats in use',
      value: f.percent(now.adoption.rate),
      detail: `${f.number(now.adoption.active, 0)} of ${f.number(now.adoption.licensed, 0)} licensed seats`,
      ...change(now.adoption.rate * 100, before?.adoption?.rate == null ? null : before.adoption.rate * 100, (d) => `${f.number(d, 0)} ${Math.round(d) === 1 ? 'pt' : 'pts'}`, since),
    });
  }
  if (now.support?.csat != null) {
    const breaches = now.support.sla_breaches;
    kpis.push({
      label: 'Support satisfaction',
      value: `${f.number(now.support.csat, 1)} / 5`,
      detail: [now.support.tickets != null ? `${now.support.tickets} tickets` : '', breaches != null ? countOf(breaches, 'SLA breach', 'SLA breaches') : ''].filter(Boolean).join(' · '),
      ...change(now.support.csat, before?.support?.csat, (d) => f.number(d, 1), since),
    });
  }
  return kpis;
}
