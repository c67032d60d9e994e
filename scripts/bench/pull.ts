/**
 * `npm run bench -- --only pull [--accounts 1000]`: `pull` of 10 metrics x 8 quarters an account
 * (80,000 rows for 1,000 accounts) from DuckDB (a database file) and from PostgreSQL (a server
 * started for the bench, as the tests start theirs), against `import` of the same rows from one
 * CSV file, into the same account files, in this process. The account files are put back before
 * each run, so each does the same work. Medians of `runs`, the order turned each run, so no way
 * is always the one after the others (on a shared machine one run each ranked them by the
 * minute they ran in). CPU time beside wall-clock time: node's, and with the server's.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { addQuarters } from '../../src/calendar/quarter.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { importFigures } from '../../src/import/import-figures.ts';
import { pullFigures } from '../../src/sources/pull-figures.ts';
import { startPostgres } from '../../test/e2e/postgres-server.ts';
import { cpuBetween, type CpuMeter } from './cpu-meter.ts';
import { syntheticAccount } from './synthetic.ts';
import { median } from './median.ts';

const FIXED = {
  value: 1000,
  'adoption.licensed': 500,
  'adoption.active': 300,
  'support.tickets': 20,
  'support.resolved': 18,
  'support.sla_breaches': 1,
  'support.first_response_hours': 2.5,
  'support.csat': 4.2,
};

/** The CSV's text: per account its first two promises and the eight fixed metrics, for the contract's first eight quarters. */
export function figuresCsv(texts: string[]): string {
  const lines = ['account,metric,quarter,value,note'];
  for (const text of texts) {
    const account = parse(text) as { id: string; promises: Array<{ id: string; baseline: number }> };
    const metrics: Array<[string, number]> = [
      ...account.promises.slice(0, 2).map((p): [string, number] => [p.id, p.baseline]),
      ...Object.entries(FIXED),
    ];
    for (let q = 0; q < 8; q++) {
      for (const [metric, value] of metrics)
        lines.push(
          `${account.id},${metric},${addQuarters('2024-Q1', q)},${value},${metric === 'value' ? 'Savings measured with finance' : ''}`,
        );
    }
  }
  return `${lines.join('\n')}\n`;
}

type Way = 'csv' | 'duckdb' | 'postgres';
type Row = (label: string, value: string, note?: string) => void;

export async function benchPull(work: string, count: number, runs: number, meter: CpuMeter, row: Row): Promise<void> {
  const dir = join(work, 'pull');
  const pristine = join(dir, 'pristine');
  mkdirSync(pristine, { recursive: true });
  const texts = Array.from({ length: count }, (_, n) => syntheticAccount(n));
  for (const [n, text] of texts.entries())
    writeFileSync(join(pristine, `bench-${String(n).padStart(4, '0')}.yaml`), text);
  const csv = figuresCsv(texts);
  writeFileSync(join(dir, 'figures.csv'), csv);
  const rows = csv.split('\n').length - 2;
  await makeDuckdb(join(dir, 'figures.duckdb'), join(dir, 'figures.csv'));
  const server = await startPostgres();
  try {
    // Vacuumed and analysed before the clock starts: the first read of freshly copied rows would
    // otherwise set their hint bits, and autovacuum could pick the table up during a timed run.
    server.psql(
      `create table figures (account text, metric text, quarter text, value numeric, note text);\ncopy figures from stdin with (format csv, header true);\n${csv}\\.\nvacuum (freeze, analyze) figures;\n`,
    );
    mkdirSync(join(dir, 'queries'));
    writeFileSync(join(dir, 'queries', 'figures.sql'), 'select account, metric, quarter, value, note from figures\n');
    process.env.QBR_BENCH_URL = server.url();
    writeFileSync(
      join(dir, 'qbr.config.yaml'),
      'sources:\n  duck: { type: duckdb, database: figures.duckdb, queries: queries }\n  pg: { type: postgres, url: "${QBR_BENCH_URL}", queries: queries }\n',
    );
    const config = await loadConfig(dir);
    const ways: Record<Way, () => Promise<unknown[]>> = {
      csv: () => importFigures({ cwd: dir, files: ['figures.csv'] }),
      duckdb: () => pullFigures({ cwd: dir, config, sources: ['duck'] }),
      postgres: () => pullFigures({ cwd: dir, config, sources: ['pg'] }),
    };
    const times = await timeWays(ways, runs, meter, count, () => {
      rmSync(join(dir, 'data'), { recursive: true, force: true });
      cpSync(pristine, join(dir, 'data'), { recursive: true });
    });
    console.log(
      `pull: ${rows} rows (${count} accounts x 10 metrics x 8 quarters) into ${count} account files, in process, medians of ${runs}`,
    );
    report(times, row);
    console.log();
  } finally {
    delete process.env.QBR_BENCH_URL;
    server.stop();
  }
}

interface Times {
  wall: number[];
  node: number[];
  /** Every process's of the bench, the PostgreSQL server's too; empty when that cannot be measured. */
  all: number[];
}

/** Each way `runs` times, its account files put back first, the order turned by one each run. */
async function timeWays(
  ways: Record<Way, () => Promise<unknown[]>>,
  runs: number,
  meter: CpuMeter,
  count: number,
  fresh: () => void,
): Promise<Record<Way, Times>> {
  const names = Object.keys(ways) as Way[];
  const none = (): Times => ({ wall: [], node: [], all: [] });
  const times: Record<Way, Times> = { csv: none(), duckdb: none(), postgres: none() };
  for (let run = 0; run < runs; run++) {
    for (const name of [...names.slice(run % names.length), ...names.slice(0, run % names.length)]) {
      fresh();
      const start = meter.read();
      const started = performance.now();
      const written = await ways[name]();
      times[name].wall.push(performance.now() - started);
      const cpu = cpuBetween(start, meter.read());
      times[name].node.push(cpu.node);
      if (cpu.rest !== null) times[name].all.push(cpu.node + cpu.rest);
      if (written.length !== count)
        throw new Error(`bench: ${name} wrote ${written.length} account files, not ${count}`);
    }
  }
  return times;
}

/** Wall-clock medians and their ratio to the CSV import's; CPU of every process of the bench (the server's too) where measured. */
function report(times: Record<Way, Times>, row: Row): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const cpu = (way: Way) => median(times[way].all.length > 0 ? times[way].all : times[way].node);
  row('  import from one CSV file', s(median(times.csv.wall)), `CPU ${s(cpu('csv'))}`);
  for (const [way, label] of [
    ['duckdb', '  pull from DuckDB (database file)'],
    ['postgres', '  pull from PostgreSQL'],
  ] as const) {
    const ratio = median(times[way].wall) / median(times.csv.wall);
    row(
      label,
      s(median(times[way].wall)),
      `${ratio.toFixed(2)}x the CSV import; target <= 1.2: ${ratio <= 1.2 ? 'met' : 'NOT MET'}; CPU ${s(cpu(way))} (${(cpu(way) / cpu('csv')).toFixed(2)}x)`,
    );
  }
}

async function makeDuckdb(path: string, csv: string): Promise<void> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  await connection.run(`create table figures as select * from read_csv('${csv}', all_varchar = true)`);
  connection.closeSync();
  instance.closeSync();
}
