import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.ts';
import { account, addExport, importProject } from './helpers.ts';

describe('import: a fraction for a percent promise', () => {
  it('is imported, with a warning naming its row', async () => {
    const dir = importProject();
    const { status, stderr } = await runCli(['import', addExport(dir, 'percent-fraction')], dir);
    expect(status).toBe(0);
    expect(stderr).toBe(
      'warning: percent-fraction.csv:3 column value: 0.88 for acme first-time-fix looks like a fraction; its baseline (72) and target (90) are written 0-100, so 88 % would be 88\n',
    );
    expect((await account(dir)).promises.find((p) => p.id === 'first-time-fix')?.actuals['2027-Q1']).toBe(0.88);
  });
});
