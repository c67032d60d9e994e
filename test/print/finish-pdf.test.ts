import { describe, expect, it } from 'vitest';
import { finishPdf, pdfText } from '../../src/print/finish-pdf.ts';
import { deck, deckAgain, META } from './chromium-prints.ts';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const tagIds = (bytes: Uint8Array) => [...latin1(bytes).matchAll(/\((node\d+)\)/g)].map((m) => m[1]);

describe("finishing Chromium's PDF (what pdfinfo and qpdf read of it: test/e2e/finish-pdf.test.ts)", () => {
  it('gives the same bytes for two prints of the same page', async () => {
    expect(deck.equals(deckAgain)).toBe(false); // the clock and the tag counter differ
    expect(Buffer.from(await finishPdf(deckAgain, META)).equals(Buffer.from(await finishPdf(deck, META)))).toBe(true);
  });

  it('numbers tag ids from 1 in their order, wherever they are named', async () => {
    expect(new Set(tagIds(deckAgain))).toEqual(new Set(['node00000040', 'node00000041']));
    const finished = await finishPdf(deckAgain, META);
    // Each header cell's /ID and the /Headers of the cell below it, and the ID tree's keys and limits.
    expect(tagIds(finished).filter((id) => id === 'node00000001').length).toBe(
      tagIds(deckAgain).filter((id) => id === 'node00000040').length,
    );
    expect(new Set(tagIds(finished))).toEqual(new Set(['node00000001', 'node00000002']));
  });
});

describe('PDF text strings', () => {
  it('writes printable ASCII as a literal string, escaping parentheses and backslashes', () => {
    expect(pdfText('Q4 (final) \\ draft')).toBe('(Q4 \\(final\\) \\\\ draft)');
  });

  it('writes anything else as UTF-16 with its byte order mark', () => {
    expect(pdfText('Café')).toBe('<FEFF00430061006600E9>');
    expect(pdfText('📊')).toBe('<FEFFD83DDCCA>');
  });
});
