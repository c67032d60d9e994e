/**
 * Text that fits: every slide of every sample and of the stress account (long names, German
 * compounds, many of everything), internal pages included, is loaded in Chromium and checked by
 * test/e2e/layout-check.js: nothing leaves its slide, nothing is cut off without an ellipsis,
 * no two pieces of text overlap. Each config in CONFIGS is one more round over every deck
 * (a language, a theme): add one there.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, ROOT } from '../helpers.ts';
import { qbr, scratch } from './render.ts';
import { launchBrowser } from './browser.ts';

/** A config file of these lines, in a scratch folder: a round that only changes a setting or two. */
function configFile(lines: string): string {
  const file = join(scratch(), 'qbr.config.yaml');
  writeFileSync(file, lines);
  return file;
}

/** The samples and the stress account (long names, German compounds, many of everything). */
const LEFT_TO_RIGHT = [
  ...['acme', 'helios-freight', 'bramble-foods'].map((id) => join(ROOT, 'data', `${id}.yaml`)),
  fixturePath('stress-long-text'),
];
/** An Arabic and a Hebrew account, each in its own language whatever the config's. */
const RIGHT_TO_LEFT = [fixturePath('rtl-arabic'), fixturePath('rtl-hebrew')];

/**
 * The rounds: a name, the config file to render with (none: the built-in defaults), and the
 * accounts. A French config leaves the Arabic and Hebrew decks as the defaults round has them.
 */
const CONFIGS: Array<{ name: string; config?: string; accounts: string[] }> = [
  { name: 'defaults', accounts: [...LEFT_TO_RIGHT, ...RIGHT_TO_LEFT] },
  {
    name: 'brand theme',
    config: fixturePath('layout-brand', 'qbr.config.yaml'),
    accounts: [...LEFT_TO_RIGHT, ...RIGHT_TO_LEFT],
  },
  { name: 'French', config: configFile('language: fr\n'), accounts: LEFT_TO_RIGHT },
];
const CHECK = readFileSync(join(import.meta.dirname, 'layout-check.js'), 'utf8');

const out = scratch();
let browser: Browser;

beforeAll(async () => {
  for (const { name, config, accounts } of CONFIGS) {
    const run = await qbr([
      ...accounts,
      '--out',
      join(out, name),
      '--format',
      'html',
      '--audience',
      'internal',
      '--force',
      ...(config ? ['--config', config] : []),
    ]);
    expect(run.status, run.stderr).toBe(0);
  }
  browser = await launchBrowser(['--font-render-hinting=none']);
});
afterAll(() => browser?.close());

/** Every deck a round wrote, by file name. */
const decks = (name: string) =>
  readdirSync(join(out, name), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('-internal.html'));

/**
 * What each check, run in each deck of a round's page, finds, each line headed by its deck.
 * Each deck is loaded once for all the checks, loading being most of the time, and the decks
 * one after another into the same page: a new page starts a renderer, twice the cost of a load.
 */
async function inEachDeck(
  { name, accounts }: (typeof CONFIGS)[number],
  checks: Array<string | (() => string[])>,
): Promise<string[][]> {
  const found = decks(name);
  expect(found).toHaveLength(accounts.length);
  const problems: string[][] = checks.map(() => []);
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.emulateMediaType('print');
  for (const deck of found) {
    await page.setContent(readFileSync(join(out, name, deck), 'utf8'), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    for (const [i, check] of checks.entries())
      problems[i]!.push(...((await page.evaluate(check)) as string[]).map((p) => `${deck}: ${p}`));
  }
  await page.close();
  return problems;
}

/**
 * The catalogue's own sentences, which no account data lengthens: an ellipsis there is a
 * wording too long for its language (a French talking point was cut so), not a long name.
 */
function catalogueTextCut(): string[] {
  return [...document.querySelectorAll('.slide:not(.slide--custom) h2, .kpi-label, .talking-point, .signal-title')]
    .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
    .map((el) => `"${(el.textContent ?? '').trim()}" is cut`);
}

describe.each(CONFIGS)('with the $name config', (round) => {
  let found: Promise<string[][]>;
  beforeAll(() => {
    found = inEachDeck(round, [CHECK, catalogueTextCut]);
    found.catch(() => undefined); // the tests below report it
  });

  it('every slide of every deck keeps its text inside, unclipped and apart', async () => {
    expect((await found)[0]).toEqual([]);
  });

  it('shows the catalogue’s headings, figure labels, talking points and signal titles with their streaks whole', async () => {
    expect((await found)[1]).toEqual([]);
  });
});
