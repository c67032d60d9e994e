import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath, runCli, scratchProject } from '../helpers.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const project = () => {
  const dir = scratchProject({ 'a.yaml': fixturePath('valid') });
  made.push(dir);
  return dir;
};
const warning =
  'warning   no company name in the config (company.name in qbr.config.yaml), so every title slide says "Presented by Your company"\n';

describe('a config that names no company', () => {
  it('is a warning, once, when there is no config at all', async () => {
    const { status, stderr } = await runCli(['a', '--check'], project());
    expect(status).toBe(0);
    expect(stderr.split('\n').filter((line) => line.includes('company name'))).toHaveLength(1);
    expect(stderr).toContain(warning);
  });

  it("says the stand-in in the config's language", async () => {
    const dir = project();
    writeFileSync(join(dir, 'qbr.config.yaml'), 'language: de\n');
    expect((await runCli(['a', '--check'], dir)).stderr).toContain(
      'so every title slide says "Präsentiert von: Ihr Unternehmen"',
    );
  });

  it('is not said when the config names the company', async () => {
    const dir = project();
    writeFileSync(join(dir, 'qbr.config.yaml'), 'company:\n  name: Vendor Inc\n');
    expect((await runCli(['a', '--check'], dir)).stderr).not.toContain('company name');
  });
});
