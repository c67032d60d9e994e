/**
 * Where every output goes. A quarter's folder `<out>/<quarter>` holds two: `customer/`, only
 * what may reach the customer (their deck as PDF, HTML, PowerPoint and mail draft), and `team/`,
 * everything else (the summaries with health and signals, the internal decks and drafts, the
 * manifest, the portfolio). A folder a user zips for a customer can then hold nothing internal.
 * Names are made only of the account id and the quarter, both checked against their patterns, so
 * nothing lands outside `<out>`.
 */
import { join, posix } from 'node:path';
import type { Audience, Format } from '../config/config-schema.ts';

/** The two folders of a quarter, by who may read them. */
export const SIDES = ['customer', 'team'] as const;
export type Side = (typeof SIDES)[number];

/** `manifest.json`, in the team's folder. */
export const MANIFEST_FILE = 'manifest.json';
/** The portfolio page, in the team's folder. */
export const PORTFOLIO_FILE = 'index.html';
/** The portfolio page printed, beside it. */
export const PORTFOLIO_PDF_FILE = 'portfolio.pdf';

/**
 * The one rule: a deck file of the customer's audience is the customer's; the summary (health
 * and signals in it) and anything of the internal audience are the team's.
 */
export function sideOf(format: Format, audience: Audience): Side {
  return audience === 'customer' && format !== 'json' ? 'customer' : 'team';
}

/** `<out>/<quarter>`: the folder of the two sides. */
export const quarterFolder = (outDir: string, quarter: string): string => join(outDir, quarter);

/** `<quarter folder>/team`: the manifest, the portfolio, the summaries and internal decks. */
export const teamFolder = (quarterDir: string): string => join(quarterDir, 'team');

/** True for a path as the manifest lists outputs (`customer/NAME` or `team/NAME`, one level, no `..`). */
export function isOutputPath(path: string): boolean {
  const [side, name, ...rest] = path.split('/');
  return (
    rest.length === 0 &&
    (SIDES as readonly string[]).includes(side ?? '') &&
    name !== undefined &&
    /^[^/\\]+$/.test(name) &&
    name !== '..' &&
    name !== '.'
  );
}

/** How a page in the team's folder links to an output (`../customer/acme-qbr-2026-Q4.pdf`). */
export const linkFromTeam = (outputPath: string): string => posix.relative('team', outputPath);

export interface OutputNames {
  /** The quarter's folder: `<out>/<quarter>`. */
  dir: string;
  /** Each format asked for: its path in the quarter's folder, `customer/NAME` or `team/NAME`. */
  files: Partial<Record<Format, string>>;
}

/** The summary (json) has no audience: both copies share it. */
export function outputNames(
  outDir: string,
  id: string,
  quarter: string,
  formats: readonly Format[],
  audience: Audience,
): OutputNames {
  const stem = `${id}-qbr-${quarter}`;
  const deckStem = audience === 'internal' ? `${stem}-internal` : stem;
  const name = (format: Format) => (format === 'json' ? `${stem}.json` : `${deckStem}.${format}`);
  const files = Object.fromEntries(formats.map((format) => [format, `${sideOf(format, audience)}/${name(format)}`]));
  return { dir: quarterFolder(outDir, quarter), files };
}
