/** One account through the pipeline, timed by stage; skipped when its inputs have not changed. */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { review } from './analyse/review.ts';
import { reviewQuarter } from './analyse/review-quarter.ts';
import type { Audience, Config, Format } from './config/config-schema.ts';
import { fingerprint } from './output/fingerprint.ts';
import { entryFromSummary, type ManifestEntry } from './output/manifest.ts';
import type { Printer } from './print/printer.ts';
import { accountLogo } from './render/logo.ts';
import { loadAccount } from './validate/load-account.ts';
import { writeAtomic } from './write/write-atomic.ts';

/** Milliseconds spent in each stage of one deck. */
export interface StageTimings {
  /** Reading and checking the account and its logo, and the fingerprint of its inputs. */
  load: number;
  analyse: number;
  charts: number;
  html: number;
  /** Waiting for a free browser page. */
  queue: number;
  pdf: number;
  /** Building the PowerPoint (while Chromium prints, when both are asked for). */
  pptx: number;
  write: number;
}

export interface AccountContext {
  config: Config;
  /** Our logo as a data URL, read once for the run. */
  companyLogo: string;
  formats: Format[];
  audience: Audience;
  outDir: string;
  quarter?: string | undefined;
  check: boolean;
  force: boolean;
  printer: Printer | null;
  /** The entry the quarter's manifest holds for an account, if any. */
  previous: (quarter: string, account: string) => Promise<ManifestEntry | undefined>;
}

export type AccountOutcome =
  | { kind: 'checked'; account: string; quarter: string }
  | { kind: 'skipped'; entry: ManifestEntry }
  | { kind: 'rendered'; entry: ManifestEntry; timings: StageTimings };

export async function buildAccount(file: string, context: AccountContext): Promise<AccountOutcome> {
  const timings: StageTimings = { load: 0, analyse: 0, charts: 0, html: 0, queue: 0, pdf: 0, pptx: 0, write: 0 };
  let mark = performance.now();
  const lap = (stage: keyof StageTimings) => {
    const now = performance.now();
    timings[stage] += now - mark;
    mark = now;
  };
  const { account, source } = await loadAccount(file);
  const customerLogo = await accountLogo(account.logo, source);
  const quarter = reviewQuarter(account, context.quarter);
  if (context.check) return { kind: 'checked', account: account.id, quarter };

  const { dir, stem, deckStem, files } = outputNames(context, account.id, quarter);
  const id = inputFingerprint(context, file, account.logo, quarter);
  const previous = await context.previous(quarter, account.id);
  if (!context.force && previous?.fingerprints[context.audience] === id && previous.status !== 'failed' && files.every((f) => existsSync(join(dir, f)))) {
    return { kind: 'skipped', entry: { ...previous, status: 'unchanged' } };
  }
  lap('load');
  // Analysed only when rendered: a skipped account's outputs hold its analysis already.
  const facts = review(account, quarter, context.config.thresholds);
  lap('analyse');

  if (context.formats.includes('pdf')) context.printer?.warmUp();
  const writes: Array<[string, string | Uint8Array]> = [];
  if (context.formats.includes('json')) writes.push([`${stem}.json`, `${JSON.stringify(facts.summary, null, 2)}\n`]);
  if (context.formats.some((format) => format !== 'json')) {
    // Loaded when a deck is first needed, after the browser was started: the two overlap.
    const { renderDeck } = await import('./deck.ts');
    const logos = { customer: customerLogo, company: context.companyLogo };
    const html = context.formats.includes('html');
    const pptx = context.formats.includes('pptx');
    const deck = await renderDeck(facts, { config: context.config, logos, audience: context.audience, printer: context.formats.includes('pdf') ? context.printer : null, html, pptx }, lap);
    if (html) writes.push([`${deckStem}.html`, deck.html]);
    if (deck.pdf) writes.push([`${deckStem}.pdf`, deck.pdf]);
    if (deck.pptx) writes.push([`${deckStem}.pptx`, deck.pptx]);
  }
  await Promise.all(writes.map(([name, content]) => writeAtomic(join(dir, name), content)));
  lap('write');
  return { kind: 'rendered', entry: entryFromSummary(facts.summary, writes.map(([name]) => basename(name)), { [context.audience]: id }), timings };
}

/** Where an account's outputs go: `<out>/<quarter>/<id>-qbr-<quarter>[-internal].<ext>`. */
function outputNames(context: AccountContext, id: string, quarter: string) {
  const stem = `${id}-qbr-${quarter}`;
  const deckStem = context.audience === 'internal' ? `${stem}-internal` : stem;
  const files = context.formats.map((format) => (format === 'json' ? `${stem}.json` : `${deckStem}.${format}`));
  return { dir: join(context.outDir, quarter), stem, deckStem, files };
}

/** What this account's outputs are made from (see src/output/fingerprint.ts). */
function inputFingerprint(context: AccountContext, file: string, logo: string | undefined, quarter: string): string {
  const { company } = context.config;
  const inputs = [file, logo && resolve(dirname(file), logo), company.logo && resolve(context.config.baseDir, company.logo)];
  const options = { quarter, formats: context.formats, audience: context.audience };
  return fingerprint({ files: inputs.filter((f): f is string => Boolean(f)), config: context.config, options });
}
