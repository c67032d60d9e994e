import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { PortfolioAhead } from '../../src/output/portfolio-ahead.ts';
import { publishQuarter } from '../../src/output/publish.ts';
import type { ManifestEntry } from '../../src/output/manifest.ts';
import type { Printer } from '../../src/print/printer.ts';
import { entry } from './portfolio-manifest.ts';

/** A printer that prints a blank page for any HTML and remembers what it was given, and what it was told in what order. */
async function fakePrinter() {
  const document = await PDFDocument.create();
  document.addPage();
  const blank = await document.save();
  const printed: string[] = [];
  const calls: string[] = [];
  const printer = { print: async (html: string) => (calls.push('print'), printed.push(html), blank), ending: () => void calls.push('ending') } as unknown as Printer;
  return { printer, printed, calls };
}

const run = { fiscalYear: { start_month: 1, named_by: 'end' } as const, author: 'Your company', language: 'en' as const };
const acme = entry('acme', { annual: 240_000 });
const xeno = entry('xeno', { annual: 100_000 });

describe('PortfolioAhead', () => {
  it('prints once every account is known, and only then', async () => {
    const { printer, printed, calls } = await fakePrinter();
    const ahead = new PortfolioAhead(mkdtempSync(join(tmpdir(), 'qbr-ahead-')), '2026-Q4', 2, { ...run, printer });
    ahead.know(acme, true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(printed).toHaveLength(0);
    ahead.know(xeno);
    // An account told of twice (its deck begun, then written) counts once.
    ahead.know(acme);
    await ahead.pdfFor('');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('ACME');
    expect(printed[0]).toContain('XENO');
    // The printer is told first that no deck follows, so the decks' pages close as they finish.
    expect(calls).toEqual(['ending', 'print']);
  });

  it('prints nothing when no deck is printing: the run may publish the page it had', async () => {
    const { printer, printed } = await fakePrinter();
    const ahead = new PortfolioAhead(mkdtempSync(join(tmpdir(), 'qbr-ahead-')), '2026-Q4', 2, { ...run, printer });
    ahead.know(acme);
    ahead.know(xeno);
    expect(await ahead.pdfFor(printed[0] ?? '')).toBeNull();
    expect(printed).toEqual([]);
  });

  /** Both accounts printing; then the quarter published with `entries`, the PDF printed ahead offered. */
  async function publishAfterAhead(entries: ManifestEntry[]) {
    const { printer, printed } = await fakePrinter();
    const dir = mkdtempSync(join(tmpdir(), 'qbr-ahead-'));
    const ahead = new PortfolioAhead(dir, '2026-Q4', 2, { ...run, printer });
    ahead.know(acme, true);
    ahead.know(xeno, true);
    await publishQuarter(dir, '2026-Q4', entries, { ...run, printer, printedAhead: (_quarter, html) => ahead.pdfFor(html) });
    return { dir, printed };
  }

  it('gives publishQuarter its PDF for the very page it prints, so the page is printed once', async () => {
    const { dir, printed } = await publishAfterAhead([acme, xeno]);
    expect(printed).toHaveLength(1);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(printed[0]);
  });

  it('is passed over when a deck failed meanwhile: publishQuarter prints the page that lists it', async () => {
    const failed = { ...xeno, status: 'failed' as const, error: 'the browser crashed twice', error_code: 'QBR_BROWSER_FAILED' };
    const { dir, printed } = await publishAfterAhead([acme, failed]);
    expect(printed).toHaveLength(2);
    expect(printed[1]).not.toBe(printed[0]);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(printed[1]);
  });
});
