/**
 * The benchmark itself (see scripts/bench.ts, which reads the flags first): loaded only once
 * the flags are good, so `--help` and a mistyped flag answer without loading the pipeline.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pMap from 'p-map';
import { build, type DeckEvent } from '../../src/build.ts';
import type { StageTimings } from '../../src/stage-timings.ts';
import type { Format } from '../../src/config/config-schema.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { CACHE_DIR } from '../../src/paths.ts';
import { processTreeBytes } from '../../src/print/browser-memory.ts';
import { findBrowser } from '../../src/print/find-browser.ts';
import { Printer } from '../../src/print/printer.ts';
import { printBare } from './bare-floor.mjs';
import { CpuMeter, cpuBetween, type CpuReading } from './cpu-meter.ts';
import { benchChanges } from './changes.ts';
import { benchEml } from './eml.ts';
import { benchPull } from './pull.ts';
import { syntheticAccount } from './synthetic.ts';
import { values } from './flags.ts';
import { median } from './median.ts';

/** `--format pdf,html,json,pptx` measures what the PowerPoint adds (default: the config's formats). */
const formats = values.format?.split(',') as Format[] | undefined;
const count = Number(values.accounts ?? 100);
const concurrency = Number(values.concurrency ?? availableParallelism());
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'qbr-bench-'));
const browserPath = findBrowser({});
const meter = new CpuMeter();
const MB = 1024 * 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const row = (label: string, value: string, note = '') => console.log(`${label.padEnd(46)}${value.padEnd(12)}${note}`);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');

/** Wall-clock time and CPU (node, browser and the rest) of one phase. */
async function measure<T>(
  phase: () => Promise<T> | T,
): Promise<{ result: T; ms: number; cpu: { node: number; rest: number | null } }> {
  const start: CpuReading = meter.read();
  const started = performance.now();
  const result = await phase();
  return { result, ms: performance.now() - started, cpu: cpuBetween(start, meter.read()) };
}
const cpuText = ({ node, rest }: { node: number; rest: number | null }, per = 1) =>
  `CPU: node ${seconds(node / per)}${rest === null ? '' : `, browser and rest ${seconds(rest / per)}, together ${seconds((node + rest) / per)}`}${per > 1 ? ' a deck' : ''}`;

console.log(
  `qbr benchmark: concurrency ${concurrency}, ${availableParallelism()} cores, node ${process.version}, ${browserPath}; CPU by ${meter.method}\n`,
);
if (values.only === undefined || values.only === 'one') await oneDeck();
if (values.only === undefined || values.only === 'batch') await batch();
if (values.only === undefined || values.only === 'eml')
  await benchEml({ work, count, rounds: Number(values.rounds), formats, runCli, freshStart, row });
// 1,000 accounts unless --accounts says otherwise (the pull's target is stated for 80,000 rows),
// three runs of each unless --runs, each way first once: one run each ranked the ways by the
// moment each ran in on a shared machine.
if (values.only === undefined || values.only === 'pull')
  await benchPull(work, Number(values.accounts ?? 1000), Number(values.runs ?? 3), meter, row);
if (values.only === undefined || values.only === 'changes')
  benchChanges(work, root, Number(values.accounts ?? 1000), Number(values.runs ?? 3), row);
meter.close();
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nfiles kept in ${work}`);

/**
 * One deck, cold, whole processes as a user runs them, interleaved so both see the same minute
 * of a shared machine. The first run of each (building the bundle, warming the disk cache) is
 * not counted.
 */
async function oneDeck(): Promise<void> {
  const qbrOut = join(work, 'one');
  const bareOut = join(work, 'one-bare');
  mkdirSync(bareOut, { recursive: true });
  const qbrRun = () =>
    execFileSync(process.execPath, ['scripts/qbr.mjs', 'acme', '--force', '--out', qbrOut], {
      cwd: root,
      stdio: 'ignore',
    });
  qbrRun();
  const html = join(work, 'acme.html');
  copyFileSync(join(qbrOut, '2026-Q4', 'customer', 'acme-qbr-2026-Q4.html'), html);
  const bareRun = () =>
    execFileSync(process.execPath, ['scripts/bench/bare-floor.mjs', '--browser', browserPath, '--out', bareOut, html], {
      cwd: root,
      stdio: 'ignore',
    });
  bareRun();
  const runs = {
    qbr: [] as Array<{ ms: number; cpu: number | null }>,
    bare: [] as Array<{ ms: number; cpu: number | null }>,
  };
  for (let run = 0; run < Number(values.runs ?? 7); run++) {
    for (const [name, fn] of [
      ['qbr', qbrRun],
      ['bare', bareRun],
    ] as const) {
      const { ms, cpu } = await measure(fn);
      runs[name].push({ ms, cpu: cpu.rest });
    }
  }
  const wall = { qbr: median(runs.qbr.map((r) => r.ms)), bare: median(runs.bare.map((r) => r.ms)) };
  const cpu =
    runs.qbr[0]!.cpu === null
      ? null
      : { qbr: median(runs.qbr.map((r) => r.cpu!)), bare: median(runs.bare.map((r) => r.cpu!)) };
  const list = (name: 'qbr' | 'bare') => runs[name].map((r) => (r.ms / 1000).toFixed(2)).join(', ');
  console.log(`one deck (acme), whole process, interleaved, medians of ${values.runs ?? 7}`);
  row(
    '  qbr: node scripts/qbr.mjs acme --force',
    seconds(wall.qbr),
    `(${list('qbr')})${cpu ? `; CPU ${seconds(cpu.qbr)}` : ''}`,
  );
  row(
    '  bare floor: bench/bare-floor.mjs acme.html',
    seconds(wall.bare),
    `(${list('bare')})${cpu ? `; CPU ${seconds(cpu.bare)}` : ''}`,
  );
  row(
    '  qbr / bare floor',
    (wall.qbr / wall.bare).toFixed(2),
    `target <= 1.3: ${verdict(wall.qbr / wall.bare <= 1.3)}${cpu ? `; CPU ratio ${(cpu.qbr / cpu.bare).toFixed(2)}` : ''}`,
  );
  console.log();
}

/**
 * One run of the CLI as a user or CI runs it (`node scripts/qbr.mjs --all`, the bundle), its
 * process tree's memory (PSS) and node's own CPU sampled four times a second; the bench's own
 * process (tsx, its imports) is in none of it.
 */
async function runCli(
  args: string[],
  cwd = work,
): Promise<{
  ms: number;
  cpu: { node: number; rest: number | null };
  peak: { node: number; together: number };
  output: string;
}> {
  const start = meter.read();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      join(root, 'scripts', 'qbr.mjs'),
      '--all',
      '--concurrency',
      String(concurrency),
      ...(formats && !args.includes('--format') ? ['--format', formats.join(',')] : []),
      ...args,
    ],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => void (output += chunk));
  child.stderr.on('data', (chunk) => void (output += chunk));
  const peak = { node: 0, together: 0 };
  let nodeCpu = 0;
  // Node's CPU four times a second (its last reading before it exits is what is counted);
  // memory once a second, as reading every process's memory map costs a few milliseconds.
  let samples = 0;
  const sample = async () => {
    const pid = child.pid!;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)!.split(' ');
      nodeCpu = (Number(stat[11]) + Number(stat[12])) * 10; // utime + stime, 1/100 s, as ms
      if (samples++ % 4 !== 0) return;
      peak.node = Math.max(
        peak.node,
        Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))![1]) * 1024,
      );
    } catch {
      return; // ended meanwhile
    }
    peak.together = Math.max(peak.together, await processTreeBytes(pid));
  };
  const sampler = setInterval(() => void sample(), 250);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`qbr exited with ${code}:\n${output}`);
  const all = meter.read().all;
  return {
    ms,
    cpu: {
      node: nodeCpu,
      rest: all === null || start.all === null ? null : all - start.all - nodeCpu - (meter.read().node - start.node),
    },
    peak,
    output,
  };
}

/** A run that starts from nothing: no outputs, and no parse kept from an earlier run (src/load/parse-cache.ts). */
function freshStart(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  for (const file of existsSync(CACHE_DIR) ? readdirSync(CACHE_DIR) : [])
    if (file.startsWith('parsed-')) rmSync(join(CACHE_DIR, file), { force: true });
}

async function batch(): Promise<void> {
  mkdirSync(join(work, 'data'));
  for (let n = 0; n < count; n++)
    writeFileSync(join(work, 'data', `bench-${String(n).padStart(4, '0')}.yaml`), syntheticAccount(n));
  const config = await loadConfig(work);

  // The bundle is rebuilt when the sources changed: not in a timed run.
  execFileSync(process.execPath, ['scripts/qbr.mjs', '--help'], { cwd: root, stdio: 'ignore' });
  // A shared machine's speed drifts by a fifth within minutes: each round runs qbr and then the
  // bare floor, so each ratio compares two runs a few seconds apart, and the median is reported.
  const rounds: Array<{ full: Awaited<ReturnType<typeof runCli>>; bare: Awaited<ReturnType<typeof measure>> }> = [];
  let htmlFiles: string[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    freshStart(join(work, 'out'));
    const full = await runCli([]);
    const deckDirs = readdirSync(join(work, 'out')).map((q) => join(work, 'out', q, 'customer'));
    htmlFiles = deckDirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => join(dir, f)),
    );
    rounds.push({
      full,
      bare: await measure(() => printBare({ executablePath: browserPath, files: htmlFiles, concurrency })),
    });
  }
  const again = await runCli([]);
  const rendered = Number(/(\d+) rendered/.exec(rounds[0]!.full.output)?.[1] ?? 0);
  const unchanged = Number(/(\d+) unchanged/.exec(again.output)?.[1] ?? 0);
  const printer = new Printer({ browser: config.browser, concurrency });
  const printerFloor = await measure(async () => {
    await pMap(htmlFiles, (file) => printer.print(readFileSync(file, 'utf8')), { concurrency });
    await printer.close();
  });

  // The round whose ratio is the median stands for the run: its times, CPU and ratio are printed.
  const ratios = rounds.map((r) => r.full.ms / r.bare.ms);
  const { full, bare } = rounds[ratios.indexOf(median(ratios))]!;
  const times = (pick: (r: (typeof rounds)[number]) => number) =>
    rounds.length > 1 ? ` (rounds: ${rounds.map((r) => (pick(r) / 1000).toFixed(2)).join(', ')})` : '';
  const peak = {
    node: Math.max(...rounds.map((r) => r.full.peak.node)),
    together: Math.max(...rounds.map((r) => r.full.peak.together)),
  };
  console.log(
    `batch: ${count} synthetic accounts (${rendered} rendered), node scripts/qbr.mjs --all --concurrency ${concurrency}; ${rounds.length} round${rounds.length > 1 ? 's, each qbr then the bare floor, the median round shown' : ''}`,
  );
  row(
    '  qbr, full run',
    seconds(full.ms),
    `${(rendered / (full.ms / 1000)).toFixed(2)} decks/s; ${cpuText(full.cpu, rendered)}${times((r) => r.full.ms)}`,
  );
  row(
    '  bare floor: goto + pdf, same HTML',
    seconds(bare.ms),
    `${htmlFiles.length} files; ${cpuText(bare.cpu, htmlFiles.length)}${times((r) => r.bare.ms)}`,
  );
  row(
    "  qbr's own printer floor: same HTML",
    seconds(printerFloor.ms),
    `${cpuText(printerFloor.cpu, htmlFiles.length)}`,
  );
  const totalCpu = (c: { node: number; rest: number | null }) => (c.rest === null ? null : c.node + c.rest);
  const cpuRatio = (a: number | null, b: number | null) =>
    a === null || b === null ? '' : `; CPU ratio ${(a / b).toFixed(2)}`;
  const ratioList = rounds.length > 1 ? ` (rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')})` : '';
  row(
    '  full run / bare floor',
    median(ratios).toFixed(2),
    `target <= 1.45: ${verdict(median(ratios) <= 1.45)}${cpuRatio(totalCpu(full.cpu), totalCpu(bare.cpu))}${ratioList}`,
  );
  row(
    "  full run / qbr's printer floor",
    (full.ms / printerFloor.ms).toFixed(2),
    cpuRatio(totalCpu(full.cpu), totalCpu(printerFloor.cpu)).slice(2),
  );
  const last = rounds.at(-1)!.full;
  row(
    `  second run (${unchanged} unchanged)`,
    seconds(again.ms),
    `${(again.ms / last.ms).toFixed(3)} of the run before it; target <= 0.05: ${verdict(again.ms / last.ms <= 0.05)}`,
  );
  row(
    '  peak memory, node (PSS)',
    `${Math.round(peak.node / MB)} MB`,
    rounds.length > 1 ? 'the most of any round' : '',
  );
  row(
    '  peak memory, node and browser (PSS)',
    `${Math.round(peak.together / MB)} MB`,
    `target < 600 MB (at 500 accounts): ${verdict(peak.together < 600 * MB)}`,
  );
  if (values.stages) await stages(config);
}

/** `--stages`: where a deck's time goes, summed over the decks of an in-process run (node's clock, so waiting included). */
async function stages(config: Awaited<ReturnType<typeof loadConfig>>): Promise<void> {
  const sums: StageTimings = { load: 0, analyse: 0, charts: 0, html: 0, queue: 0, pdf: 0, pptx: 0, eml: 0, write: 0 };
  const onDeck = (event: DeckEvent) => {
    if (event.type !== 'done') return;
    for (const key of Object.keys(sums) as Array<keyof StageTimings>) sums[key] += event.timings[key];
  };
  await build(
    { cwd: work, accounts: [], all: true, concurrency, config, formats, outDir: join(work, 'out-stages') },
    onDeck,
  );
  console.log('  stages, summed over the decks of an in-process run:');
  for (const [stage, ms] of Object.entries(sums)) row(`    ${stage}`, seconds(ms));
}
