import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf, pdfText, rewrite } from '../../src/print/finish-pdf.ts';
import { readClassicPdf, readOutline } from '../../src/print/classic-pdf.ts';
import { pdfBookmarks, pdfInfo, qpdfCheck } from './pdf-tools.ts';
import { fixturePath } from '../helpers.ts';
import { deck, deckAgain, META } from '../print/chromium-prints.ts';
import { tempDir } from '../temp-dirs.ts';

const dir = tempDir('qbr-finish-');
const save = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe("finishing Chromium's PDF", () => {
  it('sets title, author, subject, keywords, creator and the data date, as pdfinfo reads them', async () => {
    const info = pdfInfo(save('meta.pdf', await finishPdf(deck, META)));
    expect(info.Title).toBe('Acme: Quarterly Business Review Q4 2026');
    expect(info.Author).toBe('Your company');
    expect(info.Subject).toBe('Review (of) the quarter \\ with data');
    expect(info.Keywords).toBe('QBR Acme 2026-Q4');
    expect(info.Creator).toBe('qbr');
    expect(info.Producer).toBe('qbr');
    expect(info.CreationDate).toBe('Thu Dec 31 00:00:00 2026 UTC');
    expect(info.ModDate).toBe('Thu Dec 31 00:00:00 2026 UTC');
  });

  it("passes qpdf --check, as Chromium's file did", async () => {
    expect(qpdfCheck(fixturePath('chromium-pdf', 'deck.pdf')).status).toBe(0);
    const result = qpdfCheck(save('checked.pdf', await finishPdf(deck, META)));
    expect(result.output).toContain('No syntax or stream encoding errors found');
    expect(result.status, result.output).toBe(0);
  });

  it('keeps the bookmarks, the tags and the pages', async () => {
    const path = save('kept.pdf', await finishPdf(deck, META));
    expect(await pdfBookmarks(path)).toEqual(['First slide', 'Second slide']);
    expect(pdfInfo(path).Tagged).toBe('yes');
    expect(pdfInfo(path).Pages).toBe('2');
    expect(pdfInfo(path)['Page size']).toBe('360 x 203.04 pts');
  });

  it('writes a title in Japanese and emoji so that it reads back', async () => {
    const path = save('japanese.pdf', await finishPdf(deck, { ...META, title: '神戸精密工業 📊 レビュー' }));
    expect(pdfInfo(path).Title).toBe('神戸精密工業 📊 レビュー');
    expect(qpdfCheck(path).status).toBe(0);
  });

  it('finishes a PDF written otherwise (a cross-reference stream) through pdf-lib, with the same result to a reader', async () => {
    const repacked = await (await PDFDocument.load(deckAgain, { updateMetadata: false })).save({
      useObjectStreams: true,
    });
    expect(latin1(repacked)).toContain('/XRef'); // not what Chromium writes
    const path = save('repacked.pdf', await finishPdf(repacked, META));
    expect(pdfInfo(path).Title).toBe('Acme: Quarterly Business Review Q4 2026');
    expect(pdfInfo(path).Author).toBe('Your company');
    expect(pdfInfo(path).CreationDate).toBe('Thu Dec 31 00:00:00 2026 UTC');
    expect(await pdfBookmarks(path)).toEqual(['First slide', 'Second slide']);
    // pdf-lib's trailer counts the cross-reference stream it no longer writes: qpdf warns (3), finds no error (2).
    const result = qpdfCheck(path);
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(3);
  });
});

describe('rewrite', () => {
  it('replaces objects of another length where they stand, and the file still checks and reads', () => {
    const file = readClassicPdf(deck)!;
    const [first] = readOutline(file);
    const title = /\/Title (\([^)]*\))/.exec(first!.dictionary)!;
    const renamed = first!.dictionary.replace(title[1]!, pdfText('Erste Folie, mit einem viel längeren Titel'));
    const path = join(tempDir('qbr-rewrite-'), 'renamed.pdf');
    writeFileSync(path, rewrite(file, new Uint8Array(deck), new Map([[first!.number, renamed]]))!);
    expect(qpdfCheck(path).status).toBe(0);
    return pdfBookmarks(path).then((titles) =>
      expect(titles).toEqual(['Erste Folie, mit einem viel längeren Titel', 'Second slide']),
    );
  });
});
