import { describe, expect, it } from 'vitest';
import { fitReport } from '../../src/changes/fit-report.ts';

const note = (omitted: number) => `[${omitted} left out]\n`;

describe('a report cut to a size', () => {
  const sections = ['aaaaaaaaaa\n', 'bbbbbbbbbb\n', 'cccccccccc\n'];

  it('keeps everything that fits, without a note', () => {
    expect(fitReport('head\n', sections, 38, note)).toBe('head\naaaaaaaaaa\nbbbbbbbbbb\ncccccccccc\n');
    expect(fitReport('head\n', sections, undefined, note)).toBe('head\naaaaaaaaaa\nbbbbbbbbbb\ncccccccccc\n');
  });

  it("cuts at a section's end and says how many were left out, staying under the limit", () => {
    // head 5 bytes + 11 per section; the note for 3 is 15 bytes: 37 bytes keep one section.
    const text = fitReport('head\n', sections, 37, note);
    expect(text).toBe('head\naaaaaaaaaa\n[2 left out]\n');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(37);
  });

  it('counts bytes, not characters', () => {
    // "é" is two bytes: the whole is 5 + 21 + 11 = 37 bytes. Under 36, with 15 for the note, 16
    // bytes are left: an ASCII section of 11 would fit after the head, this one of 21 does not.
    const text = fitReport('head\n', ['éééééééééé\n', 'bbbbbbbbbb\n'], 36, note);
    expect(text).toBe('head\n[2 left out]\n');
  });
});
