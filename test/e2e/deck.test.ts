import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/format.ts';
import { fixturePath } from '../helpers.ts';
import { pdfBookmarks, pdfFonts, pdfInfo, pdfText, plainSpaces, qpdfCheck } from './pdf-tools.ts';
import { qbr, readSummary, scratch } from './render.ts';

const out = scratch();
const FULL_CHROMIUM = '/usr/bin/chromium';
const SAMPLES = [
  { id: 'acme', quarter: '2026-Q4' },
  { id: 'helios-freight', quarter: '2026-Q3' },
  { id: 'bramble-foods', quarter: '2026-Q3' },
];
const file = (id: string, quarter: string, ext: string, internal = false) => join(out, quarter, `${id}-qbr-${quarter}${internal ? '-internal' : ''}.${ext}`);
const INTERNAL_MARKERS = ['Account team prep', 'Internal: account team only', 'Talking', 'Say:', 'Health, 0 to 100', 'Known risks'];

beforeAll(() => {
  for (const audience of ['customer', 'internal']) {
    const run = qbr(['--all', '--out', out, '--audience', audience]);
    expect(run.status, run.stderr).toBe(0);
  }
});

describe.each(SAMPLES)('the $id deck', ({ id, quarter }) => {
  const pdf = () => file(id, quarter, 'pdf');
  const html = () => readFileSync(file(id, quarter, 'html'), 'utf8');

  it('has one 16:9 page per slide, with title, author and subject', () => {
    const info = pdfInfo(pdf());
    const slides = html().match(/<section class="slide /g)!.length;
    expect(Number(info.Pages)).toBe(slides);
    expect(info['Page size']).toBe('960 x 540 pts');
    expect(info.Title).toContain('Quarterly Business Review');
    expect(info.Author).toBe('Your company');
    expect(info.Subject).toContain(quarter);
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

  it("shows the customer's name, every promise and its latest value as the deck writes it", () => {
    const text = pdfText(pdf());
    const summary = readSummary(file(id, quarter, 'json'));
    const locale = readFileSync(join('data', `${id}.yaml`), 'utf8').match(/^locale: (.+)$/m)?.[1];
    const f = createFormatter(locale, summary.currency);
    expect(text).toContain(summary.name);
    for (const p of summary.promises) {
      expect(text).toContain(p.name);
      expect(text).toContain(plainSpaces(f.measure(p.latest, p.unit)));
    }
  });

  it('has a bookmark per slide, named by its heading', async () => {
    const headings = [...html().matchAll(/<h[12]>([^<]+)<\/h[12]>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    expect(await pdfBookmarks(pdf())).toEqual(headings);
  });

  it("keeps the account team's pages out of the customer's copy", () => {
    const customer = pdfText(pdf()) + html();
    for (const marker of INTERNAL_MARKERS) expect(customer).not.toContain(marker);
    const summary = readSummary(file(id, quarter, 'json'));
    for (const signal of summary.signals) expect(customer).not.toContain(signal.detail);
    const internal = pdfText(file(id, quarter, 'pdf', true));
    expect(internal).toContain('Account team prep: health');
    expect(internal).toContain(String(summary.health));
  });

  it('is one self-contained HTML file: no script, nothing loaded from elsewhere', () => {
    const page = html();
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<link/i);
    // Only data: URLs and references inside the page (an inline chart's #clip1) are allowed.
    expect(page).not.toMatch(/(src|href)="(?!data:|#)/);
    expect(page).not.toMatch(/url\((?!data:|#)/);
  });
});

describe('the acme deck', () => {
  it('stays under 2 MB', () => {
    expect(statSync(file('acme', '2026-Q4', 'pdf')).size).toBeLessThan(2 * 1024 * 1024);
  });

  it("lists the account team's risks and signals in the internal copy", () => {
    const text = pdfText(file('acme', '2026-Q4', 'pdf', true)).replace(/\s+/g, ' ');
    expect(text).toContain('Champion moving to another site in Q1');
    expect(text).toContain('1 of 4 promises missed: First-time fix rate.');
  });

  it('gives the same bytes for the same input', () => {
    const again = scratch();
    expect(qbr(['acme', '--out', again]).status).toBe(0);
    expect(readFileSync(join(again, '2026-Q4', 'acme-qbr-2026-Q4.pdf')).equals(readFileSync(file('acme', '2026-Q4', 'pdf')))).toBe(true);
    expect(readFileSync(join(again, '2026-Q4', 'acme-qbr-2026-Q4.html'), 'utf8')).toBe(readFileSync(file('acme', '2026-Q4', 'html'), 'utf8'));
  });
});

describe('decks from other data', () => {
  it('prints Japanese, Chinese, Arabic and emoji with embedded fonts, not boxes', () => {
    const dir = scratch();
    expect(qbr([fixturePath('international'), '--out', dir, '--format', 'pdf']).status).toBe(0);
    const pdf = join(dir, '2025-Q3', 'account-qbr-2025-Q3.pdf');
    const names = pdfFonts(pdf).map((f) => f.name).join(' ');
    for (const family of ['NotoSansJP', 'NotoSansSC', 'NotoSansArabic', 'NotoEmoji']) expect(names).toContain(family);
    const text = pdfText(pdf);
    expect(text).toContain('神戸精密工業');
    expect(text).toContain('王伟');
  });

  it('continues many promises and commitments on further slides, one page each', () => {
    const dir = scratch();
    expect(qbr([fixturePath('many-promises'), '--out', dir, '--format', 'pdf,html']).status).toBe(0);
    const pdf = join(dir, '2025-Q3', 'account-qbr-2025-Q3.pdf');
    const text = pdfText(pdf);
    for (const heading of ['Promise scorecard (1 of 2)', 'Promise scorecard (2 of 2)', 'Results against promises (3 of 3)', 'What we committed to (2 of 2)']) {
      expect(text).toContain(heading);
    }
    const slides = readFileSync(join(dir, '2025-Q3', 'account-qbr-2025-Q3.html'), 'utf8').match(/<section class="slide /g)!.length;
    expect(Number(pdfInfo(pdf).Pages)).toBe(slides);
  });

  it('leaves out the slides of sections without data', () => {
    const dir = scratch();
    expect(qbr([fixturePath('valid'), '--out', dir, '--format', 'pdf']).status).toBe(0);
    const text = pdfText(join(dir, '2025-Q1', 'account-qbr-2025-Q1.pdf'));
    expect(text).toContain('Promise scorecard');
    expect(text).toContain('Adoption');
    expect(text).not.toContain('Value delivered against investment');
  });

  // qbr prefers the headless shell when both are there; the full browser must print the same deck.
  it.runIf(existsSync(FULL_CHROMIUM))('prints the same deck with the full Chromium', async () => {
    const dir = scratch();
    expect(qbr(['acme', '--out', dir, '--format', 'pdf'], { QBR_BROWSER: FULL_CHROMIUM }).status).toBe(0);
    const full = join(dir, '2026-Q4', 'acme-qbr-2026-Q4.pdf');
    expect(pdfInfo(full).Pages).toBe(pdfInfo(file('acme', '2026-Q4', 'pdf')).Pages);
    expect(await pdfBookmarks(full)).toEqual(await pdfBookmarks(file('acme', '2026-Q4', 'pdf')));
    expect(plainSpaces(pdfText(full))).toBe(plainSpaces(pdfText(file('acme', '2026-Q4', 'pdf'))));
  });

  it('says how to get a browser when the one configured is missing', () => {
    const dir = scratch();
    const config = join(dir, 'qbr.config.yaml');
    writeFileSync(config, 'browser:\n  executable: /nonexistent/chrome\n');
    const run = qbr(['acme', '--out', dir, '--config', config]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the browser set for qbr does not exist or cannot run: /nonexistent/chrome');
    expect(run.stderr).toContain('apt-get install chromium');
  });
});
