/** Two prints of the same page by one Chromium, 1.5 s apart (another creation time, other tag ids), and the metadata set on them. */
import { readFileSync } from 'node:fs';
import type { PdfMetadata } from '../../src/print/pdf-metadata.ts';
import { fixturePath } from '../helpers.ts';

export const deck = readFileSync(fixturePath('chromium-pdf', 'deck.pdf'));
export const deckAgain = readFileSync(fixturePath('chromium-pdf', 'deck-again.pdf'));
export const META: PdfMetadata = {
  title: 'Acme: Quarterly Business Review Q4 2026',
  author: 'Your company',
  subject: 'Review (of) the quarter \\ with data',
  keywords: ['QBR', 'Acme', '2026-Q4'],
  date: '2026-12-31',
};
