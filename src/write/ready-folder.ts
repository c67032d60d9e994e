/**
 * A folder made ready for a run's outputs before any deck is rendered: made, proved writable
 * (a full disk or a read-only folder is told once, not after every deck was printed), and
 * cleared of the temporary files of runs killed half-way.
 */
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from './write-atomic.ts';
import { processRunning } from '../process-running.ts';

/** A temporary file of writeAtomic: `.NAME.PID.HEX.tmp`. */
const TEMPORARY = /^\.[^/]+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Throws QBR_WRITE_FAILED, naming `dir`, when a file cannot be written there. */
export async function readyFolder(dir: string): Promise<void> {
  const probe = join(dir, `.qbr-probe-${process.pid}`);
  await writeAtomic(probe, 'qbr');
  await rm(probe, { force: true });
  await removeStaleTemporaries(dir);
}

/** Removes the temporary files under `dir` left by processes no longer running; another run's, under way, stay. */
export async function removeStaleTemporaries(dir: string): Promise<void> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  const stale = names.filter((path) => {
    const pid = TEMPORARY.exec(path.split('/').pop()!)?.[1];
    return pid !== undefined && !processRunning(Number(pid));
  });
  await Promise.all(stale.map((path) => rm(join(dir, path), { force: true })));
}
