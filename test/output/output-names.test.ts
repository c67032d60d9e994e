import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isOutputPath, linkFromTeam, outputNames } from '../../src/output/output-names.ts';
import { fixturePath, runCli, scratchProject } from '../helpers.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const project = () => {
  const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
  made.push(dir);
  return dir;
};
const filesIn = (dir: string) => readdirSync(dir).sort();

describe('which folder each output goes to', () => {
  it("puts the customer's decks in customer/, the summary and the internal decks in team/", () => {
    expect(outputNames('out', 'acme', '2026-Q4', ['json', 'html', 'pdf', 'pptx'], 'customer')).toEqual({
      dir: join('out', '2026-Q4'),
      files: {
        json: 'team/acme-qbr-2026-Q4.json',
        html: 'customer/acme-qbr-2026-Q4.html',
        pdf: 'customer/acme-qbr-2026-Q4.pdf',
        pptx: 'customer/acme-qbr-2026-Q4.pptx',
      },
    });
    expect(outputNames('out', 'acme', '2026-Q4', ['json', 'pdf'], 'internal').files).toEqual({
      json: 'team/acme-qbr-2026-Q4.json',
      pdf: 'team/acme-qbr-2026-Q4-internal.pdf',
    });
  });

  it("puts the customer's email draft beside the customer's PDF, and the internal draft in team/", () => {
    expect(outputNames('out', 'acme', '2026-Q4', ['eml', 'pdf'], 'customer').files).toEqual({
      eml: 'customer/acme-qbr-2026-Q4.eml',
      pdf: 'customer/acme-qbr-2026-Q4.pdf',
    });
    expect(outputNames('out', 'acme', '2026-Q4', ['eml', 'pdf'], 'internal').files).toEqual({
      eml: 'team/acme-qbr-2026-Q4-internal.eml',
      pdf: 'team/acme-qbr-2026-Q4-internal.pdf',
    });
  });

  it('takes only a side and a file name as an output path', () => {
    expect(isOutputPath('customer/acme-qbr-2026-Q4.pdf')).toBe(true);
    expect(isOutputPath('team/acme-qbr-2026-Q4.json')).toBe(true);
    for (const path of [
      'acme-qbr-2026-Q4.pdf',
      'other/acme.pdf',
      'team/../../etc/passwd',
      'team/..',
      'customer/a/b.pdf',
      'team/',
    ])
      expect(isOutputPath(path), path).toBe(false);
  });

  it('links from the team folder to both sides', () => {
    expect(linkFromTeam('customer/acme-qbr-2026-Q4.pdf')).toBe('../customer/acme-qbr-2026-Q4.pdf');
    expect(linkFromTeam('team/acme-qbr-2026-Q4-internal.pdf')).toBe('acme-qbr-2026-Q4-internal.pdf');
  });
});

describe('a run of both audiences into one folder', () => {
  it('leaves only the customer deck in customer/, and everything else in team/', async () => {
    const dir = project();
    expect((await runCli(['a', '--format', 'json,html'], dir)).status).toBe(0);
    expect((await runCli(['a', '--format', 'json,html', '--audience', 'internal'], dir)).status).toBe(0);
    expect(filesIn(join(dir, 'out', '2025-Q1'))).toEqual(['customer', 'team']);
    expect(filesIn(join(dir, 'out', '2025-Q1', 'customer'))).toEqual(['a-qbr-2025-Q1.html']);
    expect(filesIn(join(dir, 'out', '2025-Q1', 'team'))).toEqual([
      'a-qbr-2025-Q1-internal.html',
      'a-qbr-2025-Q1.json',
      'index.html',
      'manifest.json',
    ]);
    // The page in team/ links to the customer's deck across.
    expect(readFileSync(join(dir, 'out', '2025-Q1', 'team', 'index.html'), 'utf8')).toContain(
      'href="../customer/a-qbr-2025-Q1.html"',
    );
  }, 30_000); // the first deck of a process loads the renderer

  it('leaves the files an earlier version wrote in the quarter folder itself alone', async () => {
    const dir = project();
    mkdirSync(join(dir, 'out', '2025-Q1'), { recursive: true });
    writeFileSync(join(dir, 'out', '2025-Q1', 'a-qbr-2025-Q1.json'), '{"old": true}\n');
    writeFileSync(join(dir, 'out', '2025-Q1', 'manifest.json'), '{"old": true}\n');
    expect((await runCli(['a', '--format', 'json'], dir)).stdout).toContain('1 rendered');
    expect(readFileSync(join(dir, 'out', '2025-Q1', 'a-qbr-2025-Q1.json'), 'utf8')).toBe('{"old": true}\n');
    expect(readFileSync(join(dir, 'out', '2025-Q1', 'manifest.json'), 'utf8')).toBe('{"old": true}\n');
    expect(filesIn(join(dir, 'out', '2025-Q1', 'team'))).toEqual(['a-qbr-2025-Q1.json', 'index.html', 'manifest.json']);
  });
});
