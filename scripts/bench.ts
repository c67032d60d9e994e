/**
 * `npm run bench [-- --accounts 100 --concurrency 2]`: renders N synthetic accounts and prints
 * the time per stage, decks per second, peak memory (node and browser), the floor (the same
 * browser printing the same final HTML with the same concurrency and nothing else) and the
 * ratios the targets in the README are stated in.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pMap from 'p-map';
import { build, type DeckEvent } from '../src/build.ts';
import type { StageTimings } from '../src/stage-timings.ts';
import { loadConfig } from '../src/config/load-config.ts';
import type { Format } from '../src/config/config-schema.ts';
import { processTreeBytes } from '../src/print/browser-memory.ts';
import { Printer } from '../src/print/printer.ts';
import { syntheticAccount } from './bench/synthetic.ts';

const { values } = parseArgs({ options: { accounts: { type: 'string', default: '100' }, concurrency: { type: 'string' }, keep: { type: 'boolean' }, format: { type: 'string' } } });
/** `--format pdf,html,json,pptx` measures what the PowerPoint adds (default: the config's formats). */
const formats = values.format?.split(',') as Format[] | undefined;
const count = Number(values.accounts);
const concurrency = Number(values.concurrency ?? availableParallelism());
const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'qbr-bench-'));
mkdirSync(join(work, 'data'));
for (let n = 0; n < count; n++) writeFileSync(join(work, 'data', `bench-${String(n).padStart(4, '0')}.yaml`), syntheticAccount(n));
const MB = 1024 * 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * CPU time so far, in ms: this process's, and the whole machine's busy time (Linux's
 * /proc/stat; null elsewhere). Their difference over a phase is the browser's, on an otherwise
 * quiet machine: it says whether a run waited or worked.
 */
function cpuTime(): { node: number; machine: number | null } {
  const usage = process.cpuUsage();
  let machine: number | null = null;
  try {
    const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    machine = ((user! + nice! + system! + irq! + softirq!) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    // not Linux
  }
  return { node: (usage.user + usage.system) / 1000, machine };
}
const cpuSince = (start: ReturnType<typeof cpuTime>) => {
  const now = cpuTime();
  const node = now.node - start.node;
  return { node, browser: now.machine === null || start.machine === null ? null : now.machine - start.machine - node };
};
const cpuText = ({ node, browser }: ReturnType<typeof cpuSince>, wallMs: number) =>
  `CPU: node ${seconds(node)}${browser === null ? '' : `, browser and rest ${seconds(browser)}, ${((node + browser) / wallMs / availableParallelism() * 100).toFixed(0)}% of the cores`}`;

// 1. One deck, cold: the whole `npm run qbr -- acme` process, as a user runs it, each time a
// new process and a new browser. The median of five, after one run that builds the bundle.
const singleRuns: number[] = [];
for (let run = 0; run < 6; run++) {
  const started = performance.now();
  execFileSync('npm', ['run', '-s', 'qbr', '--', 'acme', '--force', '--out', join(work, 'single')], { cwd: root, stdio: 'ignore' });
  if (run > 0) singleRuns.push(performance.now() - started);
}
const singleMs = singleRuns.sort((a, b) => a - b)[2]!;

// 2. The full run, sampling memory: node alone, and node with the browser's processes.
const stages: StageTimings = { load: 0, analyse: 0, charts: 0, html: 0, queue: 0, pdf: 0, pptx: 0, write: 0 };
const samples = { node: 0, total: 0 };
const milestones: string[] = [];
let done = 0;
// Once a second: reading every process's memory map costs CPU the run would otherwise have.
const sampler = setInterval(async () => {
  samples.node = Math.max(samples.node, process.memoryUsage().rss);
  samples.total = Math.max(samples.total, await processTreeBytes(process.pid));
}, 1000);
const onDeck = (event: DeckEvent) => {
  if (event.type === 'failed') console.error(event.file, event.error);
  if (event.type !== 'done') return;
  for (const key of Object.keys(stages) as Array<keyof StageTimings>) stages[key] += event.timings[key];
  if (++done % 100 === 0) {
    void processTreeBytes(process.pid).then((bytes) => milestones.push(`${done} decks: ${Math.round(bytes / MB)} MB`));
  }
};
const config = await loadConfig(work);
const first = performance.now();
const firstCpu = cpuTime();
const result = await build({ cwd: work, accounts: [], all: true, concurrency, config, formats }, onDeck);
const firstMs = performance.now() - first;
const firstCpuUsed = cpuSince(firstCpu);
clearInterval(sampler);

// 3. The same run again, nothing changed.
const second = performance.now();
const again = await build({ cwd: work, accounts: [], all: true, concurrency, config, formats });
const secondMs = performance.now() - second;

// 4. The floor: the same browser printing the same final HTML, same concurrency, nothing else.
const quarterDirs = readdirSync(join(work, 'out')).map((q) => join(work, 'out', q));
const htmlFiles = quarterDirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html') && f !== 'index.html').map((f) => join(dir, f)));
const printer = new Printer({ browser: config.browser, concurrency });
const floor = performance.now();
const floorCpu = cpuTime();
await pMap(htmlFiles, (file) => printer.print(readFileSync(file, 'utf8')), { concurrency });
const floorMs = performance.now() - floor;
const floorCpuUsed = cpuSince(floorCpu);
await printer.close();

const browserPeak = Math.max(result.peakBrowserBytes, samples.total - samples.node);
const row = (label: string, value: string, target = '') => console.log(`${label.padEnd(34)}${value.padEnd(18)}${target}`);
console.log(`\nqbr benchmark: ${count} synthetic accounts, concurrency ${concurrency}, ${availableParallelism()} cores, node ${process.version}\n`);
row('one deck, cold (npm run qbr -- acme)', seconds(singleMs), `median of 5 (${singleRuns.map((ms) => (ms / 1000).toFixed(2)).join(', ')}); target <= 2.5 s: ${singleMs <= 2500 ? 'met' : 'NOT MET'}`);
row(`full run (${result.rendered} rendered, ${result.failed} failed)`, seconds(firstMs), `${(result.rendered / (firstMs / 1000)).toFixed(2)} decks/s; ${cpuText(firstCpuUsed, firstMs)}`);
for (const [stage, ms] of Object.entries(stages)) row(`  ${stage} (summed over decks)`, seconds(ms));
row('floor: printing the same HTML', seconds(floorMs), `${htmlFiles.length} files; ${cpuText(floorCpuUsed, floorMs)}`);
row('full run / floor', (firstMs / floorMs).toFixed(2), `target <= 1.5: ${firstMs / floorMs <= 1.5 ? 'met' : 'NOT MET'}`);
row(`second run (${again.skipped} unchanged)`, seconds(secondMs), `${(secondMs / firstMs).toFixed(3)} of the first; target <= 0.1: ${secondMs / firstMs <= 0.1 ? 'met' : 'NOT MET'}`);
row('peak memory, node', `${Math.round(samples.node / MB)} MB`);
row('peak memory, browser', `${Math.round(browserPeak / MB)} MB`);
row('peak memory, together', `${Math.round((samples.node + browserPeak) / MB)} MB`, `target < 1536 MB: ${samples.node + browserPeak < 1536 * MB ? 'met' : 'NOT MET'}`);
if (milestones.length > 0) row('memory (node + browser) at', milestones.join(', '));
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nfiles kept in ${work}`);
