import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/analyse/summarise.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import { accountSchema, type Account } from '../../src/validate/account-schema.ts';

/** An account in trouble in 2025-Q4: seven of the eight signals raised (not promise_at_risk), no locale (so the language's own). */
const troubled: Account = {
  ...accountSchema.parse({
    name: 'Test',
    currency: 'USD',
    contract: { start: '2025-01-01', annual_value: 100_000 },
    stakeholders: [{ name: 'A', role: 'user' }],
    promises: [
      {
        id: 'downtime',
        name: 'Downtime',
        unit: 'hours',
        direction: 'lower',
        baseline: 10,
        target: 5,
        due: '2025-Q3',
        actuals: { '2025-Q4': 8 },
      },
      {
        id: 'uptime',
        name: 'Uptime',
        unit: 'percent',
        baseline: 90,
        target: 99,
        due: '2026-Q4',
        actuals: { '2025-Q4': 99 },
      },
    ],
    value: [{ quarter: '2025-Q4', amount: 50_000 }],
    adoption: { '2025-Q4': { licensed: 200, active: 50 } },
    support: { '2025-Q4': { csat: 3.6, sla_breaches: 2 } },
    commitments: [{ description: 'Send the report', owner: 'vendor', due: '2025-11-30', status: 'open' }],
  }),
  id: 'test',
};

const details = (language: 'en' | 'de' | 'ja') =>
  Object.fromEntries(
    summarise(troubled, '2025-Q4', DEFAULT_THRESHOLDS, language).signals.map((s) => [
      s.id,
      s.detail.replace(/[\u00a0\u202f]/g, ' '),
    ]),
  );

describe('signal params', () => {
  it('hold the numbers behind each sentence, unrounded, with the bars they were held against', () => {
    const signals = summarise(troubled, '2025-Q4', DEFAULT_THRESHOLDS).signals;
    expect(signals.map((s) => [s.id, s.params])).toEqual([
      ['unfulfilled_promise', { missed: 1, total: 2, promises: ['downtime'] }],
      ['below_par_experience', { quarter: '2025-Q4', csat: 3.6, csat_min: 4, sla_breaches: 2, sla_breaches_max: 0 }],
      ['value_below_price', { roi: 0.5, roi_min: 1, delivered: 50_000, invested: 100_000 }],
      [
        'communication_gap',
        {
          touchpoints_last_4_quarters: 0,
          touchpoints_min: 4,
          contract_quarters: 4,
          days_since_last_touch: null,
          days_without_contact: 364,
          days_since_touch_max: 90,
        },
      ],
      ['single_threaded', { stakeholders: 1, stakeholders_min: 2, has_executive_sponsor: false }],
      ['low_adoption', { quarter: '2025-Q4', active: 50, licensed: 200, rate: 0.25, adoption_min: 0.6 }],
      ['broken_commitment', { overdue: 1, commitments: ['Send the report'] }],
    ]);
  });

  it('are the same whatever the language; only the sentence changes', () => {
    const params = (language: 'en' | 'ja') =>
      summarise(troubled, '2025-Q4', DEFAULT_THRESHOLDS, language).signals.map((s) => s.params);
    expect(params('ja')).toEqual(params('en'));
  });
});

describe('signal sentences', () => {
  it('in English', () => {
    expect(details('en')).toMatchObject({
      below_par_experience: 'Support in Q4 2025: satisfaction 3.6 of 5 (below 4) and 2 SLA breaches.',
      single_threaded:
        'The relationship rests on too few people: 1 customer contact on file (at least 2 wanted) and no executive sponsor.',
    });
  });

  it('in German, with German numbers when the account names no locale', () => {
    expect(details('de')).toEqual({
      unfulfilled_promise: '1 von 2 Zusagen verfehlt: Downtime.',
      below_par_experience: 'Support im Q4 2025: Zufriedenheit 3,6 von 5 (unter 4) und 2 SLA-Verstöße.',
      value_below_price:
        'Der erzielte Nutzen beträgt 50 % der bisherigen Investition (50.000 $ von 100.000 $); die Schwelle liegt bei 100 %.',
      communication_gap:
        'Der Kontakt wird seltener: 0 Kontakte in den letzten vier Quartalen (mindestens 4 gewünscht) und seit Vertragsbeginn vor 364 Tagen kein Kontakt erfasst (mehr als 90).',
      single_threaded:
        'Die Beziehung hängt an zu wenigen Personen: 1 Ansprechpartner beim Kunden erfasst (mindestens 2 gewünscht) und kein Auftraggeber benannt.',
      low_adoption: '50 von 200 Lizenzen im Q4 2025 genutzt (25 %; Schwelle 60 %).',
      broken_commitment: '1 eigene Maßnahme überfällig: „Send the report“.',
    });
  });

  it('in Japanese, polite, with counters', () => {
    expect(details('ja')).toEqual({
      unfulfilled_promise: '成果目標2件中1件が未達です：Downtime。',
      below_par_experience: '2025年第4四半期のサポートに課題があります：満足度3.6（5点満点、基準4未満）、SLA違反2件。',
      value_below_price: 'これまでの提供価値はご利用料金の50%です（$100,000に対し$50,000）。基準は100%です。',
      communication_gap:
        'コンタクトが不足しています：直近4四半期のコンタクト0回（目安は4回以上）、契約開始から364日間コンタクトの記録なし（基準は90日以内）。',
      single_threaded:
        'お客様との関係が少数の方に依存しています：お客様側の窓口1名（目安は2名以上）、役員スポンサー不在。',
      low_adoption: '2025年第4四半期の利用ライセンスは200ライセンス中50です（利用率25%、基準は60%）。',
      broken_commitment: '弊社の合意事項1件が期限を過ぎています：「Send the report」。',
    });
  });
});
