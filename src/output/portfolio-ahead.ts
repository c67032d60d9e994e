/**
 * `portfolio.pdf` printed ahead. Once every account of the run is either settled (skipped, not
 * started, failed) or has its deck printing, the portfolio page the run will most likely publish
 * is known: every deck printing is written as planned. It is printed then, beside
 * the last decks, rather than after them (a one-deck run waited 0.1 s for it at the end).
 * publishQuarter takes this PDF only for the very page it would print itself, character for
 * character; a deck that fails meanwhile, or another run's entries written meanwhile, make
 * another page, which it prints as before.
 */
import type { Printer } from '../print/printer.ts';
import type { ManifestEntry } from './manifest.ts';
import { portfolioPage, type PublishOptions } from './publish.ts';

export class PortfolioAhead {
  /** Each account's entry: as it is, or as it will be when its deck is written. */
  private readonly entries = new Map<string, ManifestEntry>();
  private waitingFor: number;
  /** Whether any deck is printing: a run that only skips and fails may publish the page it had. */
  private anyDeck = false;
  private printed: Promise<{ html: string; pdf: Uint8Array } | null> | null = null;

  /** `accounts`: how many the run has; `dir`: the quarter's folder. */
  constructor(
    private readonly dir: string,
    private readonly quarter: string,
    accounts: number,
    private readonly options: PublishOptions & { printer: Printer },
  ) {
    this.waitingFor = accounts;
  }

  /** An account's entry as it will be (`expected`: its deck is printing) or as it is; each account counts once. */
  know(entry: ManifestEntry, expected = false): void {
    const first = !this.entries.has(entry.account);
    this.entries.set(entry.account, entry);
    this.anyDeck ||= expected;
    if (first && --this.waitingFor === 0 && this.anyDeck) {
      this.printed = this.print();
    }
  }

  /** The PDF printed ahead if it is of exactly this page; null when there is none. */
  async pdfFor(html: string): Promise<Uint8Array | null> {
    const printed = await this.printed;
    return printed && printed.html === html ? printed.pdf : null;
  }

  private async print(): Promise<{ html: string; pdf: Uint8Array } | null> {
    try {
      const { manifest, html, unchanged } = await portfolioPage(this.dir, this.quarter, [...this.entries.values()], this.options);
      if (unchanged) return null; // publishQuarter sees the same, and prints nothing
      const { printPortfolio } = await import('./portfolio-pdf.ts');
      return { html, pdf: await printPortfolio(html, manifest, this.options.language, this.options.printer, this.options.author) };
    } catch {
      return null; // the run stopped, or the browser failed: publishQuarter prints it, and says why if it fails again
    }
  }
}
