/** Stage 7, write: every output lands whole or not at all. */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes to a temporary file beside the target, then renames it into place: rename is atomic
 * on one filesystem, so a reader (or a run killed half-way) never sees half a file.
 */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temporary);
  try {
    await writeFile(temporary, content).catch(async (error: NodeJS.ErrnoException) => {
      // The folder is made when a write finds it missing, not asked for before every write: a
      // run writes hundreds of files into one folder, and the asking cost 0.5 ms of this
      // thread a file (147 ms of 300 files, a 100-deck run's profile).
      if (error.code !== 'ENOENT') throw error;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temporary, content);
    });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

const pending = new Set<string>();

/** Removes the temporary files of writes under way: for a process about to exit at once. */
export function removePendingWrites(): void {
  for (const temporary of pending) rmSync(temporary, { force: true });
}
