/**
 * Temporary folders for tests, each removed after its test file: `tempDir` makes one and notes
 * it, and test/setup.ts (every project's setup file) removes what was noted, so no test leaves
 * folders in the system's temporary folder whatever it makes them for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty folder under the system's temporary folder, named `prefix` and a random tail. */
export function tempDir(prefix = 'qbr-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made so far. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
