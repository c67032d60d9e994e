import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools, skipping } from './requirements.ts';
import { samples } from './shared.ts';
import { launchBrowser } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let out: string;
let browser: Browser;

beforeAll(async () => {
  requireTools('browser');
  out = await samples();
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.skipIf(skipping('browser')).each([
  ['acme', '2026-Q4'],
  ['helios-freight', '2026-Q4'],
  ['bramble-foods', '2026-Q4'],
])('the %s deck in Chromium', (id, quarter) => {
  it('has no serious or critical axe-core violations', async () => {
    const page = await browser.newPage();
    // The deck's policy allows its own script only; axe-core is added by the test.
    await page.setBypassCSP(true);
    await page.setContent(readFileSync(join(out, quarter, 'team', `${id}-qbr-${quarter}-internal.html`), 'utf8'), {
      waitUntil: 'load',
    });
    // Every slide checked, not only the one a presenting deck shows.
    await page.evaluate(() => document.documentElement.classList.remove('presenting'));
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
        }
      ).axe;
      return (await axe.run()).violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        count: v.nodes.length,
        where: (v.nodes as Array<{ target: string[]; failureSummary: string }>)
          .slice(0, 6)
          .map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n')[1]}`),
      }));
    });
    await page.close();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
