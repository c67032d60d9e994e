/**
 * Two runs into one `--out` (other accounts, at the same time) each read a quarter's manifest,
 * put their entries in and write it back: unguarded, the later write drops the earlier run's
 * entries. So that read-modify-write runs under a lock beside the manifest (proper-lockfile: a
 * folder made atomically, refreshed while held, so it works across processes and machines
 * sharing the folder). A lock left by a killed run is taken over once it is older than STALE_MS.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';

/** A lock not refreshed for this long belongs to a run that died: taken over. */
const STALE_MS = 10_000;
/** Waits up to about two minutes for the other run, which may be printing its portfolio PDF. */
const RETRIES = { retries: 150, factor: 1.2, minTimeout: 20, maxTimeout: 1000 };

/** Runs `work` while this process holds the lock of the manifest at `manifestPath`. */
export async function withManifestLock<T>(manifestPath: string, work: () => Promise<T>): Promise<T> {
  await mkdir(dirname(manifestPath), { recursive: true });
  // A lock found compromised (this process stalled past STALE_MS) is not worth crashing the
  // run over: its outputs are written, and the next run's manifest is read afresh.
  const release = await lockfile.lock(manifestPath, {
    realpath: false,
    stale: STALE_MS,
    retries: RETRIES,
    onCompromised: () => {},
  });
  try {
    return await work();
  } finally {
    await release().catch(() => {});
  }
}
