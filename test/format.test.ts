import { describe, expect, it } from 'vitest';
import { createFormatter } from '../src/format.ts';

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('quarters in the deck language', () => {
  it('writes a quarter as each language does, on slides and on chart axes', () => {
    expect(createFormatter('en-US', 'USD', 'en').quarter('2025-Q3')).toBe('Q3 2025');
    expect(createFormatter('en-US', 'USD', 'en').quarterShort('2025-Q3')).toBe("Q3 '25");
    expect(createFormatter('de-DE', 'EUR', 'de').quarter('2025-Q3')).toBe('Q3 2025');
    expect(createFormatter('fr-FR', 'EUR', 'fr').quarter('2025-Q3')).toBe('T3 2025');
    expect(createFormatter('es-ES', 'EUR', 'es').quarterShort('2026-Q1')).toBe('T1/26');
    expect(createFormatter('ja-JP', 'JPY', 'ja').quarter('2025-Q3')).toBe('2025年第3四半期');
  });

  it('never writes the year as an amount, whatever the locale groups', () => {
    expect(createFormatter('de-DE', 'EUR', 'en').quarter('2025-Q4')).toBe('Q4 2025');
  });
});

describe('units', () => {
  it('counts days in the singular for one and the plural otherwise', () => {
    const f = createFormatter('en-US', 'USD', 'en');
    expect(f.measure(1, 'days')).toBe('1 day');
    expect(f.measure(2, 'days')).toBe('2 days');
    expect(f.measure(1.04, 'days')).toBe('1 day');
    expect(f.measure(88, 'hours')).toBe('88 h');
    expect(f.measure(12.5, 'minutes')).toBe('12.5 min');
  });

  it('writes the unit in the language and the number in the locale', () => {
    expect(createFormatter('en-US', 'USD', 'de').measure(1234.5, 'hours')).toBe('1,234.5 Std.');
    expect(nbsp(createFormatter('de-DE', 'EUR', 'de').measure(1234.5, 'days'))).toBe('1.234,5 Tage');
    expect(createFormatter('fr-FR', 'EUR', 'fr').measure(1, 'days')).toBe('1 jour');
    expect(createFormatter('ja-JP', 'JPY', 'ja').measure(3, 'days')).toBe('3日');
    expect(createFormatter('ja-JP', 'JPY', 'ja').measure(6.7, 'hours')).toBe('6.7時間');
  });
});

describe('lists', () => {
  it('joins a list as the language does', () => {
    expect(createFormatter('en-US', 'USD', 'en').list(['Uptime', 'Fix rate'])).toBe('Uptime and Fix rate');
    expect(createFormatter('de-DE', 'EUR', 'de').list(['A', 'B', 'C'])).toBe('A, B und C');
    expect(createFormatter('ja-JP', 'JPY', 'ja').list(['稼働率', '修理時間'])).toBe('稼働率、修理時間');
  });
});
