/** The skip decision of incremental runs, beside the fingerprint it compares. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Audience } from '../config/config-schema.ts';
import type { ManifestEntry } from './manifest.ts';
import { entryDigest } from './output-digest.ts';
import type { OutputNames } from './output-names.ts';

/**
 * True when an account's outputs can stay as they are: the quarter's manifest holds the same
 * fingerprint for this audience, the last run did not fail it, its entry is as qbr wrote it, and
 * every file asked for is there.
 */
export function unchanged(
  previous: ManifestEntry | undefined,
  fingerprint: string,
  audience: Audience,
  names: OutputNames,
): boolean {
  if (!previous || previous.status === 'failed' || previous.fingerprints[audience] !== fingerprint) return false;
  // An entry edited by hand since it was written is made again, not carried over as qbr's own.
  if (previous.entry_sha256 !== null && previous.entry_sha256 !== entryDigest(previous)) return false;
  return Object.values(names.files).every((file) => existsSync(join(names.dir, file)));
}
