/** Test helpers: run the CLI in-process and collect what it prints. */
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { main } from '../src/cli.ts';
import { tempDir } from './temp-dirs.ts';

export const ROOT = join(import.meta.dirname, '..');
export const fixturePath = (scenario: string, file = 'account.yaml') => join(ROOT, 'test', 'fixtures', scenario, file);
/** The contract's example account with the logo it names. */
export const contractExample = () => ({ 'logos/acme.png': fixturePath('contract-example', 'logos/acme.png') });

/** Runs a CLI's `main` (the sources', or the bundle's in test/e2e/render.ts); what it printed and its status. */
export async function runMain(
  run: typeof main,
  args: string[],
  cwd: string,
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    ({
      write: (s: string | Uint8Array) => (append(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), true),
    }) as unknown as NodeJS.WritableStream;
  const status = await run(
    args,
    cwd,
    sink((s) => (stdout += s)),
    sink((s) => (stderr += s)),
  );
  return { status, stdout, stderr };
}

/** The CLI from the sources, in-process. */
export const runCli = (args: string[], cwd = ROOT) => runMain(main, args, cwd);

/** A scratch project folder with `data/` holding the given files (name -> source path). */
export function scratchProject(files: Record<string, string>): string {
  const dir = tempDir('qbr-test-');
  mkdirSync(join(dir, 'data'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'data', name)), { recursive: true });
    cpSync(source, join(dir, 'data', name));
  }
  return dir;
}

/** Whether a process with this id exists (a zombie not yet waited for counts as one). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
