import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/print/find-browser.ts';
import { fixturePath, ROOT, scratchProject } from '../helpers.ts';
import { pdfInfo, pdfText, plainSpaces } from './pdf-tools.ts';

/** The real CLI in a child process, run from `cwd` (tsx named by its full address, since `cwd` has no node_modules). */
function qbrIn(cwd: string, args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(ROOT, 'src', 'cli.ts'), ...args],
    { cwd, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

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
const folder = join(dir, 'out', '2026-Q4', 'team');
let browser: Browser;

beforeAll(async () => {
  const run = qbrIn(dir, ['--all', '--format', 'pdf,json']);
  expect(run.status, run.stderr).toBe(1); // broken.yaml fails; the others are written
  browser = await puppeteer.launch({ executablePath: findBrowser({}), args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(() => browser?.close());

async function open(javascript: boolean): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
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

  it('is not printed again when nothing changed', () => {
    const before = statSync(join(folder, 'portfolio.pdf')).mtimeMs;
    const again = qbrIn(dir, ['--all', '--format', 'pdf,json']);
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
    await sortBy('Annual value'); // ascending; the one without a value last
    expect(await rowNames(page)).toEqual([
      'Northwind Traders',
      'Bramble Foods Ltd',
      'Helios Freight GmbH',
      'Acme Manufacturing',
      'broken',
    ]);
    await sortBy('Annual value'); // descending; still last
    expect(await rowNames(page)).toEqual([
      'Acme Manufacturing',
      'Helios Freight GmbH',
      'Bramble Foods Ltd',
      'Northwind Traders',
      'broken',
    ]);
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
  it('give the same portfolio.pdf, manifest and decks as one run, byte for byte', () => {
    // Two small accounts: a is in shard 1 of 2 and c in shard 2 (the first bytes of their SHA-256, mod 2).
    const two = scratchProject({ 'a.yaml': fixturePath('valid'), 'c.yaml': fixturePath('valid') });
    const args = ['--all', '--format', 'pdf,json'];
    expect(qbrIn(two, [...args, '--out', 'single']).status).toBe(0);
    expect(qbrIn(two, [...args, '--shard', '1/2', '--out', 's1']).status).toBe(0);
    expect(qbrIn(two, [...args, '--shard', '2/2', '--out', 's2']).status).toBe(0);
    expect(readFileSync(join(two, 's1', '2025-Q1', 'team', 'manifest.json'), 'utf8')).toContain('"account": "a"');
    const merged = qbrIn(two, ['merge', 's1', 's2', '--out', 'merged']);
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
