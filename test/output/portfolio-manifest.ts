/** The manifest the portfolio tests render, and how they read the page back. */
import type { Manifest, ManifestEntry } from '../../src/output/manifest.ts';

const CALENDAR = { start_month: 1, named_by: 'end' } as const;

/** A reviewed account's manifest entry, with the fields a test cares about. */
export function entry(
  account: string,
  fields: Partial<ManifestEntry> & { annual?: number; currency?: string; renewal?: string | null },
): ManifestEntry {
  const { annual = 0, currency = 'USD', renewal = null, ...rest } = fields;
  return {
    account,
    name: account.toUpperCase(),
    quarter: '2026-Q4',
    status: 'rendered',
    outputs: [`customer/${account}-qbr-2026-Q4.pdf`],
    fingerprints: {},
    health: 70,
    health_previous: 70,
    health_history: [],
    signals_raised: [],
    promises: { total: 2, met: 1, on_track: 0, at_risk: 1, missed: 0 },
    value: { delivered: 10, invested: 20, roi: 0.5, currency },
    adoption_rate: 0.5,
    signals: [],
    contract: { start: '2025-01-01', renewal, annual_value: annual, currency },
    owner: 'Dana Whitfield',
    error: null,
    error_code: null,
    output_sha256: {},
    entry_sha256: null,
    ...rest,
  };
}

/**
 * Seven accounts of 2026-Q4 in three currencies: reviewed, failed and not started, with and
 * without owners. Q4 2026 ends 2026-12-31; "renewing in the next two quarters" is 2027-01-01 .. 2027-06-30.
 */
export const manifest: Manifest = {
  quarter: '2026-Q4',
  as_of: '2026-12-31',
  fiscal_year: CALENDAR,
  accounts: [
    entry('acme', {
      annual: 240_000,
      renewal: '2027-01-01',
      health: 65,
      health_previous: 70,
      signals: [{ id: 'unfulfilled_promise', detail: 'One missed.' }],
    }),
    entry('xeno', { annual: 100_000, renewal: '2027-06-30', health: 40, health_previous: 40 }),
    entry('yarrow', { annual: 60_000, renewal: '2027-07-01', health: 45, health_previous: null, owner: 'Sam Okoro' }),
    entry('zinc', {
      annual: 180_000,
      currency: 'EUR',
      renewal: '2026-12-31',
      health: 90,
      health_previous: 85,
      owner: null,
    }),
    entry('f', {
      ...failed(),
      contract: null,
      owner: null,
      error: 'data/f.yaml:3:5 name: must not be empty',
      error_code: 'QBR_INVALID_DATA',
    }),
    entry('gamma', {
      ...failed(),
      name: 'Gamma Ltd',
      annual: 96_000,
      currency: 'GBP',
      renewal: '2027-03-01',
      owner: null,
      error: 'the deck took more than 60000 ms to print',
      error_code: 'QBR_BROWSER_FAILED',
    }),
    entry('north', {
      ...notStarted(),
      annual: 50_000,
      currency: 'EUR',
      renewal: '2028-01-01',
      owner: 'Zoe Ahmed',
      contract: { start: '2027-02-01', renewal: '2028-01-01', annual_value: 50_000, currency: 'EUR' },
    }),
  ],
};
function failed(): Partial<ManifestEntry> {
  return {
    status: 'failed',
    outputs: [],
    health: null,
    health_previous: null,
    promises: null,
    value: null,
    adoption_rate: null,
  };
}
function notStarted(): Partial<ManifestEntry> {
  return {
    status: 'not_started',
    outputs: [],
    health: null,
    health_previous: null,
    promises: null,
    value: null,
    adoption_rate: null,
  };
}

/** A `<tbody data-owner=...>` of the totals table. */
export const tbody = (page: string, owner: string) =>
  page.slice(
    page.indexOf(`<tbody data-owner="${owner}"`),
    page.indexOf('</tbody>', page.indexOf(`<tbody data-owner="${owner}"`)),
  );
/** The text of each table cell, white space made single. */
export const cells = (html: string) =>
  [...html.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
