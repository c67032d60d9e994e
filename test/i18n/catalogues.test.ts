import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { englishMessages } from '../../src/i18n/catalogues/en.ts';
import { CATALOGUES, LANGUAGES } from '../../src/i18n/languages.ts';
import { translator } from '../../src/i18n/translator.ts';

const english = Object.keys(englishMessages).sort();
const others = LANGUAGES.filter((language) => language !== 'en');

/** The arguments a message takes, by name: `plural`/`number` ones need a number. */
function argumentsOf(message: string, language: string): Map<string, 'number' | 'text'> {
  const found = new Map<string, 'number' | 'text'>();
  const walk = (elements: Array<{ type: number; value?: unknown; options?: Record<string, { value: never[] }> }>) => {
    for (const element of elements) {
      // 1 argument, 2 number, 5 select, 6 plural (the parser's TYPE enum).
      if (element.type === 2 || element.type === 6) found.set(String(element.value), 'number');
      else if ((element.type === 1 || element.type === 5) && !found.has(String(element.value)))
        found.set(String(element.value), 'text');
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, language, undefined, { ignoreTag: true }).getAst() as never);
  return found;
}

describe('the catalogues', () => {
  it.each(others)('%s has exactly the keys of the English catalogue', (language) => {
    const keys = Object.keys(CATALOGUES[language].messages).sort();
    expect(
      keys.filter((key) => !english.includes(key)),
      'keys English does not have',
    ).toEqual([]);
    expect(
      english.filter((key) => !keys.includes(key)),
      'keys missing',
    ).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every message parses and asks only for what the English one is given', (language) => {
    for (const [key, message] of Object.entries(CATALOGUES[language].messages)) {
      const given = argumentsOf(englishMessages[key as keyof typeof englishMessages], 'en');
      for (const [name] of argumentsOf(message, language))
        expect(given.has(name), `${language} ${key} uses {${name}}`).toBe(true);
      const params = Object.fromEntries([...given].map(([name, kind]) => [name, kind === 'number' ? 2 : 'X']));
      expect(
        () => translator(language)(key as keyof typeof englishMessages, params),
        `${language} ${key}`,
      ).not.toThrow();
    }
  });

  it.each(LANGUAGES)(
    "%s: no apostrophe quotes a placeholder by accident (write ’, or '' for a literal one)",
    (language) => {
      for (const [key, message] of Object.entries(CATALOGUES[language].messages)) {
        expect(message.replaceAll("''", ''), `${language} ${key}`).not.toMatch(/'[{}#|]/);
      }
    },
  );

  it.each(LANGUAGES)('%s: names a locale for its numbers and dates', (language) => {
    expect(Intl.getCanonicalLocales(CATALOGUES[language].locale)).toHaveLength(1);
    expect(CATALOGUES[language].locale.startsWith(language)).toBe(true);
  });
});

/** A message's own words: its literal text, without placeholders or plural and select syntax. */
function literalText(message: string, language: string): string {
  const parts: string[] = [];
  const walk = (elements: Array<{ type: number; value?: unknown; options?: Record<string, { value: never[] }> }>) => {
    for (const element of elements) {
      if (element.type === 0) parts.push(String(element.value));
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, language, undefined, { ignoreTag: true }).getAst() as never);
  return parts.join('');
}

describe('Japanese', () => {
  const japanese = Object.entries(CATALOGUES.ja.messages).filter(([key]) => !key.startsWith('cli.'));

  it('punctuates its sentences and labels the Japanese way: 、。：（）？, never , . : ( ) ?', () => {
    for (const [key, message] of japanese) {
      // A decimal point or a version is no full stop; the `--quarter` flag keeps its hyphens.
      const text = literalText(message, 'ja').replace(/--quarter/g, '');
      expect(text, key).not.toMatch(/[,:;()?!]|\.(?!\d)/);
    }
  });

  it('keeps one word per concept across the deck', () => {
    // The word the deck uses, and words for the same thing it must not drift into.
    const drift: Record<string, string[]> = {
      '成果目標 (promise)': ['お約束', 'コミットメント'],
      'ご利用料金 (fees)': ['お支払い額', '費用総額'],
      'ヘルススコア (health)': ['健全性'],
      '四半期ビジネスレビュー (QBR)': ['QBR', '四半期レビュー'],
      '決裁者 (decision maker)': ['意思決定者'],
    };
    for (const [key, message] of japanese) {
      for (const [term, others] of Object.entries(drift)) {
        for (const other of others) expect(message.includes(other), `${key} says ${other}, not ${term}`).toBe(false);
      }
    }
  });
});

describe('plurals', () => {
  it('English: one ticket, two tickets, no tickets', () => {
    const t = translator('en');
    expect(t('kpi.tickets', { count: 1 })).toBe('1 ticket');
    expect(t('kpi.tickets', { count: 2 })).toBe('2 tickets');
    expect(t('kpi.tickets', { count: 0 })).toBe('0 tickets');
  });

  it('German: ein Verstoß, zwei Verstöße', () => {
    const t = translator('de');
    expect(t('kpi.breaches', { count: 1 })).toBe('1 SLA-Verstoß');
    expect(t('kpi.breaches', { count: 2 })).toBe('2 SLA-Verstöße');
    expect(t('coverage.lastContact', { count: 1, quarter: 'Q4 2026' })).toBe(
      'Letzter Kontakt 1 Tag vor Ende von Q4 2026.',
    );
  });

  it('German: the verb agrees with the count, and a count of one is written out where it reads better', () => {
    const t = translator('de');
    expect(t('signal.promise_at_risk', { atRisk: 1, total: 4, names: 'Uptime' })).toBe(
      '1 von 4 Zusagen verfehlt voraussichtlich das Ziel: Uptime.',
    );
    expect(t('signal.promise_at_risk', { atRisk: 2, total: 4, names: 'Uptime und MTTR' })).toBe(
      '2 von 4 Zusagen verfehlen voraussichtlich das Ziel: Uptime und MTTR.',
    );
    expect(t('coverage.fewContacts', { count: 1, min: 2 })).toBe(
      'Nur ein Ansprechpartner beim Kunden erfasst (mindestens 2 gewünscht).',
    );
    expect(t('coverage.fewContacts', { count: 2, min: 3 })).toBe(
      'Nur 2 Ansprechpartner beim Kunden erfasst (mindestens 3 gewünscht).',
    );
    expect(t('kpi.points', { points: '1', count: 1 })).toBe('1 %-Punkt');
    expect(t('kpi.points', { points: '3', count: 3 })).toBe('3 %-Punkte');
  });

  it('German: the presenter line reads right for any company name, the default one too (no "von Ihr Unternehmen")', () => {
    const t = translator('de');
    expect(t('title.presentedBy', { company: t('deck.defaultCompany') })).toBe('Präsentiert von: Ihr Unternehmen');
    expect(t('deck.logoAlt', { name: 'Ihr Unternehmen' })).toBe('Logo: Ihr Unternehmen');
  });

  it('French: zero and one are singular, two is plural', () => {
    const t = translator('fr');
    expect(t('kpi.tickets', { count: 0 })).toBe('0 demande');
    expect(t('kpi.tickets', { count: 1 })).toBe('1 demande');
    expect(t('kpi.tickets', { count: 2 })).toBe('2 demandes');
    expect(t('summary.more', { count: 1 })).toBe('et 1 autre dans le tableau de bord');
  });

  it('Spanish: one and two, with the adjective agreeing, and the article before a quarter', () => {
    const t = translator('es');
    expect(t('kpi.statusCount', { status: 'met', count: 1 })).toBe('1 cumplido');
    expect(t('kpi.statusCount', { status: 'missed', count: 2 })).toBe('2 incumplidos');
    expect(t('kpi.breaches', { count: 1 })).toBe('1 incumplimiento de SLA');
    expect(t('coverage.fewContacts', { count: 1, min: 2 })).toBe(
      'Solo 1 interlocutor del cliente registrado (se esperan al menos 2).',
    );
    expect(t('coverage.lastContact', { count: 1, quarter: 'T4 2026' })).toBe(
      'Último contacto: 1 día antes del cierre del T4 2026.',
    );
    expect(t('signal.broken_commitment', { count: 2, list: '«A» y «B»' })).toBe(
      '2 acciones nuestras vencidas: «A» y «B».',
    );
    expect(t('kpi.up', { delta: '2 puntos', quarter: 'T3 2026' })).toBe('↑ 2 puntos desde el T3 2026');
  });

  it('Spanish: the default company reads as ours, not the customer’s', () => {
    const t = translator('es');
    expect(t('title.presentedBy', { company: t('deck.defaultCompany') })).toBe('Presentado por Nuestra empresa');
  });

  it('Japanese: one form, with its counter', () => {
    const t = translator('ja');
    expect(t('kpi.tickets', { count: 1 })).toBe('問い合わせ1件');
    expect(t('kpi.tickets', { count: 3 })).toBe('問い合わせ3件');
    expect(t('coverage.fewContacts', { count: 1, min: 2 })).toBe('お客様側の窓口は1名のみです（目安は2名以上）。');
  });

  it('writes the count in the locale and chooses its form by the language', () => {
    expect(translator('de', 'en-US')('kpi.tickets', { count: 1234 })).toBe('1,234 Anfragen');
    expect(translator('en', 'de-DE')('kpi.tickets', { count: 1234 })).toBe('1.234 tickets');
    // Japanese has no plural to write `#` with: its counts are `{count, number}`, in the locale too.
    expect(translator('ja', 'en-US')('kpi.tickets', { count: 1234 })).toBe('問い合わせ1,234件');
    expect(translator('ja', 'de-DE')('signal.daysSinceContact', { count: 1234, max: 90 })).toBe(
      '最終コンタクトから1.234日経過（基準は90日以内）',
    );
  });
});
