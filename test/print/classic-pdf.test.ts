import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeTextString, readClassicPdf, readDictionary, readOutline } from '../../src/print/classic-pdf.ts';
import { fixturePath } from '../helpers.ts';

// A two-page PDF as Chromium writes it, with a bookmark per heading.
const deck = readFileSync(fixturePath('chromium-pdf', 'deck.pdf'));

describe("reading Chromium's PDF", () => {
  it('finds the cross-reference table, the catalog and the information dictionary', () => {
    const file = readClassicPdf(deck)!;
    expect(file).not.toBeNull();
    expect(file.info).toBe('1 0 R');
    const catalog = readDictionary(deck, file.offsets[Number(file.root.split(' ')[0])]!);
    expect([...catalog.keys()]).toEqual(expect.arrayContaining(['Type', 'Pages', 'Outlines', 'StructTreeRoot']));
    expect(deck.subarray(catalog.get('Type')!.start, catalog.get('Type')!.end).toString()).toBe('/Catalog');
  });

  it('reads the bookmarks in order, with their titles as text', () => {
    expect(readOutline(readClassicPdf(deck)!).map((item) => item.title)).toEqual(['First slide', 'Second slide']);
  });

  it('is not fooled by a file written otherwise', () => {
    expect(readClassicPdf(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF'))).toBeNull();
  });
});

describe('decodeTextString', () => {
  it('reads literal strings with their escapes', () => {
    expect(decodeTextString('(a\\(b\\) \\\\ c\\101\\n)')).toBe('a(b) \\ cA\n');
  });

  it('reads UTF-16 after its byte order mark, in hex or in octal escapes', () => {
    expect(decodeTextString('<FEFF00430061006600E9>')).toBe('Café');
    expect(decodeTextString('(\\376\\377\\000A\\000B)')).toBe('AB');
  });
});
