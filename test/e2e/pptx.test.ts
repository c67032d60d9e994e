/**
 * The PowerPoint among the CLI's outputs: listed, made again only when needed, the same bytes
 * alone as in a batch. LibreOffice's reading of it is test/e2e/pptx-libreoffice.test.ts.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputFile, qbr, scratch } from './render.ts';
import { international, libreOfficePrints, rightToLeft, samples } from './shared.ts';

let out: string;

beforeAll(async () => {
  // This file runs first (vitest.config.ts): it makes every shared render, and starts
  // LibreOffice's prints, which test/e2e/pptx-libreoffice.test.ts reads late in the run:
  // LibreOffice prints while the files between run.
  libreOfficePrints().catch(() => {}); // failed: told by the tests that read them
  [out] = await Promise.all([samples(), international(), rightToLeft()]);
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
    rmSync(outputFile(own, 'acme', '2026-Q4', 'pptx'));
    expect((await qbr(args)).stdout).toContain('1 rendered, 0 unchanged');
    expect(existsSync(outputFile(own, 'acme', '2026-Q4', 'pptx'))).toBe(true);
  });

  it('has the same bytes alone as in a batch', async () => {
    const alone = scratch();
    expect((await qbr(['bramble-foods', '--out', alone, '--format', 'pptx'])).status).toBe(0);
    expect(
      readFileSync(outputFile(alone, 'bramble-foods', '2026-Q4', 'pptx')).equals(
        readFileSync(outputFile(out, 'bramble-foods', '2026-Q4', 'pptx')),
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
