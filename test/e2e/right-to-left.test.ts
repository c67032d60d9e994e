/**
 * Arabic and Hebrew decks (test/fixtures/rtl-arabic, rtl-hebrew: long names, Latin inside the
 * text, emails), read back: the page is mirrored, the presenting keys are swapped, and the PDF's
 * text and metadata come back in their language and logical order; the PowerPoint is mirrored too,
 * in its XML and as LibreOffice prints it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBookmarks, pdfInfo, pdfText } from './pdf-tools.ts';
import { libreOfficePrints, rightToLeft } from './shared.ts';
import { requireTools } from './requirements.ts';
import { launchBrowser } from './browser.ts';

let out: string;
const DECKS = { ar: 'gulf-advanced', he: 'advanced-industrial' } as const;
const file = (language: keyof typeof DECKS, ext: string) =>
  join(out, '2026-Q4', 'customer', `${DECKS[language]}-qbr-2026-Q4.${ext}`);
let browser: Browser;

/** Bidi controls (marks, embeddings, isolates) that pdftotext and our isolation add around runs. */
const withoutControls = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
/** poppler puts spaces between some of an Arabic word's joined glyphs: compared without any. */
const letters = (text: string) => withoutControls(text).replace(/\s+/g, '');

beforeAll(async () => {
  requireTools('browser', 'poppler', 'libreoffice');
  out = await rightToLeft();
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(language: keyof typeof DECKS, hash = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`file://${file(language, 'html')}${hash}`, { waitUntil: 'load' });
  return page;
}

describe.each(['ar', 'he'] as const)('the %s deck', (language) => {
  it('says its language and direction in <html>', () => {
    expect(readFileSync(file(language, 'html'), 'utf8')).toContain(`<html lang="${language}" dir="rtl">`);
  });

  it('begins the scorecard’s first promise row at the right edge of its table', async () => {
    const page = await open(language);
    await page.keyboard.press('p'); // the scroll of slides: every slide laid out
    const edges = await page.evaluate(() => {
      const table = document.querySelector('.scorecard')!.getBoundingClientRect();
      const first = document.querySelector('.scorecard tbody tr th')!.getBoundingClientRect();
      return { table: [table.left, table.right], first: [first.left, first.right] };
    });
    await page.close();
    expect(Math.abs(edges.first[1]! - edges.table[1]!)).toBeLessThan(1);
    expect(edges.first[0]! - edges.table[0]!).toBeGreaterThan(400);
  });

  it('keeps the stop of the name’s "Co." or "Ltd." beside it in the title, before the closing bracket', () => {
    // Without the left-to-right mark the stop goes to the text around it and the line reads "(.Manufacturing Co".
    expect(readFileSync(file(language, 'html'), 'utf8')).toMatch(/<h1><bdi>[^<]*(Co|Ltd)\.\u200e\)<\/bdi><\/h1>/);
  });

  it('turns the on-track arrow to point left', async () => {
    const page = await open(language);
    await page.keyboard.press('p'); // the scroll of slides: a hidden slide's icons have no transform to read
    const transform = await page.evaluate(
      () => getComputedStyle(document.querySelector('.status--on_track .icon')!).transform,
    );
    await page.close();
    expect(transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('goes forward with the left arrow and back with the right one', async () => {
    const page = await open(language, '#2');
    const current = () => page.evaluate(() => location.hash);
    await page.keyboard.press('ArrowLeft');
    expect(await current()).toBe('#3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await current()).toBe('#1');
    await page.close();
  });
});

describe('the PDF, read back', () => {
  it('ar: the account’s name and its promises in logical order', () => {
    const text = letters(pdfText(file('ar', 'pdf')));
    for (const words of [
      'شركة الخليج للصناعات التحويلية',
      'متوسط زمن الإصلاح MTTR',
      'نسبة الإصلاح من المحاولة الأولى',
      'بطاقة أداء التعهدات',
    ]) {
      expect(text).toContain(letters(words));
    }
  });

  it('he: the account’s name and its promises as written', () => {
    const text = withoutControls(pdfText(file('he', 'pdf'))).replace(/[ \t]+/g, ' ');
    for (const words of [
      'מערכות תעשייה מתקדמות בע״מ',
      'זמן תיקון ממוצע MTTR',
      'שיעור תיקון בניסיון הראשון',
      'כרטיס מדדי ההצלחה',
    ])
      expect(text).toContain(words);
  });

  it('he: the summary’s long promise name keeps its Latin run whole, on the line after its Hebrew ("…te(")', () => {
    // Page 4, the summary: the words on the line of "הראשון" (pdftotext writes Hebrew as it stands, reversed).
    const boxes = spawnSync('pdftotext', ['-bbox', '-f', '4', '-l', '4', file('he', 'pdf'), '-'], {
      encoding: 'utf8',
    }).stdout;
    const words = [...boxes.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
    const line = words.find((w) => w[2] === 'ןושארה')?.[1];
    expect(line).toBeDefined();
    const wordsOf = (y: number) => words.filter((w) => Math.abs(Number(w[1]) - y) < 3).map((w) => w[2]);
    // The summary's names take two lines where the list has room (src/render/slide-fit.ts): no cut, no ellipsis.
    expect(wordsOf(Number(line)).filter((w) => w === '…' || /[A-Za-z]/.test(w!))).toEqual([]);
    const next = words.find((w) => w[2] === ')First-time')?.[1];
    expect(next && wordsOf(Number(next))).toEqual([')First-time', 'fix', 'rate(']);
  });

  it('ar and he: title, subject and bookmarks in the language', async () => {
    const info = (language: keyof typeof DECKS) => {
      const { Title = '', Subject = '' } = pdfInfo(file(language, 'pdf'));
      return [withoutControls(Title), withoutControls(Subject)];
    };
    expect(info('ar')).toEqual([
      'المراجعة الربعية للأعمال: شركة الخليج للصناعات التحويلية والخدمات اللوجستية المتقدمة (Gulf Advanced Manufacturing Co.)، الربع الرابع 2026',
      'المراجعة الربعية لأعمال شركة الخليج للصناعات التحويلية والخدمات اللوجستية المتقدمة (Gulf Advanced Manufacturing Co.) عن الربع الرابع 2026، ببيانات حتى 31 ديسمبر 2026',
    ]);
    expect(info('he')[0]).toBe(
      'סקירה עסקית רבעונית: מערכות תעשייה מתקדמות בע״מ, חטיבת הלוגיסטיקה והשירותים (Advanced Industrial Systems Ltd.), רבעון רביעי 2026',
    );
    expect((await pdfBookmarks(file('ar', 'pdf'))).map(withoutControls)).toContain('بطاقة أداء التعهدات');
    expect((await pdfBookmarks(file('he', 'pdf'))).map(withoutControls)).toContain('כרטיס מדדי ההצלחה');
  });
});

describe('the portfolio, in the config’s Arabic', () => {
  it('is written right to left', () => {
    expect(readFileSync(join(out, '2026-Q4', 'team', 'index.html'), 'utf8')).toContain('<html lang="ar" dir="rtl">');
  });

  it('keeps each name’s "Co." and "Ltd." whole before its closing bracket (a left-to-right mark after the stop)', () => {
    const page = readFileSync(join(out, '2026-Q4', 'team', 'index.html'), 'utf8');
    expect(page).toContain('(Gulf Advanced Manufacturing Co.\u200e)');
    expect(page).toContain('(Advanced Industrial Systems Ltd.\u200e)');
    expect(page).not.toMatch(/(Co|Ltd)\.\)/);
  });
});

/** Every part of a PowerPoint whose name matches, as text. */
async function parts(pptx: string, name: RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(pptx));
  return Promise.all(
    Object.keys(zip.files)
      .filter((n) => name.test(n))
      .map((n) => zip.file(n)!.async('string')),
  );
}

describe('the PowerPoint', () => {
  it.each(['ar', 'he'] as const)(
    '%s: every paragraph right to left in the language, every chart’s quarters from the right',
    async (language) => {
      const slides = (await parts(file(language, 'pptx'), /^ppt\/slides\/slide\d+\.xml$/)).join('');
      const paragraphs = slides.match(/<a:pPr\b[^>]*>/g) ?? [];
      expect(paragraphs.length).toBeGreaterThan(50);
      expect(paragraphs.filter((p) => !p.includes('rtl="1"'))).toEqual([]);
      expect(slides.match(/<a:rPr lang="([^"]*)"/g)?.filter((run) => run !== `<a:rPr lang="${language}"`)).toEqual([]);
      const charts = await parts(file(language, 'pptx'), /^ppt\/charts\/chart\d+\.xml$/);
      expect(charts.length).toBeGreaterThan(3);
      for (const chart of charts)
        expect(
          chart.match(/<c:catAx>[\s\S]*?<\/c:catAx>/g)?.every((axis) => axis.includes('<c:orientation val="maxMin"/>')),
        ).toBe(true);
    },
  );

  it('ar: the summary’s four promises, their names wrapped, end above the footer', async () => {
    const [summary] = await parts(file('ar', 'pptx'), /^ppt\/slides\/slide4\.xml$/);
    const table = /<p:graphicFrame>[\s\S]*?<a:off x="\d+" y="(\d+)"\/>[\s\S]*?<\/p:graphicFrame>/.exec(summary!);
    const rows = [...(table?.[0] ?? '').matchAll(/<a:tr h="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toHaveLength(4);
    // The footer's rule is 648 px down the 720 px slide, 9525 EMU a pixel.
    expect(Number(table![1]) + rows.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(648 * 9525);
  });

  it('he: LibreOffice prints it page for page, the scorecard’s first promise on the right half, statuses’ symbols before their words', async () => {
    const printed = join(await libreOfficePrints(), `${DECKS.he}-qbr-2026-Q4.pdf`);
    expect(pdfInfo(printed).Pages).toBe(pdfInfo(file('he', 'pdf')).Pages);
    // pdftotext's boxes of the words on the scorecard (the sixth page, after "since the last review"),
    // each word's letters as they stand on the page, left to right: "שעות" begins the first promise.
    const boxes = spawnSync('pdftotext', ['-bbox', '-f', '6', '-l', '6', printed, '-'], { encoding: 'utf8' }).stdout;
    const page = Number(/<page width="([\d.]+)"/.exec(boxes)?.[1]);
    const word = new RegExp(`<word xMin="([\\d.]+)"[^>]*>${[...'שעות'].reverse().join('')}</word>`).exec(boxes);
    expect(word, boxes.slice(0, 2000)).not.toBeNull();
    expect(Number(word![1])).toBeGreaterThan(page / 2);
    // On the summary (page 4), a status symbol opens its word: it stands at the word's right, the on-track arrow pointing left.
    const summary = spawnSync('pdftotext', ['-bbox', '-f', '4', '-l', '4', printed, '-'], { encoding: 'utf8' }).stdout;
    const boxes4 = (text: string) =>
      [
        ...summary.matchAll(
          new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)"[^>]*>${text}</word>`, 'g'),
        ),
      ].map((m) => ({ left: Number(m[1]), top: Number(m[2]), right: Number(m[3]) }));
    for (const [symbol, status] of [
      ['✔', 'הושג'],
      ['←', 'בדרך'],
    ] as const) {
      const [mark] = boxes4(symbol);
      expect(mark, `${symbol} on page 4`).toBeDefined();
      const before = boxes4([...status].reverse().join('')).filter(
        (w) => Math.abs(w.top - mark!.top) < 3 && mark!.left > w.right && mark!.left - w.right < 15,
      );
      expect(before, `${status} just left of ${symbol}`).toHaveLength(1);
    }
  });
});
