/**
 * `out/<quarter>/manifest.json`: every account rendered into that quarter's folder, with its
 * outputs, status, health and signals, for CI and the portfolio page. A run updates the
 * entries of the accounts it touched and keeps the others.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { signalSchema, type Summary } from '../analyse/summary-schema.ts';

export const manifestEntrySchema = z.object({
  account: z.string(),
  name: z.string(),
  quarter: z.string(),
  /** `rendered` this run, `unchanged` (inputs as before, outputs kept) or `failed`. */
  status: z.enum(['rendered', 'unchanged', 'failed']),
  /** File names in the quarter's folder, of every audience rendered. */
  outputs: z.array(z.string()),
  /** Per audience: what the outputs were made from (see src/output/fingerprint.ts). */
  fingerprints: z.record(z.string(), z.string()),
  health: z.number().nullable(),
  promises: z.object({ total: z.number(), met: z.number(), on_track: z.number(), at_risk: z.number(), missed: z.number() }).nullable(),
  value: z.object({ delivered: z.number(), invested: z.number(), roi: z.number(), currency: z.string() }).nullable(),
  adoption_rate: z.number().nullable(),
  signals: z.array(signalSchema),
  error: z.string().nullable(),
});

export const manifestSchema = z.object({ quarter: z.string(), accounts: z.array(manifestEntrySchema) });

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export const MANIFEST_FILE = 'manifest.json';

/** An entry from a summary: the figures a portfolio shows. */
export function entryFromSummary(summary: Summary, outputs: string[], fingerprints: Record<string, string>): ManifestEntry {
  const count = (status: string) => summary.promises.filter((p) => p.status === status).length;
  return {
    account: summary.account,
    name: summary.name,
    quarter: summary.quarter,
    status: 'rendered',
    outputs,
    fingerprints,
    health: summary.health,
    promises: { total: summary.promises.length, met: count('met'), on_track: count('on_track'), at_risk: count('at_risk'), missed: count('missed') },
    value: { ...summary.value, currency: summary.currency },
    adoption_rate: summary.adoption?.rate ?? null,
    signals: summary.signals,
    error: null,
  };
}

/** The manifest already in a quarter's folder; an unreadable one counts as none. */
export async function readManifest(path: string, quarter: string): Promise<Manifest> {
  try {
    return manifestSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return { quarter, accounts: [] };
  }
}

/**
 * `previous` with `entries` put in (by account id), sorted by account. An account's outputs and
 * fingerprints of other audiences (its customer deck beside its internal one) are kept.
 */
export function mergeManifest(previous: Manifest, entries: ManifestEntry[]): Manifest {
  const byAccount = new Map(previous.accounts.map((e) => [e.account, e]));
  for (const entry of entries) {
    const before = byAccount.get(entry.account);
    const outputs = [...new Set([...(before?.outputs ?? []), ...entry.outputs])].sort();
    byAccount.set(entry.account, { ...entry, outputs, fingerprints: { ...before?.fingerprints, ...entry.fingerprints } });
  }
  return { quarter: previous.quarter, accounts: [...byAccount.values()].sort((a, b) => a.account.localeCompare(b.account)) };
}
