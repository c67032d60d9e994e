import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractExample, fixturePath, runCli, scratchProject } from './helpers.ts';

// JSON only, so these run without a browser; the e2e tests cover the decks themselves.
const json = ['--format', 'json'];

describe('batch runs', () => {
  it('renders several accounts in one run, one of them invalid: the others written, exit 1', async () => {
    const dir = scratchProject({
      'a.yaml': fixturePath('valid'),
      'b.yaml': fixturePath('bad-quarter'),
      'c.yaml': fixturePath('contract-example'),
      ...contractExample(),
    });
    const { status, stdout, stderr } = await runCli(['--all', ...json], dir);
    expect(status).toBe(1);
    // One quarter for the run: the latest in which any account has data (a's is 2025-Q1, acme's 2025-Q3).
    expect(existsSync(join(dir, 'out/2025-Q3/team/a-qbr-2025-Q3.json'))).toBe(true);
    expect(existsSync(join(dir, 'out/2025-Q3/team/acme-qbr-2025-Q3.json'))).toBe(true);
    expect(existsSync(join(dir, 'out/2025-Q1'))).toBe(false);
    expect(stderr).toContain('failed    data/b.yaml');
    expect(stderr).toContain('promises[0].due');
    expect(stdout).toContain('2 rendered, 0 unchanged, 1 failed');
  });

  it('skips an account whose inputs have not changed, and renders it again with --force or after an edit', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    const output = join(dir, 'out/2025-Q1/team/a-qbr-2025-Q1.json');
    expect((await runCli(['a', ...json], dir)).stdout).toContain('1 rendered, 0 unchanged');
    const written = statSync(output).mtimeMs;
    const second = await runCli(['a', ...json], dir);
    expect(second.stdout).toContain('unchanged data/a.yaml');
    expect(second.stdout).toContain('0 rendered, 1 unchanged');
    expect(statSync(output).mtimeMs).toBe(written);
    expect((await runCli(['a', '--force', ...json], dir)).stdout).toContain('1 rendered, 0 unchanged');
    writeFileSync(
      join(dir, 'data/a.yaml'),
      readFileSync(join(dir, 'data/a.yaml'), 'utf8').replace('Test Account', 'Test Account Ltd'),
    );
    expect((await runCli(['a', ...json], dir)).stdout).toContain('1 rendered, 0 unchanged');
  });

  it('renders again when an output was deleted, and when the config changed', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    const output = join(dir, 'out/2025-Q1/team/a-qbr-2025-Q1.json');
    await runCli(['a', ...json], dir);
    rmSync(output);
    expect((await runCli(['a', ...json], dir)).stdout).toContain('1 rendered, 0 unchanged');
    expect(existsSync(output)).toBe(true);
    writeFileSync(join(dir, 'qbr.config.yaml'), 'thresholds:\n  csat_min: 4.8\n');
    expect((await runCli(['a', ...json], dir)).stdout).toContain('1 rendered');
    const summary = JSON.parse(readFileSync(join(dir, 'out/2025-Q1/team/a-qbr-2025-Q1.json'), 'utf8'));
    expect(summary.signals.map((s: { id: string }) => s.id)).toContain('below_par_experience');
  });

  it('writes a manifest with every account, its outputs, status, health and signals', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'b.yaml': fixturePath('valid') });
    await runCli(['a', ...json], dir);
    await runCli(['--all', ...json], dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'out/2025-Q1/team/manifest.json'), 'utf8'));
    expect(manifest.quarter).toBe('2025-Q1');
    expect(manifest.accounts.map((e: { account: string; status: string }) => [e.account, e.status])).toEqual([
      ['a', 'unchanged'],
      ['b', 'rendered'],
    ]);
    // b in 2025-Q1, its contract's first quarter: downtime 118 on the way from 120 to 60, A = -2/-60 = 0.033;
    // communication_gap 2 (0 touchpoints, 1 wanted; 89 days since the start) + single_threaded 1 (1 stakeholder)
    // = 3 (promise_at_risk and value_below_price wait for the second quarter).
    // round(40 x 0.033 + 60 x (1 - 3/17)) = round(1.33 + 49.41) = 51.
    expect(manifest.accounts[1]).toMatchObject({
      outputs: ['team/b-qbr-2025-Q1.json'],
      health: 51,
      signals: [
        {
          id: 'communication_gap',
          params: {
            touchpoints_last_4_quarters: 0,
            touchpoints_min: 1,
            contract_quarters: 1,
            days_since_last_touch: null,
            days_without_contact: 89,
          },
        },
        { id: 'single_threaded', params: { stakeholders: 1, stakeholders_min: 2, has_executive_sponsor: true } },
      ],
    });
  });

  it('writes a portfolio page linking to each deck, worst health first', async () => {
    const dir = scratchProject({
      'z.yaml': fixturePath('valid'),
      'b.yaml': fixturePath('contract-example'),
      ...contractExample(),
    });
    await runCli(['--all', '--quarter', '2025-Q3', ...json], dir);
    const page = readFileSync(join(dir, 'out/2025-Q3/team/index.html'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(dir, 'out/2025-Q3/team/manifest.json'), 'utf8'));
    // acme (the contract example) in 2025-Q3: A = (88-120)/(60-120) = 0.533; below_par_experience 2 (an SLA breach)
    // + value_below_price 3 (35,000 of 180,000) + communication_gap 2 (1 touchpoint, 3 wanted) = 7;
    // round(21.33 + 60 x 10/17 = 35.29) = 57. z (valid) in 2025-Q3: A = (118-120)/(60-120) = 0.033;
    // promise_at_risk 2 + value_below_price 3 (0 of 75,000) + communication_gap 2 (0, 3 wanted) + single_threaded 1
    // = 8; round(1.33 + 60 x 9/17 = 31.76) = 33.
    expect(manifest.accounts.map((e: { account: string; health: number }) => [e.account, e.health])).toEqual([
      ['acme', 57],
      ['z', 33],
    ]);
    // The page reorders, worst first; it is in team/, beside the summaries it links to.
    const links = [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['z-qbr-2025-Q3.json', 'acme-qbr-2025-Q3.json']);
    for (const link of links) expect(existsSync(join(dir, 'out/2025-Q3/team', link!))).toBe(true);
  });

  it("keeps an account's customer and internal outputs together in the manifest and on the portfolio page", async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    const formats = ['--format', 'json,html'];
    await runCli(['a', ...formats], dir);
    expect((await runCli(['a', ...formats, '--audience', 'internal'], dir)).stdout).toContain('1 rendered');
    const manifest = () => JSON.parse(readFileSync(join(dir, 'out/2025-Q1/team/manifest.json'), 'utf8'));
    const both = ['customer/a-qbr-2025-Q1.html', 'team/a-qbr-2025-Q1-internal.html', 'team/a-qbr-2025-Q1.json'];
    expect(manifest().accounts[0].outputs).toEqual(both);
    expect(Object.keys(manifest().accounts[0].fingerprints).sort()).toEqual(['customer', 'internal']);
    const links = [
      ...readFileSync(join(dir, 'out/2025-Q1/team/index.html'), 'utf8').matchAll(
        /<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g,
      ),
    ].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['../customer/a-qbr-2025-Q1.html', 'HTML'],
      ['a-qbr-2025-Q1.json', 'JSON'],
      ['a-qbr-2025-Q1-internal.html', 'Internal HTML'],
    ]);
    // The customer copy again: unchanged, and the internal one is still listed.
    expect((await runCli(['a', ...formats], dir)).stdout).toContain('0 rendered, 1 unchanged');
    expect(manifest().accounts[0]).toMatchObject({ status: 'unchanged', outputs: both });
  });
});
