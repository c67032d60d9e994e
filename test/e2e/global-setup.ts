/**
 * Once per e2e run, before any file: the bundle `npm run qbr` runs is built, so no test's time
 * includes building it; a folder is made for renders the files share (test/e2e/shared.ts); and
 * the browser the files open pages in is started (test/e2e/browser.ts). The folder is removed and
 * the browser ended when the run ends.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../helpers.ts';
import { launchTestBrowser } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test/e2e/shared.ts keeps the renders several files read. */
    sharedRenders: string;
    /** The run's browser's endpoint (test/e2e/browser.ts); empty where there is no browser. */
    testBrowser: string;
  }
}

export default async function setup(project: TestProject) {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'qbr.mjs'), '--version'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the bundle npm run qbr runs did not build: ${built.stderr}`);
  const shared = mkdtempSync(join(tmpdir(), 'qbr-e2e-shared-'));
  project.provide('sharedRenders', shared);
  const browser = await launchTestBrowser();
  project.provide('testBrowser', browser?.wsEndpoint() ?? '');
  return async () => {
    await browser?.close();
    rmSync(shared, { recursive: true, force: true });
  };
}
