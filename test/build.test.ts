import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, ROOT, runCli, scratchProject } from './helpers.ts';
import { tempDir } from './temp-dirs.ts';

// JSON only (and HTML where the deck's words are checked), so these run without a browser.
const json = ['--format', 'json'];
const manifestOf = (dir: string, quarter: string) =>
  JSON.parse(readFileSync(join(dir, 'out', quarter, 'team', 'manifest.json'), 'utf8'));
const samples = () =>
  Object.fromEntries(
    ['acme', 'bramble-foods', 'helios-freight'].map((id) => [`${id}.yaml`, join(ROOT, 'data', `${id}.yaml`)]),
  );

describe('one quarter per run', () => {
  it('reviews several accounts for the latest quarter in which any of them has data: one folder', async () => {
    // valid's data ends in 2025-Q1, contract-example's in 2025-Q3.
    const dir = scratchProject({
      'a.yaml': fixturePath('valid'),
      'c.yaml': fixturePath('contract-example'),
      'logos/acme.png': fixturePath('contract-example', 'logos/acme.png'),
    });
    expect((await runCli(['--all', ...json], dir)).status).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['2025-Q3']);
    expect(
      manifestOf(dir, '2025-Q3').accounts.map((e: { account: string; quarter: string }) => [e.account, e.quarter]),
    ).toEqual([
      ['a', '2025-Q3'],
      ['acme', '2025-Q3'],
    ]);
  });

  it('keeps a single account on its own latest quarter', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'c.yaml': fixturePath('contract-example') });
    expect((await runCli(['a', ...json], dir)).status).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['2025-Q1']);
  });

  it('lists an account whose contract starts after the quarter as not started, and exits 0', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'n.yaml': fixturePath('contract-not-started') });
    const { status, stdout } = await runCli(['--all', ...json], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('not started data/n.yaml (2025-Q1: the contract starts in 2027-Q1)');
    expect(stdout).toContain('1 rendered, 0 unchanged, 0 failed, 1 not started');
    const entry = manifestOf(dir, '2025-Q1').accounts.find((e: { account: string }) => e.account === 'n');
    expect(entry).toMatchObject({
      name: 'Northwind Traders',
      status: 'not_started',
      outputs: [],
      health: null,
      contract: { start: '2027-02-01', renewal: '2028-02-01', annual_value: 50000, currency: 'EUR' },
      owner: 'Zoe Ahmed',
      error: null,
      error_code: null,
    });
    expect(
      readdirSync(join(dir, 'out', '2025-Q1'), { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)n-/.test(f)),
    ).toEqual([]);
  });

  it('shows outputs and folders outside the working folder by their whole path, not ../', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
    const out = tempDir('qbr-out-');
    const { status, stdout } = await runCli(['a', ...json, '--out', out], dir);
    expect(status).toBe(0);
    expect(stdout).toContain(`: ${out}/2025-Q1/team/a-qbr-2025-Q1.json\n`);
    expect(stdout).toContain(`\n  ${out}/2025-Q1/ (portfolio: ${out}/2025-Q1/team/index.html)\n`);
  });

  it('fails, rather than lists, an account before its contract when the quarter is named', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'n.yaml': fixturePath('contract-not-started') });
    expect((await runCli(['--all', '--quarter', '2025-Q1', ...json], dir)).status).toBe(1);
    const entry = manifestOf(dir, '2025-Q1').accounts.find((e: { account: string }) => e.account === 'n');
    expect(entry).toMatchObject({
      status: 'failed',
      name: 'Northwind Traders',
      owner: 'Zoe Ahmed',
      error_code: 'QBR_QUARTER_BEFORE_START',
      error: 'n: 2025-Q1 is before the contract starts (2027-Q1)',
    });
  });
});

describe('failed accounts in the manifest', () => {
  it('records a file that cannot be read: its id from the file name, the error code and the positioned message', async () => {
    const dir = scratchProject({ 'good.yaml': fixturePath('valid'), 'bad.yaml': fixturePath('promise-target-string') });
    expect((await runCli(['--all', ...json], dir)).status).toBe(1);
    const entry = manifestOf(dir, '2025-Q1').accounts.find((e: { account: string }) => e.account === 'bad');
    expect(entry).toMatchObject({
      name: 'bad',
      quarter: '2025-Q1',
      status: 'failed',
      outputs: [],
      health: null,
      contract: null,
      owner: null,
      error_code: 'QBR_INVALID_DATA',
    });
    expect(entry.error).toMatch(/data\/bad\.yaml:11:13 promises\[0\]\.target: expected a number, got "sixty"$/);
    const page = readFileSync(join(dir, 'out', '2025-Q1', 'team', 'index.html'), 'utf8');
    expect(page).toContain('Failed (QBR_INVALID_DATA)');
    expect(page).toContain('promises[0].target: expected a number, got &quot;sixty&quot;');
  });

  it('marks an account that rendered before and fails now as failed, and renders it again once fixed', async () => {
    const dir = scratchProject({ 'a.yaml': fixturePath('valid'), 'b.yaml': fixturePath('valid') });
    const file = join(dir, 'data', 'a.yaml');
    const good = readFileSync(file, 'utf8');
    await runCli(['--all', ...json], dir);
    writeFileSync(file, good.replace('target: 60', 'target: sixty'));
    expect((await runCli(['--all', ...json], dir)).status).toBe(1);
    expect(manifestOf(dir, '2025-Q1').accounts).toMatchObject([
      { account: 'a', status: 'failed', health: null, error_code: 'QBR_INVALID_DATA' },
      { account: 'b', status: 'unchanged', error: null },
    ]);
    writeFileSync(file, good);
    expect((await runCli(['--all', ...json], dir)).stdout).toContain('1 rendered, 1 unchanged');
    expect(manifestOf(dir, '2025-Q1').accounts[0]).toMatchObject({
      account: 'a',
      status: 'rendered',
      error: null,
      error_code: null,
    });
  });
});

describe('what is at stake, in the manifest', () => {
  it("keeps each account's contract value, renewal, owner and last quarter's health", async () => {
    const dir = scratchProject(samples());
    expect((await runCli(['--all', ...json], dir)).status).toBe(0);
    const acme = manifestOf(dir, '2026-Q4').accounts.find((e: { account: string }) => e.account === 'acme');
    // health_previous is acme's 2026-Q3 (docs/summary.md, Health). Attainments clipped to 0..1: downtime
    // (58-120)/(60-120) -> 1, first-time fix (84-72)/(90-72) = 0.667, mttr (7.1-9.5)/(6-9.5) = 0.686, planned
    // share (57-45)/(75-45) = 0.4, so A = 2.752/4 = 0.688. Signals: promise_at_risk 2 (first-time fix heads for
    // 86 of 90 by 2026-Q4) + value_below_price 3 (392,000 delivered of 420,000 paid) = 5.
    // round(40 x 0.688 + 60 x (1 - 5/17)) = round(27.52 + 42.35) = 70.
    expect(acme).toMatchObject({
      health: 65,
      health_previous: 70,
      owner: 'Dana Whitfield',
      contract: { start: '2025-01-01', renewal: '2027-01-01', annual_value: 240000, currency: 'USD' },
    });
    const first = scratchProject({ 'a.yaml': fixturePath('valid') }); // 2025-Q1, the contract's first quarter
    await runCli(['a', ...json], first);
    expect(manifestOf(first, '2025-Q1').accounts[0].health_previous).toBeNull();
  });
});

describe('a fiscal year (February, named by the end year)', () => {
  it('reviews fiscal quarters: as_of is the last calendar day, the deck says "Q2 FY2027"', async () => {
    const dir = scratchProject({ 'ff.yaml': fixturePath('fiscal-february') });
    cpSync(fixturePath('fiscal-february', 'qbr.config.yaml'), join(dir, 'qbr.config.yaml'));
    expect((await runCli(['ff', '--format', 'json,html'], dir)).status).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'out', '2027-Q2', 'team', 'ff-qbr-2027-Q2.json'), 'utf8'));
    expect(summary.as_of).toBe('2026-07-31');
    expect(summary.value.invested).toBe(200000); // FY2027 Q1 and Q2 at 100,000
    expect(summary.engagement).toMatchObject({ touchpoints_last_4_quarters: 2, days_since_last_touch: 0 });
    const deck = readFileSync(join(dir, 'out', '2027-Q2', 'customer', 'ff-qbr-2027-Q2.html'), 'utf8');
    expect(deck).toContain('Fiscal Foods: Quarterly Business Review, Q2 FY2027');
    expect(deck).toContain('Jul 31, 2026'); // data as of
    expect(manifestOf(dir, '2027-Q2')).toMatchObject({
      quarter: '2027-Q2',
      as_of: '2026-07-31',
      fiscal_year: { start_month: 2, named_by: 'end' },
    });
    expect(readFileSync(join(dir, 'out', '2027-Q2', 'team', 'index.html'), 'utf8')).toContain('Q2 FY2027');
  });
});
