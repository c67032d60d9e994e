/**
 * The French catalogue as a French reader checks it: typography (a narrow no-break space before
 * : ; ? ! and inside « »), singular for zero and one, and sentences that read right once their
 * placeholders are filled in.
 */
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/catalogues/fr.ts';
import { translator } from '../../src/i18n/translator.ts';

const t = translator('fr');

describe('French typography', () => {
  it.each(Object.entries(fr.messages))('%s: a narrow no-break space before : ; ? ! and inside « »', (_key, message) => {
    // The command line's --quarter is no punctuation.
    const text = message.replaceAll('--quarter', '');
    expect(text).not.toMatch(/(?<!\u202f)[:;?!]/);
    expect(text).not.toMatch(/«(?!\u202f)|(?<!\u202f)»/);
  });

  it('quotes with guillemets', () => {
    expect(t('text.quote', { text: 'Former l’équipe de nuit' })).toBe('«\u202fFormer l’équipe de nuit\u202f»');
  });
});

describe('French plurals: zero and one are singular', () => {
  it('in the summary’s status counts', () => {
    expect(t('kpi.statusCount', { status: 'met', count: 0 })).toBe('0\u00a0tenu');
    expect(t('kpi.statusCount', { status: 'met', count: 1 })).toBe('1\u00a0tenu');
    expect(t('kpi.statusCount', { status: 'met', count: 3 })).toBe('3\u00a0tenus');
    expect(t('kpi.statusCount', { status: 'missed', count: 2 })).toBe('2\u00a0manqués');
    expect(t('kpi.breaches', { count: 0 })).toBe('0\u00a0dépassement\u00a0de\u00a0SLA');
  });

  it('in the signal sentences, verb and all', () => {
    expect(t('signal.promise_at_risk', { atRisk: 1, total: 4, names: 'Taux de panne' })).toBe(
      '1 engagement sur 4 risque de manquer son objectif\u202f: Taux de panne.',
    );
    expect(t('signal.promise_at_risk', { atRisk: 2, total: 4, names: 'A et B' })).toBe(
      '2 engagements sur 4 risquent de manquer leur objectif\u202f: A et B.',
    );
    expect(t('signal.unfulfilled_promise', { missed: 0, total: 3, names: '' })).toMatch(
      /^0 engagement sur 3 manqué\u202f:/,
    );
    expect(t('health.dataLag', { count: 1, quarter: 'T1\u00a02027', latest: 'T4\u00a02026' })).toMatch(
      /^1 trimestre sépare le T1\u00a02027 des dernières données \(T4\u00a02026\)/,
    );
  });
});

describe('French sentences with their placeholders filled in', () => {
  it('reads right with the default company name, which has a capital', () => {
    expect(t('title.presentedBy', { company: t('deck.defaultCompany') })).toBe('Présentation\u202f: Votre entreprise');
  });

  it('puts no "de" before a customer name, which may start with a vowel', () => {
    expect(t('deck.subject', { customer: 'Acme Manufacturing', quarter: 'T4\u00a02026', date: '31 déc. 2026' })).toBe(
      'Revue trimestrielle du T4\u00a02026 avec Acme Manufacturing, données au 31 déc. 2026',
    );
    expect(t('deck.logoAlt', { name: 'Orange' })).toBe('Logo Orange');
    for (const message of Object.values(fr.messages)) expect(message).not.toMatch(/\bde \{(customer|company|name)\}/);
  });
});
