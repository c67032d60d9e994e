/**
 * `merge` publishes a shard's figures as qbr's own, so it takes only what qbr wrote: each
 * manifest entry must still hash to the `entry_sha256` written with it, and each file to copy
 * to the `output_sha256` its entry records. A health edited by hand, in the manifest or in a
 * summary, is refused with its place (`QBR_SHARD_EDITED`).
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { QbrError } from '../errors.ts';
import { nodeAt } from '../load/position.ts';
import { shownPath } from '../load/shown-path.ts';
import type { ManifestEntry } from './manifest.ts';
import { entryDigest, sha256 } from './output-digest.ts';

// --force: an edited output beside an unchanged account file would otherwise be skipped as unchanged.
const RENDER_AGAIN =
  'Render that shard again with --force (or download its folder again), then merge; ' +
  'edit the account files, not the outputs.';

/** Throws for the first entry of a manifest's text whose fields no longer hash to its `entry_sha256`. */
export function checkManifestEntries(manifestPath: string, text: string): void {
  const accounts = (JSON.parse(text) as { accounts?: unknown }).accounts;
  if (!Array.isArray(accounts)) return;
  accounts.forEach((entry: Record<string, unknown>, index) => {
    if (entry.entry_sha256 === entryDigest(entry)) return;
    const why =
      typeof entry.entry_sha256 === 'string'
        ? 'was changed after qbr wrote it: its fields no longer match its entry_sha256'
        : 'has no entry_sha256: it was written by a qbr older than this one, or by hand';
    throw new QbrError(
      'QBR_SHARD_EDITED',
      `${entryPlace(manifestPath, text, index)} accounts[${index}] (${String(entry.account)}) ${why}`,
      RENDER_AGAIN,
    );
  });
}

/** `team/manifest.json:12:5`: where entry `index` starts in the manifest's text. */
function entryPlace(manifestPath: string, text: string, index: number): string {
  const lineCounter = new LineCounter();
  const node = nodeAt(parseDocument(text, { lineCounter }), ['accounts', index]);
  const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
  return `${shownPath(manifestPath)}:${line}:${col}`;
}

/** `source`'s SHA-256; throws unless it is what `entry` (of `manifestPath`) records for `output`. */
export function checkOutputBytes(source: string, output: string, entry: ManifestEntry, manifestPath: string): string {
  const recorded = entry.output_sha256[output];
  const found = sha256(readFileSync(source));
  if (recorded === found) return found;
  const why =
    recorded === undefined
      ? `${shownPath(manifestPath)} records no SHA-256 for it (written by an older qbr)`
      : `its bytes no longer match the SHA-256 ${shownPath(manifestPath)} records for ${entry.account}`;
  throw new QbrError('QBR_SHARD_EDITED', `${shownPath(source)} was changed after qbr wrote it: ${why}`, RENDER_AGAIN);
}
