/**
 * The portfolio page and its PDF in the config's language: German and Japanese written by hand
 * here, no English word of the page left in the other languages, and a script without words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/i18n/languages.ts';
import { TEMPLATES_DIR } from '../../src/paths.ts';
import { renderPortfolio } from '../../src/output/portfolio.ts';
import { printPortfolio } from '../../src/output/portfolio-pdf.ts';
import type { Printer } from '../../src/print/printer.ts';
import { fixturePath, runCli, scratchProject } from '../helpers.ts';
import { cells, entry, manifest, tbody } from './portfolio-manifest.ts';

const german = renderPortfolio(manifest, 'de');
const japanese = renderPortfolio(manifest, 'ja');
const oneAccount = { ...manifest, accounts: [manifest.accounts[0]!] };
/** The owner filter's options: key, name, and the line it shows. */
const options = (page: string) =>
  [...page.matchAll(/<option value="([^"]+)" data-showing="([^"]+)" data-lede="[^"]*">([^<]+)<\/option>/g)].map((m) => [
    m[1],
    m[3],
    m[2],
  ]);
/** The column heads of both tables, in order. */
const heads = (page: string) => [...page.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
const rowOf = (page: string, name: string) =>
  cells(
    page.slice(page.indexOf(`data-sort="${name}"`) - 40, page.indexOf('</tr>', page.indexOf(`data-sort="${name}"`))),
  );
const fiscal = (language: Language) =>
  renderPortfolio(
    {
      quarter: '2027-Q2',
      fiscal_year: { start_month: 2, named_by: 'end' },
      accounts: [entry('in', { quarter: '2027-Q2', annual: 10, renewal: '2027-01-31' })],
    },
    language,
  );

describe('the portfolio in German', () => {
  it('says its language and writes its heads, lede and totals in German, numbers in de-DE', () => {
    expect(german).toContain('<html lang="de" dir="ltr">');
    expect(german).toContain('<title>Portfolio Q4 2026</title>');
    expect(german).toContain(
      '7 Kunden · 2 mit Health Score unter 50 · 1 Signal ausgelöst · 2 fehlgeschlagen · 1 noch nicht begonnen · Datenstand 31. Dez. 2026',
    );
    expect(heads(german)).toEqual([
      'Währung',
      'Jährlicher Vertragswert',
      'Davon Kunden mit Health Score unter 50',
      'Verlängerung Q1 2027–Q2 2027 (bis 30. Juni 2027)',
      'Kunde',
      'Betreuung',
      'Jahreswert',
      'Verlängerung',
      'Health Score',
      'Änderung seit Q3 2026',
      'Zusagen erfüllt oder im Plan',
      'Wert zu Preis',
      'Nutzung',
      'Signale',
      'Health Score, letzte 8 Quartale',
      'Dateien',
    ]);
    expect(cells(tbody(german, 'all'))).toEqual([
      'EUR 2 Kunden',
      '230.000 €',
      '0 €',
      '0 €',
      'GBP 1 Kunde',
      '96.000 £',
      '0 £',
      '96.000 £',
      'USD 3 Kunden',
      '400.000 $',
      '160.000 $',
      '340.000 $', // 160.000 $: xeno and yarrow, below 50
    ]);
  });

  it('writes one account and two with the plural German gives them', () => {
    expect(renderPortfolio(oneAccount, 'de')).toContain(
      '1 Kunde · 0 mit Health Score unter 50 · 1 Signal ausgelöst · Datenstand 31. Dez. 2026',
    );
    expect(options(renderPortfolio(oneAccount, 'de'))).toEqual([
      ['all', 'Alle', '1 Kunde angezeigt.'],
      ['0', 'Dana Whitfield', '1 Kunde angezeigt.'],
    ]);
    expect(options(german)).toEqual([
      ['all', 'Alle', '7 von 7 Kunden angezeigt.'],
      ['0', 'Dana Whitfield', '2 von 7 Kunden angezeigt.'],
      ['1', 'Sam Okoro', '1 von 7 Kunden angezeigt.'],
      ['2', 'Zoe Ahmed', '1 von 7 Kunden angezeigt.'],
      ['none', 'Ohne Betreuung', '3 von 7 Kunden angezeigt.'],
    ]);
  });

  it('writes each row, its status and its signals in German', () => {
    expect(rowOf(german, 'ACME').slice(1, 10)).toEqual([
      'Dana Whitfield',
      '240.000 $',
      '1. Jan. 2027 steht bald an',
      '65',
      '↓ 5',
      '1 von 2',
      '0,5× 10 $ für 20 $',
      '50 %',
      'Eine Zusage wurde verfehlt',
    ]);
    expect(rowOf(german, 'XENO')[5]).toBe('unverändert');
    expect(rowOf(german, 'F')[0]).toBe('F f Fehlgeschlagen (QBR_INVALID_DATA) data/f.yaml:3:5 name: must not be empty');
    expect(rowOf(german, 'NORTH')[0]).toBe('NORTH north Noch nicht begonnen: Vertragsbeginn 1. Feb. 2027 (Q1 2027)');
    expect(german).toContain(
      '@bottom-left { content: "Portfolio · Q4 2026"; } @bottom-right { content: "Seite " counter(page) " von " counter(pages) ""; }',
    );
  });

  it('writes fiscal quarters as the German decks do', () => {
    const page = fiscal('de');
    expect(page).toContain('Quartalsgespräche · Q2 GJ 2027');
    expect(page).toContain('Verlängerung Q3 GJ 2027–Q4 GJ 2027 (bis 31. Jan. 2027)');
  });
});

describe('the portfolio in Japanese', () => {
  it('says its language and writes its heads, lede and totals in Japanese, with counters', () => {
    expect(japanese).toContain('<html lang="ja" dir="ltr">');
    expect(japanese).toContain('<title>ポートフォリオ（2026年第4四半期）</title>');
    expect(japanese).toContain(
      '7社 · ヘルススコア50未満2社 · シグナル発生1件 · エラー2社 · 契約開始前1社 · データ基準日：2026年12月31日',
    );
    expect(heads(japanese)).toEqual([
      '通貨',
      '年間契約金額',
      'うちヘルススコア50未満',
      '更新予定：2027年第1四半期〜2027年第2四半期（2027年6月30日まで）',
      '顧客',
      '担当者',
      '年間契約金額',
      '契約更新日',
      'ヘルススコア',
      '前四半期比',
      '達成・順調な成果目標',
      '費用対効果',
      'ライセンス利用率',
      'シグナル',
      '直近8四半期のヘルススコア',
      '資料',
    ]);
    expect(cells(tbody(japanese, 'all'))).toEqual([
      'EUR 2社',
      '€230,000',
      '€0',
      '€0',
      'GBP 1社',
      '£96,000',
      '£0',
      '£96,000',
      'USD 3社',
      '$400,000',
      '$160,000',
      '$340,000',
    ]);
    expect(renderPortfolio(oneAccount, 'ja')).toContain(
      '1社 · ヘルススコア50未満0社 · シグナル発生1件 · データ基準日：2026年12月31日',
    );
  });

  it('writes each row and the filter in Japanese', () => {
    expect(rowOf(japanese, 'ACME').slice(1, 10)).toEqual([
      'Dana Whitfield',
      '$240,000',
      '2027年1月1日 更新間近',
      '65',
      '↓5',
      '2件中1件',
      '0.5倍 $20に対し$10',
      '50%',
      '成果目標の未達',
    ]);
    expect(rowOf(japanese, 'F')[0]).toBe('F f エラー（QBR_INVALID_DATA） data/f.yaml:3:5 name: must not be empty');
    expect(rowOf(japanese, 'NORTH')[0]).toBe('NORTH north 契約開始前：2027年2月1日（2027年第1四半期）開始');
    expect(options(japanese)[0]).toEqual(['all', 'すべて', '7社中7社を表示']);
    expect(options(japanese)[4]).toEqual(['none', '担当者なし', '7社中3社を表示']);
    expect(japanese).toContain('@bottom-right { content: "" counter(page) " / " counter(pages) "ページ"; }');
    expect(fiscal('ja')).toContain('更新予定：2027年度第3四半期〜2027年度第4四半期（2027年1月31日まで）');
  });
});

/**
 * What the page shows: its text and the owner filter's lines (which the script shows), without
 * styles, script, or the errors and their codes (data, in English).
 */
const textOf = (page: string) =>
  [...page.matchAll(/data-(?:showing|lede)="([^"]*)"/g)].map((m) => m[1]).join(' ') +
  page
    .replace(/<(style|script)>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<span class="error">[\s\S]*?<\/span>/g, ' ')
    .replace(/QBR_[A-Z_]+/g, ' ')
    .replace(/<[^>]+>/g, ' ');

/** The English words the page wrote before it had a language (the old PORTFOLIO_WORDS), as the English page shows them. */
const ENGLISH = [
  'portfolio',
  'quarterly',
  'business',
  'reviews',
  'account',
  'accounts',
  'with',
  'health',
  'below',
  'signal',
  'signals',
  'raised',
  'failed',
  'not',
  'started',
  'data',
  'as',
  'of',
  'at',
  'stake',
  'currency',
  'annual',
  'contract',
  'value',
  'renewing',
  'in',
  'by',
  'owner',
  'owners',
  'all',
  'no',
  'showing',
  'sort',
  'any',
  'column',
  'choose',
  'its',
  'heading',
  'worst',
  'first',
  'renewal',
  'change',
  'since',
  'promises',
  'met',
  'or',
  'on',
  'track',
  'against',
  'price',
  'adoption',
  'decks',
  'none',
  'renews',
  'soon',
  'date',
  'passed',
  'the',
  'starts',
  'for',
];
/** Spelled alike in English and the language: German "Portfolio", "Signal", "in"; French "date" (dépassée). */
// German says "Health Score" as customer success teams do.
const SAME_WORD: Record<string, string[]> = {
  de: ['portfolio', 'signal', 'in', 'health'],
  fr: ['date'],
  es: [],
  ja: [],
};
const hasWord = (text: string, word: string) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(text);

describe('no English word left', () => {
  it('every word of the list is on the English page, so the check below can fail', () => {
    const english = textOf(renderPortfolio(manifest, 'en'));
    expect(ENGLISH.filter((word) => !hasWord(english, word))).toEqual([]);
  });

  it.each(['de', 'fr', 'es', 'ja'] as const)("%s: none of the English page's words on the page", (language) => {
    const text = textOf(renderPortfolio(manifest, language));
    expect(ENGLISH.filter((word) => !SAME_WORD[language]!.includes(word) && hasWord(text, word))).toEqual([]);
  });

  it("the script writes no words of its own: every string in it names the page's elements and attributes", () => {
    const script = readFileSync(join(TEMPLATES_DIR, 'portfolio.js'), 'utf8').replace(/\/\/.*$/gm, '');
    const strings = [...new Set([...script.matchAll(/'([^']*)'/g)].map((m) => m[1]))].sort();
    // Its one line of text ("Showing 3 of 5 accounts") comes from the page, rendered from the catalogue.
    expect(strings).toEqual([
      '',
      '.controls',
      '.totals tbody',
      'all',
      'aria-sort',
      'ascending',
      'button',
      'change',
      'click',
      'data-nosort',
      'descending',
      'lede',
      'none',
      'number',
      'order',
      'owner',
      'portfolio',
      'showing',
    ]);
    expect(script).toContain('dataset.showing');
    expect(script).not.toMatch(/"|`/); // no other kind of string
  });
});

describe('portfolio.pdf', () => {
  it('has its title, subject and keywords in the language', async () => {
    const blank = await (async () => {
      const document = await PDFDocument.create();
      document.addPage();
      return document.save();
    })();
    const printer = { print: async () => blank, ending: () => {} } as unknown as Printer;
    const read = async (language: Language) =>
      PDFDocument.load(await printPortfolio(german, manifest, language, printer, 'Nordlicht GmbH'), {
        updateMetadata: false,
      });
    const de = await read('de');
    expect(de.getTitle()).toBe('Portfolio Q4 2026');
    expect(de.getSubject()).toBe('Health Score, Vertragswert und Verlängerung aller Kunden im Q4 2026');
    expect(de.getKeywords()).toBe('Quartalsgespräch Portfolio 2026-Q4');
    expect(de.getAuthor()).toBe('Nordlicht GmbH');
    const ja = await read('ja');
    expect(ja.getTitle()).toBe('ポートフォリオ（2026年第4四半期）');
    expect(ja.getSubject()).toBe('2026年第4四半期の全顧客のヘルススコア・年間契約金額・契約更新');
  });
});

describe('a run and a merge', () => {
  it("write the portfolio in the config's language, whatever language the accounts are in", async () => {
    // a is shard 1 of 2 and c shard 2; c's own deck is Japanese, the config says German.
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'c.yaml': fixturePath('valid') });
    writeFileSync(join(dir, 'data', 'c.yaml'), `language: ja\n${readFileSync(fixturePath('valid'), 'utf8')}`);
    writeFileSync(join(dir, 'qbr.config.yaml'), 'language: de\n');
    const json = ['--all', '--format', 'json'];
    for (const args of [
      ['--out', 'single'],
      ['--shard', '1/2', '--out', 's1'],
      ['--shard', '2/2', '--out', 's2'],
    ])
      expect((await runCli([...json, ...args], dir)).status).toBe(0);
    expect((await runCli(['merge', 's1', 's2', '--out', 'merged'], dir)).status).toBe(0);
    const single = readFileSync(join(dir, 'single', '2025-Q1', 'team', 'index.html'), 'utf8');
    expect(single).toContain('<html lang="de" dir="ltr">');
    expect(single).toContain('2 Kunden · ');
    expect(readFileSync(join(dir, 's2', '2025-Q1', 'team', 'index.html'), 'utf8')).toContain('1 Kunde · ');
    expect(readFileSync(join(dir, 'merged', '2025-Q1', 'team', 'index.html'), 'utf8')).toBe(single);
    expect(
      JSON.parse(readFileSync(join(dir, 'single', '2025-Q1', 'team', 'c-qbr-2025-Q1.json'), 'utf8')).signals[0].detail,
    ).toContain('コンタクト'); // c's own deck: Japanese
  });
});

describe('the line above the table once sorted, in the language', () => {
  /** A column heading's line for an order, its markup unescaped. */
  const line = (page: string, heading: string, order: 'ascending' | 'descending') =>
    new RegExp(`data-${order}="([^"]*)"[^>]*>${heading}</th>`)
      .exec(page)![1]!
      .replaceAll('&quot;', '"')
      .replaceAll('&#x3D;', '=');

  it.each([
    [
      'de' as const,
      ['Health Score', 'Sortiert nach „Health Score“, absteigend.'],
      [
        'Jahreswert',
        'Nach Währung gruppiert, darin nach „Jahreswert“ aufsteigend: Beträge in verschiedenen Währungen werden nicht verglichen.',
      ],
    ],
    [
      'ar' as const,
      ['الصحة', 'مرتّبة حسب «الصحة» تنازليًا.'],
      // A heading of two words is isolated in a right-to-left sentence (FSI ... PDI).
      [
        'القيمة السنوية',
        'مجمّعة حسب العملة، ثم مرتّبة حسب «\u2068القيمة السنوية\u2069» تصاعديًا؛ فلا تُقارَن مبالغ بعملات مختلفة.',
      ],
    ],
    [
      'he' as const,
      ['בריאות', 'ממוין לפי "בריאות", מהגבוה לנמוך.'],
      [
        'ערך שנתי',
        'מקובץ לפי מטבע, ובכל מטבע ממוין לפי "\u2068ערך שנתי\u2069" מהנמוך לגבוה: סכומים במטבעות שונים אינם מושווים.',
      ],
    ],
  ])('%s', (language, [health, descending], [annual, ascending]) => {
    const page = renderPortfolio(manifest, language);
    expect(line(page, health!, 'descending')).toBe(descending);
    expect(line(page, annual!, 'ascending')).toBe(ascending);
  });
});
