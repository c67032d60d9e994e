/**
 * `merge DIR ... --out OUT`: the output folders of a run's shards put together, as one run over
 * all the accounts would have written them. Everything is read and checked first (same
 * quarters, same calendar, no account made two different ways); only then is anything written.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pMap from 'p-map';
import { QUARTER_PATTERN } from '../calendar/written-forms.ts';
import { QbrError } from '../errors.ts';
import type { Language } from '../i18n/languages.ts';
import type { Printer } from '../print/printer.ts';
import { writeAtomic } from '../write/write-atomic.ts';
import { manifestSchema, type Manifest, type ManifestEntry } from './manifest.ts';
import { isOutputPath, MANIFEST_FILE, PORTFOLIO_PDF_FILE, quarterFolder, teamFolder } from './output-names.ts';
import type { PortfolioColors } from './portfolio-view.ts';
import { publishQuarter } from './publish.ts';
import { checkManifestEntries, checkOutputBytes } from './shard-integrity.ts';

/** One quarter folder of one shard's output. */
interface ShardFolder {
  /** The quarter's folder, holding `customer/` and `team/`. */
  dir: string;
  manifest: Manifest;
}

/** What a merge will write for one quarter: the files to copy and the manifest's entries. */
export interface QuarterMerge {
  quarter: string;
  manifest: Pick<Manifest, 'fiscal_year' | 'program'>;
  entries: ManifestEntry[];
  /** Output path in the quarter's folder (`customer/NAME`) -> the file to copy it from, and its bytes' SHA-256. */
  copies: Map<string, { source: string; sha256: string }>;
  /** The shards made PDFs: the merged portfolio is printed too. */
  pdf: boolean;
  /** Shards of `I/N` none of the folders is (`2/3`): their accounts are missing. */
  missingShards: string[];
}

const conflict = (message: string, hint = 'Merge the folders of one run only: every shard of it, each once.') =>
  new QbrError('QBR_MERGE', message, hint);

const manifestIn = (quarterDir: string) => join(teamFolder(quarterDir), MANIFEST_FILE);

/** The quarter folders under `dir` (or `dir` itself when it is one), by quarter. */
function quarterFolders(dir: string): Map<string, ShardFolder> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new QbrError('QBR_USAGE', `no such folder: ${dir}`, 'Name the output folders of the shards (their --out).');
  const dirs = existsSync(manifestIn(dir))
    ? [dir]
    : readdirSync(dir)
        .filter((name) => QUARTER_PATTERN.test(name) && existsSync(manifestIn(join(dir, name))))
        .map((name) => join(dir, name));
  if (dirs.length === 0)
    throw conflict(
      `${dir} holds no qbr output: no team/${MANIFEST_FILE} in it or in a quarter folder under it`,
      'Name the folders the shards wrote (their --out).',
    );
  return new Map(
    dirs.map((d) => {
      const text = readFileSync(manifestIn(d), 'utf8');
      const manifest = readStrict(manifestIn(d), text);
      checkManifestEntries(manifestIn(d), text);
      return [manifest.quarter, { dir: d, manifest }];
    }),
  );
}

/** `text`, the manifest at `path`, parsed; anything but a qbr manifest is refused. */
function readStrict(path: string, text: string): Manifest {
  try {
    return manifestSchema.parse(JSON.parse(text));
  } catch (error) {
    throw conflict(
      `${path} is not a qbr manifest: ${(error as Error).message.split('\n')[0]}`,
      'Name the folders qbr wrote, untouched.',
    );
  }
}

/** Reads and checks every folder; throws before anything is written. */
export function planMerge(dirs: string[]): QuarterMerge[] {
  const shards = dirs.map((dir) => ({ dir, quarters: quarterFolders(dir) }));
  const quarters = [...shards[0]!.quarters.keys()].sort();
  for (const shard of shards.slice(1)) {
    const theirs = [...shard.quarters.keys()].sort();
    if (theirs.join() !== quarters.join()) {
      throw conflict(
        `${shards[0]!.dir} holds ${quarters.join(', ')} but ${shard.dir} holds ${theirs.join(', ')}: these are not shards of one run, which all review the same quarter`,
      );
    }
  }
  return quarters.map((quarter) =>
    planQuarter(
      quarter,
      shards.map((s) => s.quarters.get(quarter)!),
    ),
  );
}

function planQuarter(quarter: string, folders: ShardFolder[]): QuarterMerge {
  const [first] = folders as [ShardFolder];
  for (const folder of folders) {
    if (JSON.stringify(folder.manifest.fiscal_year) !== JSON.stringify(first.manifest.fiscal_year)) {
      throw conflict(`${folder.dir} and ${first.dir} count ${quarter} in different fiscal years`);
    }
  }
  checkSameProgram(folders);
  const byAccount = new Map<string, { entry: ManifestEntry; dir: string }>();
  const copies: QuarterMerge['copies'] = new Map();
  for (const { dir, manifest } of folders) {
    for (const entry of manifest.accounts) {
      const before = byAccount.get(entry.account);
      if (before) checkSameAccount(before, { entry, dir });
      byAccount.set(entry.account, { entry, dir });
      for (const output of entry.outputs) planCopy(copies, output, dir, entry);
    }
  }
  return {
    quarter,
    manifest: {
      fiscal_year: first.manifest.fiscal_year,
      program: folders.find((f) => f.manifest.program)?.manifest.program,
    },
    entries: folders.flatMap((f) => f.manifest.accounts),
    copies,
    pdf: folders.some((f) => existsSync(join(teamFolder(f.dir), PORTFOLIO_PDF_FILE))),
    missingShards: missingShards(folders),
  };
}

/** Shards made by different versions of qbr (or of its templates) would publish figures no one run made. */
function checkSameProgram(folders: ShardFolder[]): void {
  const stamped = folders.filter((f) => f.manifest.program !== undefined);
  const other = stamped.find((f) => f.manifest.program !== stamped[0]!.manifest.program);
  if (other) {
    throw conflict(
      `${stamped[0]!.dir} and ${other.dir} were made by different versions of qbr or its templates`,
      'Render every shard again with one version of qbr, then merge.',
    );
  }
}

/** The same account in two folders must have been made the same way: same inputs for each audience both made. */
function checkSameAccount(a: { entry: ManifestEntry; dir: string }, b: { entry: ManifestEntry; dir: string }): void {
  const reviewed = (e: ManifestEntry) => e.status === 'rendered' || e.status === 'unchanged';
  const sameFingerprints = Object.keys(a.entry.fingerprints).every(
    (audience) =>
      !(audience in b.entry.fingerprints) || a.entry.fingerprints[audience] === b.entry.fingerprints[audience],
  );
  const same =
    reviewed(a.entry) && reviewed(b.entry)
      ? sameFingerprints
      : JSON.stringify({ ...a.entry, status: '' }) === JSON.stringify({ ...b.entry, status: '' });
  if (!same)
    throw conflict(
      `${a.entry.account} is in ${a.dir} and in ${b.dir}, made from different inputs: these folders come from different runs`,
    );
}

function planCopy(copies: QuarterMerge['copies'], output: string, dir: string, entry: ManifestEntry): void {
  const source = join(dir, output);
  if (!isOutputPath(output) || !existsSync(source))
    throw conflict(
      `${manifestIn(dir)} lists ${output} for ${entry.account}, but the folder has no such file`,
      'Download or copy the whole folder again.',
    );
  // Only what qbr writes is copied: a symbolic link (to a file or a folder) could bring anything into OUT.
  if (!lstatSync(join(dir, dirname(output))).isDirectory() || !lstatSync(source).isFile()) {
    throw conflict(
      `${source} is not a regular file (a symbolic link?): merge copies only the files qbr wrote`,
      'Download or copy the whole folder again, without links.',
    );
  }
  const sha256 = checkOutputBytes(source, output, entry, manifestIn(dir));
  // Both files' bytes were just checked against their SHA-256: equal digests are equal bytes.
  const planned = copies.get(output);
  if (planned && planned.sha256 !== sha256)
    throw conflict(`${output} differs between ${planned.source} and ${source}: these folders come from different runs`);
  copies.set(output, { source, sha256 });
}

/** The shards of `I/N` that no folder is, when the folders say which shards they are. */
function missingShards(folders: ShardFolder[]): string[] {
  const labels = folders.map((f) => f.manifest.shard).filter((s): s is string => s !== undefined);
  const counts = new Set(labels.map((s) => s.split('/')[1]));
  if (counts.size > 1) throw conflict(`the folders are shards of runs split ${[...counts].join(' and ')} ways`);
  const [count] = [...counts];
  if (count === undefined) return [];
  return Array.from({ length: Number(count) }, (_, i) => `${i + 1}/${count}`).filter(
    (label) => !labels.includes(label),
  );
}

export interface MergeWriteOptions {
  outDir: string;
  /** Prints each quarter's portfolio.pdf when the shards made PDFs. */
  printer: Printer | null;
  /** Our company: the PDF's author. */
  author: string;
  /** The portfolio's language: the config's. */
  language: Language;
  /** The portfolio's colours: the config's `company.colors`. */
  colors: PortfolioColors;
}

/** Copies the outputs and writes each quarter's manifest and portfolio; returns the quarter folders. */
export async function writeMerge(plan: QuarterMerge[], options: MergeWriteOptions): Promise<string[]> {
  const folders: string[] = [];
  for (const quarter of plan) {
    const dir = quarterFolder(options.outDir, quarter.quarter);
    await pMap(quarter.copies, ([name, { source }]) => writeAtomic(join(dir, name), readFileSync(source)), {
      concurrency: 8,
    });
    const printer = quarter.pdf ? options.printer : null;
    const run = { fiscalYear: quarter.manifest.fiscal_year, program: quarter.manifest.program };
    await publishQuarter(dir, quarter.quarter, quarter.entries, {
      ...run,
      printer,
      author: options.author,
      language: options.language,
      colors: options.colors,
    });
    folders.push(dir);
  }
  return folders;
}
