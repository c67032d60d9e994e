/**
 * `npm run drill [-- --only NAME,NAME --runs N --trials N --keep]`: the faults of issue 26 made to
 * happen as an operator would (docs/reliability.md's table), one line each: what qbr did, with
 * the figure measured. Each fault runs in a scratch project of its own under one work folder,
 * removed at the end. The rigs are the e2e tests' (scripts/fault-drill/rigs.ts). A full disk
 * and a read-only `--out` are tmpfs mounts: skipped, saying so, when not run as root.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptFlags } from './script-flags.ts';
import { frozenBrowser, killedAtEachCommand, killedBrowser } from './fault-drill/browser-drills.ts';
import type { Drill } from './fault-drill/drill-kit.ts';
import { seconds } from './fault-drill/drill-kit.ts';
import { importColumns, importNote, killedImport } from './fault-drill/import-drills.ts';
import { mergeRefusals, templateCsp } from './fault-drill/merge-template-drills.ts';
import { killedRun, twoRuns, writeFaults } from './fault-drill/output-drills.ts';
import { CLI_BUNDLED } from './fault-drill/rigs.ts';

/** The faults in the order, by the name `--only` takes. */
const DRILLS: Record<string, Drill> = {
  'frozen-browser': frozenBrowser,
  'killed-browser': killedBrowser,
  'killed-at-each-command': killedAtEachCommand,
  'two-runs': twoRuns,
  'killed-run': killedRun,
  'write-faults': writeFaults,
  'import-note': importNote,
  'import-columns': importColumns,
  'import-killed': killedImport,
  merge: mergeRefusals,
  'template-csp': templateCsp,
};

const HELP = `Usage: npm run drill [-- OPTIONS]

Makes each fault of docs/reliability.md's table happen and prints what qbr did, one line each.

Options:
  --only LIST   some of: ${Object.keys(DRILLS).join(', ')}
  --runs N      runs of killed-browser, a fault that happens by chance (default 8)
  --trials N    trials of two-runs (default 3)
  --keep        keep the work folder
  -h, --help    this help`;

/** The flags, and the faults named by `--only`: one it does not know is said with the usage, exit 2. */
function drillFlags() {
  const values = scriptFlags(
    {
      only: { type: 'string' },
      runs: { type: 'string', default: '8' },
      trials: { type: 'string', default: '3' },
      keep: { type: 'boolean' },
    },
    HELP,
  );
  const only = values.only?.split(',') ?? Object.keys(DRILLS);
  const unknown = only.filter((name) => !(name in DRILLS));
  if (unknown.length > 0) {
    console.log(`no such fault: ${unknown.join(', ')}\n\n${HELP}`);
    process.exit(2);
  }
  return { only, runs: Number(values.runs), trials: Number(values.trials), keep: Boolean(values.keep) };
}

const flags = drillFlags();
const work = mkdtempSync(join(tmpdir(), 'qbr-drill-'));
// The bundle made (or found up to date) once, before runs at once would each make it.
execFileSync(process.execPath, [...CLI_BUNDLED, '--help'], { stdio: 'ignore' });
const begun = performance.now();
try {
  for (const name of flags.only) {
    const started = performance.now();
    const line = await DRILLS[name]!(work, { runs: flags.runs, trials: flags.trials }).catch(
      (error: Error) => `drill failed: ${error.message}`,
    );
    console.log(`${name.padEnd(15)} ${line} [${seconds(performance.now() - started)}]`);
  }
  console.log(`${'total'.padEnd(15)} ${seconds(performance.now() - begun)}`);
} finally {
  if (flags.keep) console.log(`work folder kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
