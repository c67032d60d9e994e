/** The printer's pages over a run, seen from outside: its browser's renderer processes, one a page. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { linuxProcessTree } from '../../src/print/browser-memory.ts';
import { Printer } from '../../src/print/printer.ts';
import { requireTools, skipping } from './requirements.ts';

const SKIP = skipping('browser');
const DECK = '<!doctype html><html><head><title>deck</title></head><body><p>a deck</p></body></html>';

/** The renderer processes below this test's process: the pages its printers have open. */
async function renderers(): Promise<number[]> {
  const tree = await linuxProcessTree(process.pid);
  return tree.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
    } catch {
      return false; // ended meanwhile
    }
  });
}

/** Waits until `check` holds of the renderers, for at most `ms`; returns the last list seen. */
async function renderersOnce(check: (pids: number[]) => boolean, ms = 5000): Promise<number[]> {
  let pids = await renderers();
  for (let waited = 0; !check(pids) && waited < ms; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    pids = await renderers();
  }
  return pids;
}

describe.skipIf(SKIP || process.platform !== 'linux')("the printer's pages", () => {
  beforeAll(() => requireTools('browser'));

  it('are out of step: of two pages printing side by side, one is replaced after its fifth deck while the other prints on', async () => {
    const printer = new Printer({ browser: { timeout_ms: 30_000 }, concurrency: 2 });
    const seen: number[][] = [];
    try {
      // Two decks at a time, so each page prints one deck of each pair.
      for (let pair = 0; pair < 6; pair++) {
        await Promise.all([printer.print(DECK), printer.print(DECK)]);
        seen.push(await renderers());
      }
    } finally {
      await printer.close();
    }
    const distinct = (upTo: number) => new Set(seen.slice(0, upTo).flat()).size;
    // Four pairs: the two first pages. The fifth deck of the second page opens its replacement.
    expect(distinct(4)).toBe(2);
    expect(distinct(6)).toBe(3);
  });

  it('close when told a long run is ending, and the prints that follow still print, on pages of their own', async () => {
    const printer = new Printer({ browser: { timeout_ms: 30_000 }, concurrency: 2 });
    try {
      // Ten decks, two at a time: a long run, whose end is its memory's peak.
      for (let pair = 0; pair < 5; pair++) await Promise.all([printer.print(DECK), printer.print(DECK)]);
      // Its two pages (and the replacement of the one that began five decks ahead, once it opened).
      expect((await renderers()).length).toBeGreaterThanOrEqual(2);
      printer.ending();
      expect(await renderersOnce((pids) => pids.length === 0)).toEqual([]);
      // Three prints on two new pages: the third waits for one of them.
      const pdfs = await Promise.all([printer.print(DECK), printer.print(DECK), printer.print(DECK)]);
      for (const pdf of pdfs) expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      // Then no print waits: no page is kept.
      expect(await renderersOnce((pids) => pids.length === 0)).toEqual([]);
    } finally {
      await printer.close();
    }
  });

  it('keep one page when told a short run is ending, for the print that follows, then close it', async () => {
    const printer = new Printer({ browser: { timeout_ms: 30_000 }, concurrency: 2 });
    try {
      await Promise.all([printer.print(DECK), printer.print(DECK)]);
      const [first, second] = await renderers();
      expect(second).toBeDefined();
      printer.ending();
      // One page is still open a second later (a long run's close within moments, above).
      const kept = await renderersOnce((pids) => pids.length === 0, 1000);
      expect(kept).toHaveLength(1);
      expect([first, second]).toContain(kept[0]);
      // The portfolio's print, as a run's last, on the page kept: which closes after it. Had the
      // print opened a page of its own, the kept one would still be open, idle.
      const pdf = await printer.print(DECK);
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(await renderersOnce((pids) => pids.length === 0)).toEqual([]);
    } finally {
      await printer.close();
    }
  });
});

describe.skipIf(SKIP || process.platform !== 'linux')("the printer's browser", () => {
  beforeAll(() => requireTools('browser'));

  it('loads no 3D rasterizer in software (SwiftShader), which no deck draws with', async () => {
    const printer = new Printer({ browser: { timeout_ms: 30_000 }, concurrency: 1 });
    const mapped: string[] = [];
    try {
      await printer.print(DECK);
      for (const pid of await linuxProcessTree(process.pid)) {
        let maps = '';
        try {
          maps = readFileSync(`/proc/${pid}/maps`, 'utf8');
        } catch {
          continue; // ended meanwhile
        }
        mapped.push(...maps.split('\n').filter((line) => /swiftshader|libvulkan/i.test(line)));
      }
    } finally {
      await printer.close();
    }
    expect(mapped).toEqual([]);
  });
});
