/** `portfolio.pdf`: the portfolio page printed for the sales meeting, by the run's browser. */
import type { Language } from '../i18n/languages.ts';
import { finishWithPdfLib } from '../print/finish-pdf-with-pdf-lib.ts';
import type { Printer } from '../print/printer.ts';
import type { Manifest } from './manifest.ts';
import { portfolioFormatter } from './portfolio-view.ts';

/** The page as a PDF, its metadata in the page's language; like the decks, the same page gives the same bytes (no clock inside). */
export async function printPortfolio(
  html: string,
  manifest: Manifest,
  language: Language,
  printer: Printer,
  author: string,
): Promise<Uint8Array> {
  const { t, quarter } = portfolioFormatter(manifest, language);
  // The quarter's decks are all printed or printing: the page is printed on a page of its own,
  // and the decks' pages close as they finish (at 500 accounts the run's peak memory was here).
  printer.ending();
  // The thorough pass: a long table's tags are handed out in paint order, which varies from one
  // print to the next; it renumbers them in the order of the elements that carry them.
  return finishWithPdfLib(await printer.print(html), {
    title: t('portfolio.title', { quarter: quarter(manifest.quarter) }),
    author,
    subject: t('portfolio.subject', { quarter: quarter(manifest.quarter) }),
    keywords: [t('deck.keyword'), t('portfolio.keyword'), manifest.quarter],
    date: manifest.as_of ?? manifest.quarter,
  });
}
