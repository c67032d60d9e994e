import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, ROOT } from '../helpers.ts';
import { pdfBookmarks, pdfFonts, pdfInfo, pdfText, plainSpaces, qpdfCheck } from './pdf-tools.ts';
import { outputFile, qbr, readSummary, scratch } from './render.ts';
import { FULL_CHROMIUM, requireTools, skipping } from './requirements.ts';
import { international, samples } from './shared.ts';

const SKIP = skipping('browser', 'poppler');
let out: string;
const EVERY_SIGNAL = [
  'unfulfilled_promise',
  'promise_at_risk',
  'below_par_experience',
  'value_below_price',
  'communication_gap',
  'single_threaded',
  'low_adoption',
  'broken_commitment',
];
/**
 * What each sample's deck for 2026-Q4 must say, worked out by hand from its data file and written
 * as a reader of its locale writes it (the health figures docs/summary.md gives; \u00a0 is the
 * no-break space German puts before € and %), never made with qbr's own formatter.
 */
const SAMPLES = [
  {
    id: 'acme',
    quarter: '2026-Q4',
    name: 'Acme Manufacturing',
    promises: [
      ['Unplanned downtime', '55 h'],
      ['First-time fix rate', '86%'],
      ['Mean time to repair', '6.7 h'],
      ['Planned maintenance share', '58%'],
    ],
    figures: ['$487,000', '$480,000', '89%', 'Dec 31, 2026'],
    health: 65,
    signals: ['unfulfilled_promise', 'promise_at_risk', 'below_par_experience'],
  },
  {
    id: 'helios-freight',
    quarter: '2026-Q4',
    name: 'Helios Freight GmbH',
    promises: [
      ['Diesel per 100 tonne-km', '2,5'],
      ['Empty kilometres', '17,1\u00a0%'],
      ['On-time deliveries', '95,3\u00a0%'],
    ],
    // Value delivered 21,000 + 58,000 + ... + 151,000; fees 7 quarters of 45,000; 388 of 400 licences in use.
    figures: ['717.000\u00a0€', '315.000\u00a0€', '97\u00a0%', '31. Dez. 2026', '1. Apr. 2028'],
    health: 100,
    signals: [],
  },
  {
    id: 'bramble-foods',
    quarter: '2026-Q4',
    name: 'Bramble Foods Ltd',
    promises: [
      ['Unplanned stops per month', '5'],
      ['Assets with live sensors', '56%'],
    ],
    // Value delivered 6,000 + 9,000 + 4,000 + 5,000; fees 6 quarters of 24,000; 20 of 60 licences in use.
    figures: ['£24,000', '£144,000', '33%', '31 Dec 2026'],
    health: 20,
    signals: EVERY_SIGNAL,
  },
];
/** An account's file in the shared samples' folder. */
const file = (id: string, quarter: string, ext: string, internal = false) =>
  outputFile(out, id, quarter, ext, internal);
/** One emoji from each block of @fontsource/noto-emoji, as test/fixtures/emoji-blocks holds them. */
const EMOJI = ['🇪', '🏁', '🟢', '📊', '🎯', '🚚', '☕', '🌍', '🏃', '👍', '🪋'];
/** Whether `char` is in a CSS unicode-range such as `U+1f1e6-1f1ff,U+200d`. */
const inUnicodeRange = (char: string, range: string) =>
  range.split(',').some((part) => {
    const [from, to = from] = part
      .trim()
      .replace(/^U\+/i, '')
      .split('-')
      .map((hex) => parseInt(hex!, 16));
    return char.codePointAt(0)! >= from! && char.codePointAt(0)! <= to!;
  });
/** Fonts in the PDF that are not the deck's own (a system font standing in for a missing glyph). */
const onlyDeckFonts = (pdf: string) =>
  pdfFonts(pdf).filter(
    (f) => !/^[A-Z]{6}\+(Inter|NotoSansJP|NotoSansSC|NotoSansArabic|NotoEmoji)[A-Za-z]*-/.test(f.name) || !f.embedded,
  );
/** What the account team's pages print (labels in capitals, as CSS sets them), and only they. */
const INTERNAL_MARKERS = [
  'Internal: account team only',
  'Account team prep: health',
  'HEALTH, 0 TO 100',
  'Account team prep: signals and talking points',
  'CONTACT COVERAGE',
  'KNOWN RISKS',
];

beforeAll(async () => {
  requireTools('browser', 'poppler');
  // Every sample in 2026-Q4, the latest quarter with data.
  out = await samples();
});

describe.skipIf(SKIP).each(SAMPLES)('the $id deck', ({ id, quarter, name, promises, figures, health, signals }) => {
  const pdf = () => file(id, quarter, 'pdf');
  const html = () => readFileSync(file(id, quarter, 'html'), 'utf8');

  it('has one 16:9 page per slide, with title, author and subject', () => {
    const info = pdfInfo(pdf());
    const slides = html().match(/<section class="slide /g)!.length;
    expect(Number(info.Pages)).toBe(slides);
    expect(info['Page size']).toBe('960 x 540 pts');
    expect(info.Title).toContain('Quarterly Business Review');
    expect(info.Author).toBe('Your company');
    // The subject is written for people ("for Q4 2026"); the keywords keep the quarter's code.
    expect(info.Subject).toContain(`for Q${quarter.slice(6)} ${quarter.slice(0, 4)}`);
    expect(info.Keywords).toContain(quarter);
  });

  it('passes qpdf --check, customer and internal copy', () => {
    for (const path of [pdf(), file(id, quarter, 'pdf', true)]) {
      const result = qpdfCheck(path);
      expect(result.status, result.output).toBe(0);
    }
  });

  it('embeds every font, Inter among them', () => {
    const fonts = pdfFonts(pdf());
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.some((f) => f.name.endsWith('+Inter-Regular'))).toBe(true);
  });

  it("shows the customer's name, every promise with its latest value, money and dates as its locale writes them", () => {
    const text = pdfText(pdf());
    const page = html();
    expect(text).toContain(name);
    for (const [promise, latest] of promises) {
      expect(text).toContain(promise);
      expect(text).toMatch(new RegExp(`${promise}\\s+${plainSpaces(latest!).replace(/[.$]/g, '\\$&')}`));
    }
    for (const figure of [...promises.map(([, latest]) => latest!), ...figures]) {
      expect(page).toContain(figure); // the HTML keeps the no-break spaces
      expect(text).toContain(plainSpaces(figure));
    }
  });

  it('has the health and the signals the README gives for the sample', () => {
    const summary = readSummary(file(id, quarter, 'json'));
    expect(summary.health).toBe(health);
    expect(summary.signals.map((s: { id: string }) => s.id)).toEqual(signals);
    expect(pdfText(file(id, quarter, 'pdf', true))).toMatch(
      new RegExp(`HEALTH, 0 TO 100[\\s\\S]{0,300}?\\n\\s*${health}\\n`),
    );
  });

  it('has a bookmark per slide, named by its heading', async () => {
    // A heading's text, without the <bdi> that keeps a customer's name in its own direction.
    const headings = [...html().matchAll(/<h[12]>(.*?)<\/h[12]>/g)].map((m) =>
      m[1]!.replace(/<\/?bdi>/g, '').replaceAll('&amp;', '&'),
    );
    expect(await pdfBookmarks(pdf())).toEqual(headings);
  });

  it("keeps the account team's pages out of the customer's copy", () => {
    const internal = pdfText(file(id, quarter, 'pdf', true));
    const customer = (pdfText(pdf()) + html()).toLowerCase();
    // Every signal raised gets a talking point, each starting "Say:", in the internal copy only.
    const markers = [...INTERNAL_MARKERS, ...(signals.length > 0 ? ['Say:'] : [])];
    for (const marker of markers) {
      expect(internal).toContain(marker);
      expect(customer).not.toContain(marker.toLowerCase());
    }
    expect(internal.match(/Say:/g)?.length ?? 0).toBe(signals.length);
    const summary = readSummary(file(id, quarter, 'json'));
    for (const signal of summary.signals) expect(customer).not.toContain(signal.detail.toLowerCase());
  });

  it('is one self-contained HTML file: one inline script, allowed by its hash alone; nothing loaded from elsewhere', () => {
    const page = html();
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.map((s) => s[1])).toEqual(['']);
    const hash = createHash('sha256').update(scripts[0]![2]!).digest('base64');
    expect(page).toContain(
      `content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'"`,
    );
    expect(page).not.toMatch(/<link/i);
    // Only data: URLs and references inside the page (an inline chart's #clip1) are allowed.
    expect(page).not.toMatch(/(src|href)="(?!data:|#)/);
    expect(page).not.toMatch(/url\((?!data:|#)/);
  });
});

describe.skipIf(SKIP)('the acme deck', () => {
  it('stays under 2 MB', () => {
    expect(statSync(file('acme', '2026-Q4', 'pdf')).size).toBeLessThan(2 * 1024 * 1024);
  });

  it("lists the account team's risks and signals in the internal copy", () => {
    const text = pdfText(file('acme', '2026-Q4', 'pdf', true)).replace(/\s+/g, ' ');
    expect(text).toContain('Champion moving to another site in Q1');
    expect(text).toContain('1 of 4 promises missed: First-time fix rate.');
  });

  it('gives the same bytes for the same input', async () => {
    const again = scratch();
    expect((await qbr(['acme', '--out', again])).status).toBe(0);
    expect(
      readFileSync(join(again, '2026-Q4', 'customer', 'acme-qbr-2026-Q4.pdf')).equals(
        readFileSync(file('acme', '2026-Q4', 'pdf')),
      ),
    ).toBe(true);
    expect(readFileSync(join(again, '2026-Q4', 'customer', 'acme-qbr-2026-Q4.html'), 'utf8')).toBe(
      readFileSync(file('acme', '2026-Q4', 'html'), 'utf8'),
    );
  });
});

describe.skipIf(SKIP)("the acme deck's charts", () => {
  it('carry their labels as text a reader can select and search, in the embedded fonts', () => {
    const pages = pdfText(file('acme', '2026-Q4', 'pdf')).split('\f');
    const slide = (heading: string) => pages.find((page) => page.includes(heading) && !page.includes('Agenda'))!;
    const results = slide('Results against promises');
    // Axis ticks, legend entries and the due-date label of the first promise's chart.
    for (const label of ['140 h', "Q1 '25", "Q4 '26", 'Target 60 h', 'At sale 120 h', 'Due'])
      expect(results).toContain(label);
    const value = slide('Value delivered against investment');
    for (const label of ['$500K', 'Fees paid (cumulative)', 'Value delivered (cumulative)'])
      expect(value).toContain(label);
  });
});

describe.skipIf(SKIP)('decks from other data', () => {
  it('prints Japanese, Chinese, Arabic and emoji with embedded fonts, not boxes', async () => {
    const pdf = join(await international(), '2025-Q3', 'customer', 'account-qbr-2025-Q3.pdf');
    const names = pdfFonts(pdf)
      .map((f) => f.name)
      .join(' ');
    for (const family of ['NotoSansJP', 'NotoSansSC', 'NotoSansArabic', 'NotoEmoji']) expect(names).toContain(family);
    expect(onlyDeckFonts(pdf)).toEqual([]);
    const text = pdfText(pdf);
    expect(text).toContain('神戸精密工業 🚀');
    expect(text).toContain('王伟');
    // ⏱ is claimed, without a glyph, by Noto Sans Arabic's symbols subset too.
    expect(text).toContain('計画外停止 ⏱');
  });

  it('prints one emoji of every block the emoji font claims as its glyph, on the summary and the scorecard', async () => {
    const blocks = [
      ...readFileSync(join(ROOT, 'node_modules/@fontsource/noto-emoji/400.css'), 'utf8').matchAll(
        /unicode-range:([^;]+);/g,
      ),
    ].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks)
      expect(
        EMOJI.filter((emoji) => inUnicodeRange(emoji, block)),
        block,
      ).not.toEqual([]);
    const dir = scratch();
    expect((await qbr([fixturePath('emoji-blocks'), '--out', dir, '--format', 'pdf'])).status).toBe(0);
    const pdf = join(dir, '2025-Q2', 'customer', 'account-qbr-2025-Q2.pdf');
    expect(
      pdfFonts(pdf)
        .map((f) => f.name)
        .join(' '),
    ).toContain('NotoEmoji');
    expect(onlyDeckFonts(pdf)).toEqual([]);
    // A character without a glyph prints as .notdef, which reads back as nothing.
    const pages = pdfText(pdf).split('\f');
    for (const heading of ['Executive summary', 'Promise scorecard']) {
      const page = pages.find((p) => p.split('\n').some((line) => line.trim() === heading))!;
      expect(page).toContain('Emoji Works 🏃 ☕');
      for (const name of ['Dashboards in weekly use 📊', 'On-time deliveries 🚚 🏁 🎯', 'Happy users 👍 🟢 🌍 🇪 🪋'])
        expect(page).toContain(name);
    }
  });

  it('continues many promises and commitments on further slides, one page each', async () => {
    const dir = scratch();
    expect((await qbr([fixturePath('many-promises'), '--out', dir, '--format', 'pdf,html'])).status).toBe(0);
    const pdf = join(dir, '2025-Q3', 'customer', 'account-qbr-2025-Q3.pdf');
    const text = pdfText(pdf);
    for (const heading of [
      'Promise scorecard (1 of 2)',
      'Promise scorecard (2 of 2)',
      'Results against promises (3 of 3)',
      'What we committed to (2 of 2)',
    ]) {
      expect(text).toContain(heading);
    }
    const slides = readFileSync(join(dir, '2025-Q3', 'customer', 'account-qbr-2025-Q3.html'), 'utf8').match(
      /<section class="slide /g,
    )!.length;
    expect(Number(pdfInfo(pdf).Pages)).toBe(slides);
  });

  it('leaves out the slides of sections without data', async () => {
    // The slides are chosen before printing: the HTML deck has the PDF's (one page a slide, above).
    const dir = scratch();
    expect((await qbr([fixturePath('valid'), '--out', dir, '--format', 'html'])).status).toBe(0);
    const text = readFileSync(join(dir, '2025-Q1', 'customer', 'account-qbr-2025-Q1.html'), 'utf8');
    expect(text).toContain('Promise scorecard');
    expect(text).toContain('Adoption');
    expect(text).not.toContain('Value delivered against investment');
  });

  // qbr prefers the headless shell when both are there; the full browser must print the same deck.
  it.skipIf(skipping('full-chromium'))('prints the same deck with the full Chromium', async () => {
    requireTools('full-chromium');
    const dir = scratch();
    expect((await qbr(['acme', '--out', dir, '--format', 'pdf'], { QBR_BROWSER: FULL_CHROMIUM })).status).toBe(0);
    const full = join(dir, '2026-Q4', 'customer', 'acme-qbr-2026-Q4.pdf');
    expect(pdfInfo(full).Pages).toBe(pdfInfo(file('acme', '2026-Q4', 'pdf')).Pages);
    expect(await pdfBookmarks(full)).toEqual(await pdfBookmarks(file('acme', '2026-Q4', 'pdf')));
    expect(plainSpaces(pdfText(full))).toBe(plainSpaces(pdfText(file('acme', '2026-Q4', 'pdf'))));
  });

  it('says how to get a browser when the one configured is missing', async () => {
    const dir = scratch();
    const config = join(dir, 'qbr.config.yaml');
    writeFileSync(config, 'browser:\n  executable: /nonexistent/chrome\n');
    const run = await qbr(['acme', '--out', dir, '--config', config]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the browser set for qbr does not exist or cannot run: /nonexistent/chrome');
    expect(run.stderr).toContain('apt-get install chromium');
  });
});
