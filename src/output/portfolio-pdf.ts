/** `portfolio.pdf`: the portfolio page printed for the sales meeting, by the run's browser. */
import { isFiscal } from '../analyse/fiscal-year.ts';
import { quarterLabel } from '../format.ts';
import { finishPdf } from '../print/finish-pdf.ts';
import type { Printer } from '../print/printer.ts';
import type { Manifest } from './manifest.ts';
import { PORTFOLIO_WORDS } from './portfolio-words.ts';

/** The page as a PDF; like the decks, the same page gives the same bytes (no clock inside). */
export async function printPortfolio(html: string, manifest: Manifest, printer: Printer, author: string): Promise<Uint8Array> {
  const quarter = quarterLabel(manifest.quarter, isFiscal(manifest.fiscal_year));
  return finishPdf(await printer.print(html), {
    title: PORTFOLIO_WORDS.title(quarter),
    author,
    subject: PORTFOLIO_WORDS.subject(quarter),
    keywords: ['QBR', 'portfolio', manifest.quarter],
    date: manifest.as_of ?? manifest.quarter,
  });
}
