/**
 * Issue 26, items 6, 7 and 8: an import that would write a 1 MB note, CSV files of 100,000 and
 * 1,000,000 columns and of 50 MB (with the process's peak memory), and an import killed with
 * SIGKILL as it writes the account files.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { figuresCsv } from '../bench/pull.ts';
import { syntheticAccount } from '../bench/synthetic.ts';
import { type Drill, endedText, runLimited, seconds } from './drill-kit.ts';
import { ROOT, spawnQbr } from './rigs.ts';

const MB = 1024 * 1024;
const PEAK = pathToFileURL(join(import.meta.dirname, 'peak-memory.mjs')).href;

/** `work/name` holding the sample `data/acme.yaml`. */
function acmeProject(work: string, name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'data'), { recursive: true });
  cpSync(join(ROOT, 'data', 'acme.yaml'), join(dir, 'data', 'acme.yaml'));
  return dir;
}

export const importNote: Drill = async (work) => {
  const dir = acmeProject(work, 'import-note');
  const before = readFileSync(join(dir, 'data', 'acme.yaml'));
  const csv = readFileSync(join(ROOT, 'test', 'fixtures', 'import', 'huge-note', 'figures.csv'), 'utf8');
  writeFileSync(join(dir, 'note.csv'), csv.replace('NOTE', 'x'.repeat(MB)));
  const ended = await runLimited(dir, ['import', 'note.csv']);
  const same = readFileSync(join(dir, 'data', 'acme.yaml')).equals(before);
  return `a 1 MB note: ${endedText(ended)} in ${seconds(ended.ms)}, the account file ${same ? 'unchanged' : 'CHANGED'}`;
};

/** An import of `file` in `dir`: how it ended, in how long, at what peak memory. */
async function importMeasured(dir: string, file: string): Promise<string> {
  const peakFile = join(dir, `${file}.peak`);
  process.env.QBR_DRILL_PEAK_FILE = peakFile;
  const ended = await runLimited(dir, ['import', file], ['--import', PEAK]);
  delete process.env.QBR_DRILL_PEAK_FILE;
  const peak = Number(readFileSync(peakFile, 'utf8')) / MB;
  return `${endedText(ended)} in ${seconds(ended.ms)}, peak ${peak.toFixed(0)} MB`;
}

/** A wide CSV of `columns` columns: the header and one row of acme's. */
function wideCsv(columns: number): string {
  const metrics = Array.from({ length: columns - 2 }, (_, n) => `m${n}`);
  return `account,quarter,${metrics.join(',')}\nacme,2027-Q1,${','.repeat(columns - 3)}\n`;
}

export const importColumns: Drill = async (work) => {
  const dir = acmeProject(work, 'import-columns');
  writeFileSync(join(dir, 'wide-100k.csv'), wideCsv(100_000));
  writeFileSync(join(dir, 'wide-1m.csv'), wideCsv(1_000_000));
  const row = 'acme,downtime,2027-Q1,52,\n';
  writeFileSync(join(dir, 'long-50mb.csv'), `account,metric,quarter,value,note\n${row.repeat((50 * MB) / row.length)}`);
  return [
    `100,000 columns: ${await importMeasured(dir, 'wide-100k.csv')}`,
    `1,000,000 columns: ${await importMeasured(dir, 'wide-1m.csv')}`,
    `a 50 MB CSV: ${await importMeasured(dir, 'long-50mb.csv')}`,
  ].join('; ');
};

const KILLED_IMPORT_ACCOUNTS = 100;
/** Killed as the tenth account file's temporary file appears: some files written, most not. */
const KILLED_AT_FILE = 10;

/** `work/name/data` holding the synthetic accounts and `figures.csv` beside it; the accounts' texts. */
function syntheticProject(work: string, name: string, texts: string[]): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'data'), { recursive: true });
  texts.forEach((text, n) => writeFileSync(join(dir, 'data', `bench-${String(n).padStart(4, '0')}.yaml`), text));
  writeFileSync(join(dir, 'figures.csv'), figuresCsv(texts));
  return dir;
}

export const killedImport: Drill = async (work) => {
  const texts = Array.from({ length: KILLED_IMPORT_ACCOUNTS }, (_, n) => syntheticAccount(n));
  const reference = syntheticProject(work, 'import-whole', texts);
  await runLimited(reference, ['import', 'figures.csv']);
  const dir = syntheticProject(work, 'import-killed', texts);
  const { child, done } = spawnQbr(dir, ['import', 'figures.csv']);
  const seen = new Set<string>();
  const watcher = watch(join(dir, 'data'), (_event, name) => {
    if (name?.endsWith('.tmp')) seen.add(name);
    if (seen.size >= KILLED_AT_FILE) child.kill('SIGKILL');
  });
  const ended = await done;
  watcher.close();
  const state = () => {
    const names = readdirSync(join(dir, 'data'));
    const accounts = names.filter((n) => n.endsWith('.yaml') && !n.startsWith('.'));
    const text = (n: string) => readFileSync(join(dir, 'data', n), 'utf8');
    const updated = accounts.filter((n) => text(n) === readFileSync(join(reference, 'data', n), 'utf8')).length;
    const untouched = accounts.filter((n) => text(n) === texts[Number(n.match(/\d+/)![0])]).length;
    return {
      updated,
      untouched,
      other: accounts.length - updated - untouched,
      tmp: names.filter((n) => n.endsWith('.tmp')).length,
    };
  };
  const killed = state();
  const again = await runLimited(dir, ['import', 'figures.csv']);
  const after = state();
  const how =
    ended.signal === 'SIGKILL' ? 'killed as it wrote' : `not killed (${endedText({ ...ended, limited: false })})`;
  return (
    `${how}: ${killed.updated} of ${KILLED_IMPORT_ACCOUNTS} files updated, ${killed.untouched} as before, ` +
    `${killed.other} neither, ${killed.tmp} temporary files; the same import again (${endedText(again)}): ` +
    `${after.updated} updated, ${after.tmp} temporary files`
  );
};
