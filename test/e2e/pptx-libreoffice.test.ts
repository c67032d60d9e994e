/**
 * The PowerPoint from the real CLI, opened by LibreOffice Impress (as a person without
 * PowerPoint would) and printed to PDF: page for page the PDF deck, with its text. Run late
 * (vitest.config.ts): LibreOffice's prints (test/e2e/shared.ts) are made meanwhile.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from './pdf-tools.ts';
import { outputFile, readSummary } from './render.ts';
import { international as internationalRender, libreOfficePrints, samples } from './shared.ts';

let out: string;
let international: string;
let printed: string;
const SAMPLES = [
  { id: 'acme', quarter: '2026-Q4' },
  { id: 'helios-freight', quarter: '2026-Q4' },
  { id: 'bramble-foods', quarter: '2026-Q4' },
];
const pages = (pdf: string) => Number(pdfInfo(pdf).Pages);
const slideCount = async (pptx: string) =>
  Object.keys((await JSZip.loadAsync(readFileSync(pptx))).files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .length;
const libreOffice = (pptx: string) => join(printed, basename(pptx).replace(/\.pptx$/, '.pdf'));

beforeAll(async () => {
  [out, international, printed] = await Promise.all([samples(), internationalRender(), libreOfficePrints()]);
}, 400_000);

describe.each(SAMPLES)('the $id PowerPoint', ({ id, quarter }) => {
  it('has a slide per page of the PDF deck, and LibreOffice prints it page for page', async () => {
    for (const internal of [false, true]) {
      const pdf = outputFile(out, id, quarter, 'pdf', internal);
      const pptx = outputFile(out, id, quarter, 'pptx', internal);
      expect(await slideCount(pptx)).toBe(pages(pdf));
      expect(pages(libreOffice(pptx))).toBe(pages(pdf));
    }
  });

  it("shows the customer's name and every promise, as LibreOffice reads it", async () => {
    const text = pdfText(libreOffice(outputFile(out, id, quarter, 'pptx'))).replace(/\s+/g, ' ');
    const summary = readSummary(outputFile(out, id, quarter, 'json'));
    expect(text).toContain(summary.name);
    for (const p of summary.promises) expect(text).toContain(p.name);
    for (const heading of ['Executive summary', 'Promise scorecard', 'Looking ahead']) expect(text).toContain(heading);
  });

  it("keeps the account team's pages for the internal copy", async () => {
    const customer = pdfText(libreOffice(outputFile(out, id, quarter, 'pptx')));
    const internal = pdfText(libreOffice(outputFile(out, id, quarter, 'pptx', true)));
    expect(customer).not.toContain('Account team prep');
    expect(internal).toContain('Account team prep: signals and talking points');
  });
});

describe('a PowerPoint in Japanese, Chinese and Arabic, with emoji', () => {
  it('opens in LibreOffice page for page, with the names as they are written', async () => {
    const pptx = outputFile(international, 'account', '2025-Q3', 'pptx');
    expect(await slideCount(pptx)).toBe(pages(outputFile(international, 'account', '2025-Q3', 'pdf')));
    expect(pages(libreOffice(pptx))).toBe(pages(outputFile(international, 'account', '2025-Q3', 'pdf')));
    const text = pdfText(libreOffice(pptx));
    for (const name of ['神戸精密工業', '王伟', '計画外停止']) expect(text).toContain(name);
  });
});
