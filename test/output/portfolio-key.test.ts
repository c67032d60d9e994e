import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Printer } from '../../src/print/printer.ts';
import type { Manifest } from '../../src/output/manifest.ts';
import { renderPortfolio } from '../../src/output/portfolio.ts';
import { keyOfPage, portfolioKey as keyOfView } from '../../src/output/portfolio-key.ts';
import { portfolioView } from '../../src/output/portfolio-view.ts';
import { PORTFOLIO_FILE, PORTFOLIO_PDF_FILE } from '../../src/output/output-names.ts';
import { publishQuarter } from '../../src/output/publish.ts';
import { entry } from './portfolio-manifest.ts';
import { tempDir } from '../temp-dirs.ts';

const run = {
  fiscalYear: { start_month: 1, named_by: 'end' } as const,
  author: 'Your company',
  language: 'en' as const,
  colors: { primary: '#1f3a5f', accent: '#0b7285' },
  printer: null,
};
const portfolioKey = (m: Manifest, language: 'en' | 'de') => keyOfView(portfolioView(m, language));
const manifest: Manifest = {
  quarter: '2026-Q4',
  fiscal_year: run.fiscalYear,
  accounts: [entry('acme', { annual: 240_000 })],
} as Manifest;

describe('the key a portfolio page carries', () => {
  it('is in the page, and changes with its manifest and its language', () => {
    const key = portfolioKey(manifest, 'en');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(keyOfPage(renderPortfolio(manifest, 'en'))).toBe(key);
    expect(portfolioKey(manifest, 'de')).not.toBe(key);
    expect(portfolioKey({ ...manifest, accounts: [entry('acme', { annual: 250_000 })] }, 'en')).not.toBe(key);
  });

  it('stays when an account goes from rendered to unchanged, which the page does not show', () => {
    const withStatus = (status: 'rendered' | 'unchanged') => ({
      ...manifest,
      accounts: [entry('acme', { annual: 240_000, status })],
    });
    expect(portfolioKey(withStatus('unchanged'), 'en')).toBe(portfolioKey(withStatus('rendered'), 'en'));
  });

  it('is not found in a page without one, or in a page cut short', () => {
    expect(keyOfPage('<!doctype html><title>made by hand</title>\n</html>\n')).toBeNull();
    const page = renderPortfolio(manifest, 'en');
    expect(keyOfPage(page.slice(0, page.indexOf('</head>') + 7))).toBeNull();
  });
});

describe('publishing a quarter whose page is on disk', () => {
  const folder = () => tempDir('qbr-portfolio-key-');
  /** The page on disk, with a mark in its body that only a page not made again keeps. */
  const mark = (dir: string) =>
    writeFileSync(
      join(dir, 'team', PORTFOLIO_FILE),
      readFileSync(join(dir, 'team', PORTFOLIO_FILE), 'utf8').replace('<body>', '<body><!-- kept -->'),
    );
  const page = (dir: string) => readFileSync(join(dir, 'team', PORTFOLIO_FILE), 'utf8');

  it('keeps the page made from the same view, and makes it again when an account changed', async () => {
    const dir = folder();
    await publishQuarter(dir, '2026-Q4', [entry('acme', { annual: 240_000 })], run);
    mark(dir);
    await publishQuarter(dir, '2026-Q4', [entry('acme', { annual: 240_000 })], run);
    expect(page(dir)).toContain('<!-- kept -->');

    await publishQuarter(dir, '2026-Q4', [entry('acme', { annual: 250_000 })], run);
    expect(page(dir)).not.toContain('<!-- kept -->');
    expect(page(dir)).toContain('250,000');
  });

  it('makes the page again in another language', async () => {
    const dir = folder();
    await publishQuarter(dir, '2026-Q4', [entry('acme', { annual: 240_000 })], run);
    mark(dir);
    await publishQuarter(dir, '2026-Q4', [], { ...run, language: 'de' });
    expect(page(dir)).not.toContain('<!-- kept -->');
    expect(page(dir)).toContain('lang="de"');
  });

  it('makes a page without a key again (one made by an older qbr)', async () => {
    const dir = folder();
    await publishQuarter(dir, '2026-Q4', [entry('acme', { annual: 240_000 })], run);
    writeFileSync(join(dir, 'team', PORTFOLIO_FILE), '<!doctype html><title>older</title>');
    await publishQuarter(dir, '2026-Q4', [], run);
    expect(page(dir)).toContain('ACME');
    expect(existsSync(join(dir, 'team', 'manifest.json'))).toBe(true);
  });

  /** A printer that prints a blank page for any HTML and counts its prints. */
  async function fakePrinter() {
    const document = await PDFDocument.create();
    document.addPage();
    const blank = await document.save();
    const printed: string[] = [];
    return {
      printer: { print: async (html: string) => (printed.push(html), blank), ending: () => {} } as unknown as Printer,
      printed,
    };
  }

  it('prints no PDF when the page is kept and its PDF is there, and prints the kept page when the PDF is not', async () => {
    const dir = folder();
    const { printer, printed } = await fakePrinter();
    await publishQuarter(dir, '2026-Q4', [entry('acme', { annual: 240_000 })], { ...run, printer });
    expect(printed).toHaveLength(1);
    mark(dir);
    await publishQuarter(dir, '2026-Q4', [], { ...run, printer });
    expect(printed).toHaveLength(1);
    rmSync(join(dir, 'team', PORTFOLIO_PDF_FILE));
    await publishQuarter(dir, '2026-Q4', [], { ...run, printer });
    expect(printed).toHaveLength(2);
    expect(printed[1]).toContain('<!-- kept -->');
    expect(existsSync(join(dir, 'team', PORTFOLIO_PDF_FILE))).toBe(true);
  });

  it('makes a page cut short after its head again', async () => {
    const dir = folder();
    await publishQuarter(dir, '2026-Q4', [entry('acme', { annual: 240_000 })], run);
    writeFileSync(join(dir, 'team', PORTFOLIO_FILE), page(dir).slice(0, page(dir).indexOf('</head>') + 7));
    await publishQuarter(dir, '2026-Q4', [], run);
    expect(page(dir)).toContain('ACME');
    expect(page(dir).endsWith('</html>\n')).toBe(true);
  });

  it('makes the page again with force, and prints it again only if it differs', async () => {
    const dir = folder();
    const { printer, printed } = await fakePrinter();
    await publishQuarter(dir, '2026-Q4', [entry('acme', { annual: 240_000 })], { ...run, printer });
    mark(dir);
    await publishQuarter(dir, '2026-Q4', [], { ...run, printer, force: true });
    expect(page(dir)).not.toContain('<!-- kept -->');
    expect(printed).toHaveLength(2); // the marked page on disk was not this page
    await publishQuarter(dir, '2026-Q4', [], { ...run, printer, force: true });
    expect(printed).toHaveLength(2);
  });

  it('removes the PDF of a page it replaces when it prints nothing, and keeps the PDF of the same page', async () => {
    const dir = folder();
    const { printer } = await fakePrinter();
    await publishQuarter(dir, '2026-Q4', [entry('acme', { annual: 240_000 })], { ...run, printer });
    await publishQuarter(dir, '2026-Q4', [], run);
    expect(existsSync(join(dir, 'team', PORTFOLIO_PDF_FILE))).toBe(true);
    await publishQuarter(dir, '2026-Q4', [entry('acme', { annual: 250_000 })], run);
    expect(existsSync(join(dir, 'team', PORTFOLIO_PDF_FILE))).toBe(false);
    expect(page(dir)).toContain('250,000');
  });
});
