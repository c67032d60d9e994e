/**
 * The PowerPoint from the real CLI, opened by LibreOffice Impress (as a person without
 * PowerPoint would) and printed to PDF: page for page the PDF deck, with its text.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from './pdf-tools.ts';
import { qbr, readSummary, scratch } from './render.ts';
import { international as internationalRender, libreOfficePrints, powerPoints, samples } from './shared.ts';

let out: string;
let international: string;
/** LibreOffice's prints, awaited by the tests that read them: the others run while it prints. */
let printed: Promise<string>;
const SAMPLES = [
  { id: 'acme', quarter: '2026-Q4' },
  { id: 'helios-freight', quarter: '2026-Q4' },
  { id: 'bramble-foods', quarter: '2026-Q4' },
];
// The summary (json) is the team's, as the internal copy is; the customer's decks are theirs.
const deck = (dir: string, id: string, quarter: string, ext: string, internal = false) =>
  join(
    dir,
    quarter,
    internal || ext === 'json' ? 'team' : 'customer',
    `${id}-qbr-${quarter}${internal ? '-internal' : ''}.${ext}`,
  );
const pages = (pdf: string) => Number(pdfInfo(pdf).Pages);
const slideCount = async (pptx: string) =>
  Object.keys((await JSZip.loadAsync(readFileSync(pptx))).files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .length;
const libreOffice = async (pptx: string) => join(await printed, basename(pptx).replace(/\.pptx$/, '.pdf'));

beforeAll(async () => {
  printed = libreOfficePrints();
  printed.catch(() => {}); // failed: told by the tests that await it
  [out, international] = await Promise.all([samples(), internationalRender()]);
}, 400_000);

describe('the PowerPoint among the outputs', () => {
  it('is listed in the manifest, beside the internal copy', () => {
    const manifest = JSON.parse(readFileSync(join(out, '2026-Q4', 'team', 'manifest.json'), 'utf8'));
    const acme = manifest.accounts.find((a: { account: string }) => a.account === 'acme');
    expect(acme.outputs).toContain('customer/acme-qbr-2026-Q4.pptx');
    expect(acme.outputs).toContain('team/acme-qbr-2026-Q4-internal.pptx');
  });

  it('is made again only when it is missing or its inputs changed', async () => {
    // Its own folder: the shared render is read by other files.
    const own = scratch();
    const args = ['acme', '--out', own, '--format', 'pptx,json'];
    expect((await qbr(args)).stdout).toContain('1 rendered, 0 unchanged');
    expect((await qbr(args)).stdout).toContain('0 rendered, 1 unchanged');
    rmSync(deck(own, 'acme', '2026-Q4', 'pptx'));
    expect((await qbr(args)).stdout).toContain('1 rendered, 0 unchanged');
    expect(existsSync(deck(own, 'acme', '2026-Q4', 'pptx'))).toBe(true);
  });

  it('has the same bytes alone as in a batch', async () => {
    const alone = scratch();
    expect((await qbr(['bramble-foods', '--out', alone, '--format', 'pptx'])).status).toBe(0);
    expect(
      readFileSync(deck(alone, 'bramble-foods', '2026-Q4', 'pptx')).equals(
        readFileSync(deck(out, 'bramble-foods', '2026-Q4', 'pptx')),
      ),
    ).toBe(true);
    // A PowerPoint alone is all it wrote for the account: no deck drawn for HTML or printed.
    expect(
      readdirSync(join(alone, '2026-Q4'), { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.includes('bramble-foods'),
      ),
    ).toEqual(['customer/bramble-foods-qbr-2026-Q4.pptx']);
  });
});

describe.each(SAMPLES)('the $id PowerPoint', ({ id, quarter }) => {
  it('has a slide per page of the PDF deck, and LibreOffice prints it page for page', async () => {
    for (const internal of [false, true]) {
      const pdf = deck(out, id, quarter, 'pdf', internal);
      const pptx = deck(out, id, quarter, 'pptx', internal);
      expect(await slideCount(pptx)).toBe(pages(pdf));
      // LibreOffice printed the same bytes, made by a run to PowerPoint alone (test/e2e/shared.ts).
      expect(readFileSync(deck(await powerPoints(), id, quarter, 'pptx', internal)).equals(readFileSync(pptx))).toBe(
        true,
      );
      expect(pages(await libreOffice(pptx))).toBe(pages(pdf));
    }
  });

  it("shows the customer's name and every promise, as LibreOffice reads it", async () => {
    const text = pdfText(await libreOffice(deck(out, id, quarter, 'pptx'))).replace(/\s+/g, ' ');
    const summary = readSummary(deck(out, id, quarter, 'json'));
    expect(text).toContain(summary.name);
    for (const p of summary.promises) expect(text).toContain(p.name);
    for (const heading of ['Executive summary', 'Promise scorecard', 'Looking ahead']) expect(text).toContain(heading);
  });

  it("keeps the account team's pages for the internal copy", async () => {
    const customer = pdfText(await libreOffice(deck(out, id, quarter, 'pptx')));
    const internal = pdfText(await libreOffice(deck(out, id, quarter, 'pptx', true)));
    expect(customer).not.toContain('Account team prep');
    expect(internal).toContain('Account team prep: signals and talking points');
  });
});

describe('a PowerPoint in Japanese, Chinese and Arabic, with emoji', () => {
  it('opens in LibreOffice page for page, with the names as they are written', async () => {
    const pptx = deck(international, 'account', '2025-Q3', 'pptx');
    expect(await slideCount(pptx)).toBe(pages(deck(international, 'account', '2025-Q3', 'pdf')));
    expect(readFileSync(deck(await powerPoints(), 'account', '2025-Q3', 'pptx')).equals(readFileSync(pptx))).toBe(true);
    expect(pages(await libreOffice(pptx))).toBe(pages(deck(international, 'account', '2025-Q3', 'pdf')));
    const text = pdfText(await libreOffice(pptx));
    for (const name of ['神戸精密工業', '王伟', '計画外停止']) expect(text).toContain(name);
  });
});
