/** Realistic synthetic accounts for the benchmark: varied stories, seeded, so every run is the same. */
import { stringify } from 'yaml';
import { addQuarters } from '../../src/calendar/quarter.ts';

const COMPANIES = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Tailspin',
  'Wingtip',
  'Litware',
  'Proseware',
  'Adatum',
  'Coho',
  'Lucerne',
  'Margie',
  'Trey',
  'Woodgrove',
  'Fourth Coffee',
  'Alpine Ski',
  'Blue Yonder',
];
const SUFFIXES = [
  'Logistics',
  'Foods',
  'Health',
  'Energy',
  'Retail',
  'Insurance',
  'Manufacturing',
  'Freight',
  'Pharma',
  'Utilities',
];
const METRICS: Array<[string, string, 'higher' | 'lower', number, number]> = [
  ['Unplanned downtime', 'hours', 'lower', 120, 60],
  ['First-time fix rate', 'percent', 'higher', 70, 90],
  ['Mean time to repair', 'hours', 'lower', 9, 6],
  ['On-time deliveries', 'percent', 'higher', 86, 95],
  ['Cost per order', 'currency', 'lower', 14, 10],
  ['Customer satisfaction', 'score', 'higher', 7.1, 8.5],
  ['Tickets per 1,000 users', 'count', 'lower', 40, 25],
];
const PEOPLE = [
  'Priya Raman',
  'Tom Okafor',
  'Grace Liu',
  'Marek Novak',
  'Ana Souza',
  'Kenji Sato',
  'Lena Koch',
  'Omar Haddad',
];
const ROLES = ['executive_sponsor', 'champion', 'finance', 'decision_maker', 'user'];

/** A small seeded generator (mulberry32), so the benchmark's data is the same every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quarter = (i: number) => addQuarters('2024-Q1', i);

/** The YAML text of synthetic account number `n`. */
export function syntheticAccount(n: number): string {
  const r = random(n + 1);
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)]!;
  const quarters = 4 + Math.floor(r() * 6);
  const annual = 50_000 + Math.round(r() * 40) * 10_000;
  const health = r();
  const promises = Array.from({ length: 2 + Math.floor(r() * 4) }, (_, i) => {
    const [name, unit, direction, baseline, target] = METRICS[(n + i) % METRICS.length]!;
    const actuals: Record<string, number> = {};
    for (let q = 0; q < quarters; q++) {
      const progress = Math.min(1.1, (q / quarters) * (0.4 + health) + (r() - 0.5) * 0.1);
      actuals[quarter(q)] = Math.round((baseline + (target - baseline) * progress) * 10) / 10;
    }
    return {
      id: `m${i}`,
      name,
      unit,
      direction,
      baseline,
      target,
      due: quarter(quarters - 2 + Math.floor(r() * 4)),
      source: `SOW section ${i + 1}`,
      actuals,
    };
  });
  const byQuarter = <T>(make: (q: number) => T) =>
    Object.fromEntries(Array.from({ length: quarters }, (_, q) => [quarter(q), make(q)]));
  const licensed = 50 + Math.round(r() * 30) * 10;
  return stringify({
    name: `${pick(COMPANIES)} ${pick(SUFFIXES)} ${n}`,
    id: `bench-${String(n).padStart(4, '0')}`,
    currency: pick(['USD', 'EUR', 'GBP']),
    team: [{ name: 'Dana Whitfield', role: 'Account manager' }],
    contract: { start: '2024-01-01', renewal: '2027-01-01', annual_value: annual, products: ['Platform', 'Analytics'] },
    success_definition: 'Fewer surprises on the shop floor and a team that plans its week on Monday.',
    stakeholders: PEOPLE.slice(0, 1 + Math.floor(r() * 5)).map((name, i) => ({
      name,
      title: 'Director',
      role: ROLES[i % ROLES.length],
    })),
    promises,
    value: Array.from({ length: quarters - 1 }, (_, q) => ({
      quarter: quarter(q + 1),
      amount: Math.round((annual * (0.1 + health * 0.4) * (q + 1)) / 4),
      description: 'Savings measured with finance',
    })),
    adoption: byQuarter((q) => ({
      licensed,
      active: Math.round(licensed * Math.min(1, 0.3 + health * 0.5 + q * 0.04)),
    })),
    support: byQuarter(() => ({
      tickets: 5 + Math.floor(r() * 30),
      resolved: 5 + Math.floor(r() * 25),
      sla_breaches: r() < 0.3 ? 1 : 0,
      first_response_hours: Math.round(r() * 60) / 10,
      csat: Math.round((3.2 + r() * 1.8) * 10) / 10,
    })),
    touchpoints: Array.from({ length: 2 + Math.floor(r() * 8) }, (_, i) => ({
      date: `${2024 + Math.floor((i * quarters) / 8 / 4)}-${String(1 + ((i * 3) % 12)).padStart(2, '0')}-15`,
      type: 'call',
      with: [PEOPLE[0]],
    })),
    commitments: [
      {
        description: 'Quarterly report on savings',
        owner: 'vendor',
        due: `${2024 + Math.floor(quarters / 4)}-03-31`,
        status: r() < 0.5 ? 'open' : 'done',
        completed: undefined,
      },
    ].map((c) => (c.status === 'done' ? { ...c, completed: '2024-03-15' } : c)),
    highlights: { [quarter(quarters - 1)]: ['Rolled out to a second site', 'Support backlog cleared'] },
    plan: { [quarter(quarters)]: ['Extend to the remaining sites', "Agree next year's targets"] },
    risks: [{ description: 'Budget review next quarter', severity: 'medium' }],
  });
}
