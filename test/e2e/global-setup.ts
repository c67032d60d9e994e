/**
 * Once per e2e run, before any file: the bundle `npm run qbr` runs is built, so no test's time
 * includes building it; and a folder is made for renders the files share (test/e2e/shared.ts),
 * removed when the run ends.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CLI } from './render.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test/e2e/shared.ts keeps the renders several files read. */
    sharedRenders: string;
  }
}

export default function setup(project: TestProject) {
  const built = spawnSync(process.execPath, [...CLI, '--version'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the bundle npm run qbr runs did not build: ${built.stderr}`);
  const shared = mkdtempSync(join(tmpdir(), 'qbr-e2e-shared-'));
  project.provide('sharedRenders', shared);
  return () => rmSync(shared, { recursive: true, force: true });
}
