/**
 * `out/<quarter>/team/manifest.json`: every account of that quarter's folder, with its outputs,
 * status, health and signals, what is at stake (contract value, renewal, owner) and, for a
 * failed account, why. For CI and the portfolio page. A run updates the entries of the
 * accounts it touched and keeps the others. Fields are only ever added, with defaults, so a
 * manifest written by an older qbr still reads.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { fiscalYearSchema, quarterEnd, type FiscalYear } from '../calendar/fiscal-year.ts';
import { HEALTH_HISTORY_QUARTERS } from '../analyse/history.ts';
import type { AccountReview } from '../analyse/review.ts';
import { SIGNAL_IDS } from '../analyse/summary-schema.ts';

/** A signal as the manifest keeps it: `params` is optional, so manifests written before it still read. */
const manifestSignalSchema = z.object({
  id: z.enum(SIGNAL_IDS),
  detail: z.string(),
  params: z.record(z.string(), z.unknown()).optional(),
});
import { QbrError } from '../errors.ts';
import { programFingerprint } from '../program-fingerprint.ts';
import { entryDigest, outputDigests } from './output-digest.ts';
import type { Account } from '../validate/account-schema.ts';

/** `rendered` this run, `unchanged` (inputs as before, outputs kept), `failed`, or `not_started` (the contract starts after the quarter). */
export const ENTRY_STATUSES = ['rendered', 'unchanged', 'failed', 'not_started'] as const;

export const manifestEntrySchema = z.object({
  account: z.string(),
  name: z.string(),
  quarter: z.string(),
  status: z.enum(ENTRY_STATUSES),
  /** Paths in the quarter's folder (`customer/NAME`, `team/NAME`: see output-names.ts), of every audience rendered. */
  outputs: z.array(z.string()),
  /** Per audience: what the outputs were made from (see src/output/fingerprint.ts). */
  fingerprints: z.record(z.string(), z.string()),
  health: z.number().nullable(),
  /** Health in the quarter before, from the same data; null in the contract's first quarter. */
  health_previous: z.number().nullable().default(null),
  /** Health in the last eight quarters (fewer in a young contract), oldest first, this quarter last. */
  health_history: z.array(z.object({ quarter: z.string(), health: z.number() })).default([]),
  /** The signals raised this quarter that were not raised in the quarter before. */
  signals_raised: z.array(z.enum(SIGNAL_IDS)).default([]),
  promises: z
    .object({ total: z.number(), met: z.number(), on_track: z.number(), at_risk: z.number(), missed: z.number() })
    .nullable(),
  value: z.object({ delivered: z.number(), invested: z.number(), roi: z.number(), currency: z.string() }).nullable(),
  adoption_rate: z.number().nullable(),
  signals: z.array(manifestSignalSchema),
  /** What is at stake: the contract's start, renewal and annual value; null when the file could not be read. */
  contract: z
    .object({ start: z.string(), renewal: z.string().nullable(), annual_value: z.number(), currency: z.string() })
    .nullable()
    .default(null),
  /** The account's owner: the first of our `team`; null when there is none. */
  owner: z.string().nullable().default(null),
  /** Why the account failed (the error's message); null otherwise. */
  error: z.string().nullable(),
  /** The failure's stable code (`QBR_INVALID_DATA`, ...); null when it is a bug in qbr, or nothing failed. */
  error_code: z.string().nullable().default(null),
  /** Per output path: the SHA-256 of the bytes written, so merge refuses a file changed since (output-digest.ts). */
  output_sha256: z.record(z.string(), z.string()).default({}),
  /** The SHA-256 of this entry's other fields, written with the manifest, so merge refuses an entry edited by hand. */
  entry_sha256: z.string().nullable().default(null),
});

export const manifestSchema = z.object({
  quarter: z.string(),
  /** The quarter's last calendar day. */
  as_of: z.string().optional(),
  /** The calendar the quarter is counted in (default: calendar quarters). */
  fiscal_year: fiscalYearSchema.prefault({}),
  /** `I/N` when the last run into this folder rendered one shard of the accounts (`--shard`). */
  shard: z.string().optional(),
  /** The program that last wrote the folder (src/program-fingerprint.ts): merge refuses shards of different ones. */
  program: z.string().optional(),
  accounts: z.array(manifestEntrySchema),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

/** The contract and owner of an account, for every entry that has the account. */
function stakes(account: Account): Pick<ManifestEntry, 'name' | 'contract' | 'owner'> {
  const { start, renewal, annual_value } = account.contract;
  return {
    name: account.name,
    contract: { start, renewal: renewal ?? null, annual_value, currency: account.currency },
    owner: account.team[0]?.name ?? null,
  };
}

const noFigures = {
  outputs: [],
  fingerprints: {},
  health: null,
  health_previous: null,
  health_history: [],
  signals_raised: [],
  promises: null,
  value: null,
  adoption_rate: null,
  signals: [],
  error: null,
  error_code: null,
  output_sha256: {},
  entry_sha256: null,
};

/** A rendered account's entry: the figures a portfolio shows, and what each output's bytes hash to. */
export function entryFromReview(
  review: AccountReview,
  outputs: Record<string, string | Uint8Array>,
  fingerprints: Record<string, string>,
): ManifestEntry {
  const { summary } = review;
  const count = (status: string) => summary.promises.filter((p) => p.status === status).length;
  return {
    ...noFigures,
    ...stakes(review.account),
    account: summary.account,
    quarter: summary.quarter,
    status: 'rendered',
    outputs: Object.keys(outputs),
    fingerprints,
    output_sha256: outputDigests(outputs),
    health: summary.health,
    health_previous: review.previous?.health ?? null,
    health_history: review.healthHistory.slice(-HEALTH_HISTORY_QUARTERS),
    signals_raised: summary.changes?.signals_raised ?? [],
    promises: {
      total: summary.promises.length,
      met: count('met'),
      on_track: count('on_track'),
      at_risk: count('at_risk'),
      missed: count('missed'),
    },
    value: { ...summary.value, currency: summary.currency },
    adoption_rate: summary.adoption?.rate ?? null,
    signals: summary.signals,
  };
}

/** An account whose contract starts after the quarter: listed, with nothing to review yet. */
export function notStartedEntry(account: Account, quarter: string): ManifestEntry {
  return { ...noFigures, ...stakes(account), account: account.id, quarter, status: 'not_started' };
}

/**
 * A failed account: its id (from the file name when the file could not be read), the error's
 * code and message, and its contract when it was read.
 */
export function failedEntry(id: string, account: Account | null, quarter: string, error: unknown): ManifestEntry {
  const known = account ? stakes(account) : { name: id, contract: null, owner: null };
  const code = error instanceof QbrError ? error.code : null;
  const message = error instanceof QbrError ? error.message : `qbr bug: ${(error as Error)?.message ?? String(error)}`;
  return { ...noFigures, ...known, account: id, quarter, status: 'failed', error: message, error_code: code };
}

/** The manifest already in a quarter's folder; an unreadable one counts as none. */
export async function readManifest(path: string, quarter: string): Promise<Manifest> {
  try {
    return manifestSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return { quarter, fiscal_year: { start_month: 1, named_by: 'end' }, accounts: [] };
  }
}

/** What a run says about the folder it writes: its calendar, and its shard when it rendered one. */
export interface ManifestRun {
  fiscalYear: FiscalYear;
  shard?: string | undefined;
  /** The program the entries were made by (default: this one; a merge passes its shards'). */
  program?: string | undefined;
}

/**
 * `previous` with `entries` put in (by account id), sorted by account. An account's outputs and
 * fingerprints of other audiences (its customer deck beside its internal one) are kept.
 */
export function mergeManifest(previous: Manifest, entries: ManifestEntry[], run: ManifestRun): Manifest {
  const byAccount = new Map(previous.accounts.map((e) => [e.account, e]));
  for (const entry of entries) {
    const before = byAccount.get(entry.account);
    const outputs = [...new Set([...(before?.outputs ?? []), ...entry.outputs])].sort();
    byAccount.set(entry.account, {
      ...entry,
      outputs,
      fingerprints: { ...before?.fingerprints, ...entry.fingerprints },
      output_sha256: { ...before?.output_sha256, ...entry.output_sha256 },
    });
  }
  const touched = new Set(entries.map((e) => e.account));
  // Parsed again so every entry has the schema's fields in the schema's order, old or new. An
  // entry this run did not touch keeps the digest it was read with: one edited by hand stays
  // found out, not sealed anew.
  const accounts = [...byAccount.values()]
    .map((e) => manifestEntrySchema.parse(e))
    .map((e) => (touched.has(e.account) ? { ...e, entry_sha256: entryDigest(e) } : e))
    .sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
  const { quarter } = previous;
  const program = run.program ?? programFingerprint();
  return {
    quarter,
    as_of: quarterEnd(quarter, run.fiscalYear),
    fiscal_year: run.fiscalYear,
    ...(run.shard ? { shard: run.shard } : {}),
    program,
    accounts,
  };
}
