import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, runCli, scratchProject } from './helpers.ts';

// The valid fixture's latest data is 2025-Q1.
const WARNING = 'warning   data/good.yaml: 2030-Q1 is 20 quarters after the latest data (2025-Q1)';

describe('a quarter under review far past the data (--quarter 2030-Q1 for 2026-Q1)', () => {
  it('renders, with a warning line on standard error', async () => {
    const dir = scratchProject({ 'good.yaml': fixturePath('valid') });
    const { status, stderr } = await runCli(['good', '--quarter', '2030-Q1', '--format', 'json'], dir);
    expect(status).toBe(0);
    expect(stderr).toContain(WARNING);
  });

  it('warns in --check too, where CI would catch the typo', async () => {
    const dir = scratchProject({ 'good.yaml': fixturePath('valid') });
    const { status, stderr } = await runCli(['good', '--check', '--quarter', '2030-Q1'], dir);
    expect(status).toBe(0);
    expect(stderr).toContain(WARNING);
  });

  it('is quiet one quarter past the data, the usual time for a review', async () => {
    const dir = scratchProject({ 'good.yaml': fixturePath('valid') });
    const { stderr } = await runCli(['good', '--check', '--quarter', '2025-Q2'], dir);
    expect(stderr).not.toContain('after the latest data');
  });

  it("shows the warning on the internal health page, never in the customer's deck", async () => {
    const dir = scratchProject({ 'good.yaml': fixturePath('valid') });
    for (const audience of ['internal', 'customer'])
      expect(
        (await runCli(['good', '--quarter', '2030-Q1', '--format', 'html', '--audience', audience], dir)).status,
      ).toBe(0);
    const internal = readFileSync(join(dir, 'out', '2030-Q1', 'team', 'good-qbr-2030-Q1-internal.html'), 'utf8');
    const health = internal.slice(internal.indexOf('<section class="slide slide--health'));
    expect(health.slice(0, health.indexOf('</section>'))).toContain(
      '<p class="warning" role="note">Q1 2030 is 20 quarters after the latest data (Q1 2025)',
    );
    expect(readFileSync(join(dir, 'out', '2030-Q1', 'customer', 'good-qbr-2030-Q1.html'), 'utf8')).not.toContain(
      'quarters after the latest data',
    );
  });
});
