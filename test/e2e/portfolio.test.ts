import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createCanvas, loadImage } from 'canvas';
import type { Browser, Page, Viewport } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPortfolio } from '../../src/output/portfolio.ts';
import { fixturePath, ROOT, scratchProject } from '../helpers.ts';
import { manifest } from '../output/portfolio-manifest.ts';
import { pdfInfo, pdfText, plainSpaces } from './pdf-tools.ts';
import { qbrIn } from './render.ts';
import { launchBrowser } from './browser.ts';

const sample = (id: string) => join(ROOT, 'data', `${id}.yaml`);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The samples, an account not started yet and one that cannot be read, as PDFs.
const dir = scratchProject({
  'acme.yaml': sample('acme'),
  'bramble-foods.yaml': sample('bramble-foods'),
  'helios-freight.yaml': sample('helios-freight'),
  'northwind.yaml': fixturePath('contract-not-started'),
  'broken.yaml': fixturePath('promise-target-string'),
});
// Our brand's colours, which the page takes as the decks do.
writeFileSync(join(dir, 'qbr.config.yaml'), "company:\n  colors: { primary: '#7a1f5c', accent: '#2b6e3f' }\n");
const folder = join(dir, 'out', '2026-Q4', 'team');
let browser: Browser;

beforeAll(async () => {
  const run = await qbrIn(dir, ['--all', '--format', 'pdf,json']);
  expect(run.status, run.stderr).toBe(1); // broken.yaml fails; the others are written
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(javascript: boolean, viewport?: Viewport): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.setJavaScriptEnabled(javascript);
  await page.goto(`file://${join(folder, 'index.html')}`, { waitUntil: 'load' });
  return { page, problems };
}

const rowNames = (page: Page) =>
  page.$$eval('#portfolio tbody tr:not([hidden]) th[scope=row]', (cells) =>
    cells.map((c) => c.getAttribute('data-sort')),
  );

describe('portfolio.pdf', () => {
  it('prints every account on A4 landscape, with the totals and each status, without the links', () => {
    const pdf = join(folder, 'portfolio.pdf');
    const info = pdfInfo(pdf);
    expect(info['Page size']).toMatch(/^841\.92 x 59\d\.\d+ pts \(A4\)$/); // landscape
    expect(info.Title).toBe('Portfolio, Q4 2026');
    const text = plainSpaces(pdfText(pdf)).replace(/\s+/g, ' ');
    for (const words of [
      'Acme Manufacturing',
      'Bramble Foods Ltd',
      'Helios Freight GmbH',
      'Northwind Traders',
      'Not started: the contract starts Feb 1, 2027 (Q1 2027)',
      'Failed (QBR_INVALID_DATA)',
      '$240,000',
      '£96,000',
      '€230,000',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('Internal PDF');
    expect(text).not.toContain('All owners'); // the filter is for the screen, with its script
  });

  it('is not printed again when nothing changed', async () => {
    const before = statSync(join(folder, 'portfolio.pdf')).mtimeMs;
    const again = await qbrIn(dir, ['--all', '--format', 'pdf,json']);
    expect(again.stdout).toContain('0 rendered, 3 unchanged, 1 failed, 1 not started');
    expect(statSync(join(folder, 'portfolio.pdf')).mtimeMs).toBe(before);
  });
});

describe('the portfolio page in Chromium', () => {
  it('reads without its script: worst health first, no controls that would do nothing', async () => {
    const { page, problems } = await open(false);
    expect(await rowNames(page)).toEqual([
      'broken',
      'Bramble Foods Ltd',
      'Acme Manufacturing',
      'Helios Freight GmbH',
      'Northwind Traders',
    ]);
    expect(await page.$eval('.controls', (e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.$$eval('#portfolio thead button', (b) => b.length)).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("sorts by any column and filters by owner with its script, which the page's CSP lets run", async () => {
    const { page, problems } = await open(true);
    const sortBy = async (label: string) => {
      const buttons = await page.$$('#portfolio thead button');
      for (const button of buttons) if ((await button.evaluate((b) => b.textContent)) === label) await button.click();
    };
    const order = () => page.$eval('#order', (e) => e.textContent);
    expect(await order()).toBe('Worst health first.');
    // Within each currency, EUR, GBP, USD: Northwind €50,000, Helios €180,000, Bramble £96,000, Acme $240,000.
    await sortBy('Annual value'); // ascending; the one without a value last
    expect(await rowNames(page)).toEqual([
      'Northwind Traders',
      'Helios Freight GmbH',
      'Bramble Foods Ltd',
      'Acme Manufacturing',
      'broken',
    ]);
    expect(await order()).toBe(
      'By currency, then by “Annual value”, lowest first: amounts in different currencies are not compared.',
    );
    await sortBy('Annual value'); // descending; the currencies in the same order, the one without a value still last
    expect(await rowNames(page)).toEqual([
      'Helios Freight GmbH',
      'Northwind Traders',
      'Bramble Foods Ltd',
      'Acme Manufacturing',
      'broken',
    ]);
    expect(await order()).toBe(
      'By currency, then by “Annual value”, highest first: amounts in different currencies are not compared.',
    );
    expect(await page.$eval('#portfolio thead th:nth-child(3)', (th) => th.getAttribute('aria-sort'))).toBe(
      'descending',
    );
    await sortBy('Account');
    expect(await rowNames(page)).toEqual([
      'Acme Manufacturing',
      'Bramble Foods Ltd',
      'broken',
      'Helios Freight GmbH',
      'Northwind Traders',
    ]);
    expect(await order()).toBe('Sorted by “Account”, A to Z.');
    await page.select(
      '#owner',
      await page.$eval(
        '#owner',
        (s) => [...(s as HTMLSelectElement).options].find((o) => o.text === 'Dana Whitfield')!.value,
      ),
    );
    expect(await rowNames(page)).toEqual(['Acme Manufacturing']);
    expect(await page.$eval('#showing', (e) => e.textContent)).toBe('Showing 1 of 5 accounts.');
    expect(await page.$eval('.lede', (e) => e.textContent)).toBe(
      '1 account · 0 with health below 50 · 3 signals raised · data as of Dec 31, 2026',
    );
    const totals = await page.$$eval('.totals tbody:not([hidden]) tr', (rows) =>
      rows.map((r) => r.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(totals).toEqual(['USD1 account $240,000 $0 $240,000']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("is in the config's company colours", async () => {
    const { page } = await open(false);
    const color = (selector: string) => page.$eval(selector, (e) => getComputedStyle(e).color);
    expect(await color('h1')).toBe('rgb(122, 31, 92)'); // #7a1f5c
    expect(await color('.kicker')).toBe('rgb(43, 110, 63)'); // #2b6e3f
    await page.close();
  });

  it("keeps each link to a deck, and each word of an account's name, on one line (German, 1024 px wide)", async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    const outputs = [
      'customer/acme-qbr-2026-Q4.pdf',
      'customer/acme-qbr-2026-Q4.html',
      'team/acme-qbr-2026-Q4.json',
      'team/acme-qbr-2026-Q4-internal.pdf',
      'team/acme-qbr-2026-Q4-internal.html',
    ];
    // Every signal raised, as a struggling account has them: the longest list the table holds.
    const ids = ['unfulfilled_promise', 'promise_at_risk', 'below_par_experience', 'value_below_price'] as const;
    const more = ['communication_gap', 'single_threaded', 'low_adoption', 'broken_commitment'] as const;
    const signals = [...ids, ...more].map((id) => ({ id, detail: '' }));
    const value = { delivered: 487_000, invested: 480_000, roi: 1.01, currency: 'USD' };
    const acme = { outputs, signals, value, name: 'Acme Manufacturing' };
    await page.setContent(
      renderPortfolio(
        { ...manifest, accounts: manifest.accounts.map((e) => (e.account === 'acme' ? { ...e, ...acme } : e)) },
        'de',
      ),
    );
    const row = 'tr:has(th[data-sort="Acme Manufacturing"])';
    const links = await page.$$eval(`${row} .links a`, (as) =>
      as.map((a) => ({
        text: a.textContent,
        lines: Math.round(a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight)),
      })),
    );
    expect(links).toEqual([
      { text: 'PDF', lines: 1 },
      { text: 'HTML', lines: 1 },
      { text: 'JSON', lines: 1 },
      { text: 'PDF intern', lines: 1 },
      { text: 'HTML intern', lines: 1 },
    ]);
    // A word split over two lines has a box on each.
    const boxesPerWord = await page.$eval(`${row} th`, (th) => {
      const text = th.firstChild!;
      return [...text.textContent!.matchAll(/\S+/g)].map((word) => {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        return [word[0], range.getClientRects().length];
      });
    });
    expect(boxesPerWord).toEqual([
      ['Acme', 1],
      ['Manufacturing', 1],
    ]);
    await page.close();
  });

  it('has no serious or critical axe-core violations', async () => {
    const { page } = await open(true);
    await page.setBypassCSP(true); // to let axe in
    await page.reload({ waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string }> }> } }
      ).axe;
      return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });
});

describe('shards that made PDFs, merged', () => {
  it('give the same portfolio.pdf, manifest and decks as one run, byte for byte', async () => {
    // Two small accounts: a is in shard 1 of 2 and c in shard 2 (the first bytes of their SHA-256, mod 2).
    const two = scratchProject({ 'a.yaml': fixturePath('valid'), 'c.yaml': fixturePath('valid') });
    const args = ['--all', '--format', 'pdf,json'];
    expect((await qbrIn(two, [...args, '--out', 'single'])).status).toBe(0);
    expect((await qbrIn(two, [...args, '--shard', '1/2', '--out', 's1'])).status).toBe(0);
    expect((await qbrIn(two, [...args, '--shard', '2/2', '--out', 's2'])).status).toBe(0);
    expect(readFileSync(join(two, 's1', '2025-Q1', 'team', 'manifest.json'), 'utf8')).toContain('"account": "a"');
    const merged = await qbrIn(two, ['merge', 's1', 's2', '--out', 'merged']);
    expect(merged.status, merged.stderr).toBe(0);
    for (const file of [
      'team/portfolio.pdf',
      'team/index.html',
      'team/manifest.json',
      'customer/a-qbr-2025-Q1.pdf',
      'customer/c-qbr-2025-Q1.pdf',
      'team/c-qbr-2025-Q1.json',
    ]) {
      expect(
        readFileSync(join(two, 'merged', '2025-Q1', file)).equals(readFileSync(join(two, 'single', '2025-Q1', file))),
        file,
      ).toBe(true);
    }
  });
});

describe('the portfolio page on a phone, 390 px wide', () => {
  it('reflows the totals, keeps rows short, and scrolls only the accounts table, with a shadow at its hidden edge', async () => {
    const { page, problems } = await open(true, { width: 390, height: 844, isMobile: true, hasTouch: true });
    const outside = await page.evaluate(() =>
      [...document.body.querySelectorAll('*')].flatMap((e) => {
        const r = e.getBoundingClientRect();
        const scrolled = (a: Element | null): boolean =>
          a !== null && (['auto', 'scroll'].includes(getComputedStyle(a).overflowX) || scrolled(a.parentElement));
        const out = r.width > 0 && (r.left < -0.5 || r.right > innerWidth + 0.5);
        return out && !scrolled(e.parentElement) ? [`${e.tagName}.${e.className}`] : [];
      }),
    );
    expect(outside).toEqual([]);
    const scrollers = await page.$$eval('.scroll', (all) => all.map((e) => e.scrollWidth > e.clientWidth));
    expect(scrollers).toEqual([false, true]); // the totals reflow to the width; the accounts' table is wider
    const edge = await page.evaluate(() => {
      const box = document.querySelectorAll('.scroll')[1]!.getBoundingClientRect();
      const row = document.querySelector('#portfolio tbody tr')!.getBoundingClientRect();
      // The cells' padding above their text: only the page's white there, or the shadow.
      return { x: box.right - 6, y: row.top + scrollY + 2, width: 5, height: 4 };
    });
    const shot = await loadImage(Buffer.from(await page.screenshot({ clip: edge, captureBeyondViewport: true })));
    const canvas = createCanvas(shot.width, shot.height);
    canvas.getContext('2d').drawImage(shot, 0, 0);
    const pixels = canvas.getContext('2d').getImageData(0, 0, shot.width, shot.height).data;
    expect(Math.min(...pixels.filter((_, i) => i % 4 === 0))).toBeLessThan(235); // shaded, not white (255)
    // The tallest, Bramble's seven signals, is five lines of 12 px type (17 px each) and its padding, about
    // 100 px (narrow columns had made it 169). A failed account's row is as tall as its error and code frame.
    const heights = await page.$$eval('#portfolio tbody tr:not(.row--failed)', (rows) =>
      rows.map((r) => r.getBoundingClientRect().height),
    );
    expect(Math.max(...heights)).toBeLessThanOrEqual(120);
    expect(problems).toEqual([]);
    await page.close();
  });
});
