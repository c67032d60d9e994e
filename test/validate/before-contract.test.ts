import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../src/calendar/fiscal-year.ts';
import { figuresBeforeContract } from '../../src/validate/before-contract.ts';
import { fixturePath, runCli, scratchProject } from '../helpers.ts';

const FEBRUARY = { start_month: 2, named_by: 'end' } as const;

describe('figures dated before the contract starts', () => {
  const account = {
    contract: { start: '2026-02-01' },
    promises: [{ actuals: { '2026-Q4': 1, '2027-Q1': 2 } }, { actuals: { '2025-Q4': 3 } }],
    value: [{ quarter: '2026-Q3', amount: 5 }, { quarter: '2027-Q2' }],
    adoption: { '2026-Q4': {}, '2027-Q1': {} },
    support: { '2026-Q2': {} },
  };

  it("are found in every section an import writes, in the config's calendar", () => {
    // February fiscal years named by their end: 2026-02-01 starts FY2027-Q1.
    expect(figuresBeforeContract(account, 'ff', FEBRUARY)).toEqual([
      { path: ['promises', 0, 'actuals', '2026-Q4'], message: "2026-Q4 is before ff's contract starts (2027-Q1)" },
      { path: ['promises', 1, 'actuals', '2025-Q4'], message: "2025-Q4 is before ff's contract starts (2027-Q1)" },
      { path: ['value', 0, 'quarter'], message: "2026-Q3 is before ff's contract starts (2027-Q1)" },
      { path: ['adoption', '2026-Q4'], message: "2026-Q4 is before ff's contract starts (2027-Q1)" },
      { path: ['support', '2026-Q2'], message: "2026-Q2 is before ff's contract starts (2027-Q1)" },
    ]);
    // In calendar quarters the contract starts in 2026-Q1.
    expect(figuresBeforeContract(account, 'ff', CALENDAR_YEAR)).toEqual([
      { path: ['promises', 1, 'actuals', '2025-Q4'], message: "2025-Q4 is before ff's contract starts (2026-Q1)" },
    ]);
  });

  it('are refused by --check at their line and by import at their row, in the same words', async () => {
    const dir = scratchProject({ 'ff.yaml': fixturePath('fiscal-actual-before-contract', 'ff.yaml') });
    copyFileSync(fixturePath('fiscal-actual-before-contract', 'qbr.config.yaml'), join(dir, 'qbr.config.yaml'));
    const check = await runCli(['--check', 'ff'], dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      "data/ff.yaml:21:16 promises[0].actuals.2026-Q4: 2026-Q4 is before ff's contract starts (2027-Q1)\n",
    );
    copyFileSync(fixturePath('fiscal-february'), join(dir, 'data', 'ff.yaml'));
    writeFileSync(join(dir, 'x.csv'), 'account,metric,quarter,value\nff,uptime,2026-Q4,91\n');
    const imported = await runCli(['import', 'x.csv'], dir);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toContain("x.csv:2 column quarter: 2026-Q4 is before ff's contract starts (2027-Q1)\n");
  });
});
