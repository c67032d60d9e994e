import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nextQuarterPlan } from '../../src/analyse/next-plan.ts';
import { fixturePath, runCli, scratchProject } from '../helpers.ts';

describe('the plan for the quarter after the review', () => {
  it("is plan[Q + 1], never the review quarter's own", () => {
    const plan = { '2026-Q4': ['Filed last review'], '2027-Q1': ['For next quarter'] };
    expect(nextQuarterPlan({ plan }, '2026-Q4')).toEqual(['For next quarter']);
    expect(nextQuarterPlan({ plan }, '2027-Q1')).toBeNull();
  });
});

describe('--check without a plan for the next quarter', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const project = (extra: string) => {
    const dir = scratchProject({ 'good.yaml': fixturePath('valid') });
    made.push(dir);
    writeFileSync(join(dir, 'data', 'good.yaml'), `${readFileSync(fixturePath('valid'), 'utf8')}${extra}`);
    writeFileSync(join(dir, 'qbr.config.yaml'), 'company: { name: Vendor Inc }\n'); // no warning about the company's name
    return dir;
  };

  // The valid fixture is reviewed in 2025-Q1 and has no plan.
  it('warns, naming the quarter, and still passes', async () => {
    const { status, stderr } = await runCli(['--check', 'good'], project(''));
    expect(status).toBe(0);
    expect(stderr).toBe(
      'warning   data/good.yaml: no plan for 2025-Q2 (plan: 2025-Q2: [...]): the closing slide says the plan is to be agreed in the meeting.\n',
    );
  });

  it('is quiet with a plan for 2025-Q2, and when the closing slide is not shown', async () => {
    expect((await runCli(['--check', 'good'], project('plan: { 2025-Q2: [Roll out] }\n'))).stderr).toBe('');
    expect((await runCli(['--check', 'good'], project('slides: [title, summary]\n'))).stderr).toBe('');
  });
});
