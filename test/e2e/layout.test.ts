/**
 * Text that fits: every slide of every sample and of the stress account (long names, German
 * compounds, many of everything), internal pages included, is loaded in Chromium and checked by
 * test/e2e/layout-check.js: nothing leaves its slide, nothing is cut off without an ellipsis,
 * no two pieces of text overlap. Each config in CONFIGS is one more round over every deck
 * (a language, a theme): add one there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/print/find-browser.ts';
import { fixturePath, ROOT } from '../helpers.ts';
import { qbr, scratch } from './render.ts';

/** The rounds: a name, and the config file to render with (none: the built-in defaults). */
const CONFIGS: Array<{ name: string; config?: string }> = [
  { name: 'defaults' },
  { name: 'brand theme', config: fixturePath('layout-brand', 'qbr.config.yaml') },
];
const ACCOUNTS = [...['acme', 'helios-freight', 'bramble-foods'].map((id) => join(ROOT, 'data', `${id}.yaml`)), fixturePath('stress-long-text')];
const CHECK = readFileSync(join(import.meta.dirname, 'layout-check.js'), 'utf8');

const out = scratch();
let browser: Awaited<ReturnType<typeof puppeteer.launch>>;

beforeAll(async () => {
  for (const { name, config } of CONFIGS) {
    const run = qbr([...ACCOUNTS, '--out', join(out, name), '--format', 'html', '--audience', 'internal', '--force', ...(config ? ['--config', config] : [])]);
    expect(run.status, run.stderr).toBe(0);
  }
  browser = await puppeteer.launch({ executablePath: findBrowser({}), args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
});
afterAll(() => browser?.close());

/** Every deck a round wrote, by file name. */
const decks = (name: string) => readdirSync(join(out, name), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('-internal.html'));

describe.each(CONFIGS)('with the $name config', ({ name }) => {
  it('every slide of every deck keeps its text inside, unclipped and apart', async () => {
    const found = decks(name);
    expect(found).toHaveLength(ACCOUNTS.length);
    const problems: string[] = [];
    for (const deck of found) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1400, height: 900 });
      await page.emulateMediaType('print');
      await page.setContent(readFileSync(join(out, name, deck), 'utf8'), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      problems.push(...(await page.evaluate(CHECK) as string[]).map((p) => `${deck}: ${p}`));
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});
