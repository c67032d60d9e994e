/** Stage 6, print: one deck's HTML to its finished PDF (Chromium, then pdf-lib). */
import { finishPdf, preloadPdfLib, type PdfMetadata } from './finish-pdf.ts';
import type { Printer } from './printer.ts';

/** `onStart` is called when a browser page is free for the deck: the time before is queueing. */
export async function printDeck(printer: Printer, html: string, metadata: PdfMetadata, onStart: () => void = () => {}): Promise<Uint8Array> {
  const printing = printer.print(html, onStart);
  // pdf-lib loads while Chromium prints, when this process has nothing else to do.
  preloadPdfLib();
  return finishPdf(await printing, metadata);
}
