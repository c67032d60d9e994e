/** Stage 7, write: every output lands whole or not at all. */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFailed } from './write-failed.ts';

/**
 * Writes to a temporary file beside the target, then renames it into place: rename is atomic
 * on one filesystem, so a reader (or a run killed half-way) never sees half a file.
 */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = temporaryBeside(path);
  pending.add(temporary);
  try {
    await writeFile(temporary, content).catch(async (error: NodeJS.ErrnoException) => {
      // The folder is made when a write finds it missing, not asked for before every write: a
      // run writes hundreds of files into one folder, and asking for each cost this thread more
      // than the write itself in a 100-deck run's profile. A file where
      // a folder must be (ENOTDIR) goes to mkdir too, whose error names that folder, not the
      // temporary file.
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw error;
      await makeFolder(dirname(path));
      await writeFile(temporary, content);
    });
    await rename(temporary, path);
  } catch (error) {
    // The write's error is the one to tell, not a failure to remove what it may have left.
    await rm(temporary, { force: true }).catch(() => {});
    throw writeFailed(error, dirname(path));
  } finally {
    pending.delete(temporary);
  }
}

/**
 * `.NAME.PID.HEX.tmp` beside `path`: the name `removeStaleTemporaries` recognises, whose process
 * id tells a later run whether the write may still be under way.
 */
export function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * `mkdir -p` that tells the system's reason: node's recursive mkdir says ENOENT where a folder
 * cannot be made on a read-only disk; made one level at a time, the last level says EROFS.
 */
async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(dir) === dir) throw error;
    await makeFolder(dirname(dir));
    await mkdir(dir);
  }
}

const pending = new Set<string>();

/** Removes the temporary files of writes under way: for a process about to exit at once. */
export function removePendingWrites(): void {
  for (const temporary of pending) rmSync(temporary, { force: true });
}
