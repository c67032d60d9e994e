import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturePath, ROOT, runCli, scratchProject } from '../helpers.ts';

const WARNING = 'warning   data/good.yaml: no stakeholder has an email, so the email draft is addressed to the team.';

describe('--format eml for an account whose stakeholders have no email', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('warns for that account, in --check too, and does not fail it', async () => {
    const dir = scratchProject({ 'good.yaml': fixturePath('valid') });
    dirs.push(dir);
    const { status, stderr } = await runCli(['good', '--check', '--format', 'eml'], dir);
    expect(status).toBe(0);
    expect(stderr).toContain(WARNING);
  });

  it('is quiet when a stakeholder has an email, and for other formats', async () => {
    const dir = scratchProject({ 'acme.yaml': join(ROOT, 'data', 'acme.yaml'), 'good.yaml': fixturePath('valid') });
    dirs.push(dir);
    // Other warnings (a missing plan) may be there; this one is not.
    expect((await runCli(['acme', '--check', '--format', 'eml'], dir)).stderr).not.toContain('email');
    expect((await runCli(['good', '--check', '--format', 'pdf'], dir)).stderr).not.toContain('email');
  });
});
