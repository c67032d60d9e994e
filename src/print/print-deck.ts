/** Stage 6, print: one deck's HTML to its finished PDF (Chromium, then finished in place). */
import { finishPdf } from './finish-pdf.ts';
import type { PdfMetadata } from './pdf-metadata.ts';
import type { Printer } from './printer.ts';

/** `onStart` is called when a browser page is free for the deck: the time before is queueing. */
export async function printDeck(
  printer: Printer,
  html: string,
  metadata: PdfMetadata,
  onStart: () => void = () => {},
): Promise<Uint8Array> {
  return finishPdf(await printer.print(html, onStart), metadata);
}
