/**
 * The acme PowerPoint in German and Japanese: every word of ours in the deck's language, from
 * the view model's `words` (the same the HTML templates print), none left in English.
 * Expected words are written by hand from src/i18n/catalogues/de.ts and ja.ts, as a reader sees
 * them (labels and table heads in capitals, as deck.css shows them). The account keeps its
 * `locale: en-US`, so its numbers and dates stay as en-US writes them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixturePath, ROOT } from '../helpers.ts';
import { defaultConfig, openPackage, pptxOf, wordsOf, type Package } from './pptx-package.ts';

/** Each table's rows on a slide, each row its cells' text. */
const tables = (xml: string) =>
  [...xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)].map((row) =>
      [...row[0].matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((cell) => wordsOf(cell[0])),
    ),
  );

/** The slides' words by slide, the layouts' (footer, band) and the speaker notes', as one text each. */
async function textOf(pptx: Package) {
  const texts = async (pattern: RegExp) =>
    Promise.all(pptx.names.filter((n) => pattern.test(n)).map(async (n) => wordsOf(await pptx.text(n))));
  const slides = await Promise.all(pptx.slides.map(async (s) => wordsOf(await pptx.text(s))));
  return {
    slides,
    layouts: (await texts(/^ppt\/slideLayouts\/slideLayout\d+\.xml$/)).join('\n'),
    notes: (await texts(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).join('\n'),
  };
}

/** The words the PowerPoint printed in English before it took them from the view (src/pptx/labels.ts, gone). */
const OLD_ENGLISH = [
  'Quarterly Business Review',
  'Internal copy',
  'Presented by',
  'Data as of',
  'Internal: account team only',
  'Promises',
  'Highlights of',
  'target',
  'at the start of our work together',
  'What you bought',
  'Working together since',
  'Renewal',
  'Promise',
  'At sale',
  'Target',
  'Latest',
  'Attainment',
  'Status',
  'by Q',
  'Seats in use',
  'licensed seats',
  'Delivered to date',
  'Fees paid to date',
  'Return on fees',
  'This quarter',
  'What we agreed',
  'Owner',
  'Due',
  'Contacts in the last four quarters',
  'against a rhythm of',
  'Latest contacts',
  'Your team',
  'Our team',
  'Our plan for',
  'To agree together today',
  'Questions for you',
  'Health',
  'last quarter',
  'Signal',
  'Weight',
  'Raised',
  'Clear',
  'Say:',
  'No signals this quarter',
  'Contact coverage',
  'Known risks',
  'Mitigation',
  'None recorded',
  'High',
  'Medium',
];
/** German writes these as English does ("Status", "Signal"), and says "Health Score" as customer success teams do: German words here. */
const SAME_IN_GERMAN = ['Status', 'Signal', 'Health'];

/** Every string the account file puts on the deck (names, promises, notes), to take out before looking for our words. */
const dataStrings = (() => {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value.trim());
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(parse(readFileSync(join(ROOT, 'data', 'acme.yaml'), 'utf8')));
  return strings.filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
})();

/** The old English words still in `text` once the account's own strings are taken out. */
function englishLeft(text: string, allowed: string[] = []): string[] {
  const ours = dataStrings.reduce((rest, data) => rest.replaceAll(data, ' '), text);
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return OLD_ENGLISH.filter(
    (word) => !allowed.includes(word) && new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, 'iu').test(ours),
  );
}

describe('the acme PowerPoint in German', () => {
  let text: Awaited<ReturnType<typeof textOf>>;
  let pptx: Package;
  /** The slide under this heading (its kicker, then its heading). */
  const slide = (heading: string) =>
    text.slides.find((s) => s.startsWith(`ACME MANUFACTURING · Q4 2026 ${heading} `)) ?? '';
  beforeAll(async () => {
    pptx = await openPackage(await pptxOf('acme', 'internal', defaultConfig({ language: 'de' })));
    text = await textOf(pptx);
  });

  it('heads its tables in German', async () => {
    const heads = async (n: number) => tables(await pptx.text(pptx.slides[n - 1]!)).map((rows) => rows[0]);
    expect(await heads(6)).toEqual([['ZUSAGE', 'AUSGANGSWERT', 'ZIEL', 'AKTUELL', 'ZIELERREICHUNG', 'STATUS']]);
    expect(await heads(11)).toEqual([['MASSNAHME', 'ZUSTÄNDIG', 'FÄLLIG', 'STATUS']]);
    expect(await heads(14)).toEqual([['SIGNAL', 'GEWICHT', 'AKTUELL']]);
  });

  it('labels every slide in German', () => {
    expect(text.slides[0]).toContain('QUARTALSGESPRÄCH · Q4 2026 · INTERNE FASSUNG');
    expect(text.slides[0]).toContain('Präsentiert von: Ihr Unternehmen');
    expect(text.slides[0]).toContain('Datenstand: Dec 31, 2026');
    for (const words of ['ZUSAGEN', 'Ziel 60 h', 'ERFOLGE IM Q4 2026'])
      expect(slide('Zusammenfassung')).toContain(words);
    for (const words of [
      'Acme Manufacturing, zu Beginn unserer Zusammenarbeit',
      'ERWORBENE PRODUKTE',
      'ZUSAMMENARBEIT SEIT',
      'VERTRAGSVERLÄNGERUNG',
    ])
      expect(slide('Was Erfolg für Sie bedeutet')).toContain(words);
    expect(slide('Zusagen im Überblick')).toContain('60 h bis Q2 2026');
    expect(slide('Zusagen im Überblick')).toContain(
      'Zielerreichung: wie weit sich ein Ergebnis vom Ausgangswert in Richtung Ziel bewegt hat (100 % = Ziel erreicht).',
    );
    for (const words of [
      'BISHER ERZIELT',
      'BISHER INVESTIERT',
      'VERHÄLTNIS NUTZEN ZU INVESTITION',
      'IN DIESEM QUARTAL',
    ])
      expect(slide('Nutzen im Verhältnis zur Investition')).toContain(words);
    expect(slide('Lizenznutzung')).toContain('GENUTZTE LIZENZEN, Q4 2026');
    expect(slide('Lizenznutzung')).toContain('214 von 240 Lizenzen genutzt');
    for (const words of [
      'KONTAKTE IN DEN LETZTEN VIER QUARTALEN',
      'bei einem Richtwert von 4',
      'JÜNGSTE KONTAKTE',
      'mit Grace Liu',
      'IHR TEAM',
      'UNSER TEAM',
    ])
      expect(slide('Zusammenarbeit')).toContain(words);
    expect(slide('Zusammenarbeit')).not.toContain('mit mit');
    for (const words of ['UNSER PLAN FÜR Q1 2027', 'FRAGEN AN SIE']) expect(slide('Ausblick')).toContain(words);
  });

  it("labels the account team's pages in German, with the health formula as the view writes it", () => {
    const health = slide('Interne Vorbereitung: Health Score');
    for (const words of ['HEALTH SCORE, 0 BIS 100', '70 im Vorquartal', 'Ausgelöst', 'Unauffällig'])
      expect(health).toContain(words);
    expect(health).not.toContain('im Vorquartal im Vorquartal');
    expect(health).toContain(
      'Health Score = 40 × Zielerreichung (75%) + 60 × Anteil des nicht ausgelösten Signalgewichts (10 von 17).',
    );
    expect(slide('Interne Vorbereitung: Signale und Gesprächspunkte')).toContain(
      'Vorschlag:  Sprechen Sie die verfehlte Zusage von sich aus an',
    );
    const coverage = slide('Interne Vorbereitung: Kontakte und Risiken');
    for (const words of [
      'ABDECKUNG DER ANSPRECHPARTNER',
      'BEKANNTE RISIKEN',
      'HOCH',
      'MITTEL',
      'Gegenmaßnahme: Present the root-cause report',
    ])
      expect(coverage).toContain(words);
    expect(coverage).not.toContain('Gegenmaßnahme: Gegenmaßnahme');
  });

  it('has the footer and the band of the view on its layouts, and German speaker notes', () => {
    expect(text.layouts).toContain('Acme Manufacturing · Quartalsgespräch Q4 2026 · Datenstand: Dec 31, 2026');
    expect(text.layouts).toContain('Intern: nur für das Betreuungsteam. Nicht an den Kunden weitergeben.');
    expect(text.notes).toContain(
      'Eine Zusage wurde verfehlt · neu in diesem Quartal 1 von 4 Zusagen verfehlt: First-time fix rate. Vorschlag: Sprechen Sie die verfehlte Zusage von sich aus an',
    );
  });

  it('holds no English word of ours, on its slides, layouts or notes', () => {
    expect(englishLeft([...text.slides, text.layouts, text.notes].join('\n'), SAME_IN_GERMAN)).toEqual([]);
  });

  it('marks the text of its slides, layouts and master German, paragraph ends and slide numbers too', async () => {
    const parts = pptx.names.filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n));
    const langs = new Set(
      (await Promise.all(parts.map((n) => pptx.text(n)))).flatMap((xml) =>
        [...xml.matchAll(/ lang="([^"]*)"/g)].map((m) => m[1]),
      ),
    );
    expect([...langs]).toEqual(['de']);
  });

  it('finds an English word of ours when there is one (the check can fail)', () => {
    expect(englishLeft('ZUSAGE  AT SALE  Say:  mit Renewal timeline and pricing options', SAME_IN_GERMAN)).toEqual([
      'At sale',
      'Say:',
    ]);
  });

  it("names the customer's logo in German", async () => {
    const withLogo = await openPackage(
      await pptxOf(fixturePath('contract-example'), 'customer', defaultConfig({ language: 'de' })),
    );
    expect(await withLogo.text(withLogo.slides[0]!)).toContain('descr="Logo: Acme Manufacturing"');
  });
});

describe('the acme PowerPoint in Japanese', () => {
  let text: Awaited<ReturnType<typeof textOf>>;
  let pptx: Package;
  beforeAll(async () => {
    pptx = await openPackage(await pptxOf('acme', 'internal', defaultConfig({ language: 'ja' })));
    text = await textOf(pptx);
  });

  it('heads its tables and labels its pages in Japanese', async () => {
    const heads = async (n: number) => tables(await pptx.text(pptx.slides[n - 1]!)).map((rows) => rows[0]);
    expect(await heads(6)).toEqual([['成果目標', '導入時', '目標値', '最新値', '達成度', '状況']]);
    expect(await heads(11)).toEqual([['合意内容', '担当', '期限', '状況']]);
    expect(await heads(14)).toEqual([['シグナル', '重み', '今四半期']]);
    expect(text.slides[0]).toContain('四半期ビジネスレビュー · 2026年第4四半期 · 社内用');
    expect(text.slides[0]).toContain('データ基準日：Dec 31, 2026');
    expect(text.slides[14]).toContain('伝え方：');
    expect(text.slides[15]).toContain('把握済みのリスク');
    expect(text.layouts).toContain('社外秘：担当チーム限定です。お客様には共有しないでください。');
  });

  it('holds no English word of ours, on its slides, layouts or notes', () => {
    expect(englishLeft([...text.slides, text.layouts, text.notes].join('\n'))).toEqual([]);
  });
});
