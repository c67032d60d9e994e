/**
 * What a manifest records so that `merge` can tell what changed after qbr wrote it: the SHA-256
 * of each output file's bytes, and of each manifest entry's own fields. A health value edited
 * by hand, in a summary or in the manifest, would otherwise be published as qbr's own.
 */
import { createHash } from 'node:crypto';

export const sha256 = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex');

/** Each output's SHA-256, by its path in the quarter's folder (`team/acme-qbr-2025-Q3.json`). */
export const outputDigests = (outputs: Record<string, string | Uint8Array>): Record<string, string> =>
  Object.fromEntries(Object.entries(outputs).map(([path, content]) => [path, sha256(content)]));

/**
 * JSON with every object's keys sorted, so an entry hashes the same in memory and as read back
 * from the file, whatever order its fields stand in.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}

/** The SHA-256 of a manifest entry's fields, all but `entry_sha256`, which holds it. */
export function entryDigest(entry: object): string {
  const { entry_sha256: _itself, ...fields } = entry as Record<string, unknown>;
  return sha256(canonicalJson(fields));
}
