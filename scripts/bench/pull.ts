/**
 * `npm run bench -- --only pull [--accounts 1000]`: `pull` of 10 metrics x 8 quarters an account
 * (80,000 rows for 1,000 accounts) from DuckDB (a database file) and from PostgreSQL (a server
 * started for the bench, as the tests start theirs), against `import` of the same rows from one
 * CSV file, into the same account files, in this process. Interleaved, medians of `runs`; the
 * account files are put back before each run, so each does the same work.
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
import { syntheticAccount } from './synthetic.ts';

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

export async function benchPull(
  work: string,
  count: number,
  runs: number,
  row: (label: string, value: string, note?: string) => void,
): Promise<void> {
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
    server.psql(
      `create table figures (account text, metric text, quarter text, value numeric, note text);\ncopy figures from stdin with (format csv, header true);\n${csv}\\.\n`,
    );
    mkdirSync(join(dir, 'queries'));
    writeFileSync(join(dir, 'queries', 'figures.sql'), 'select account, metric, quarter, value, note from figures\n');
    process.env.QBR_BENCH_URL = server.url();
    writeFileSync(
      join(dir, 'qbr.config.yaml'),
      'sources:\n  duck: { type: duckdb, database: figures.duckdb, queries: queries }\n  pg: { type: postgres, url: "${QBR_BENCH_URL}", queries: queries }\n',
    );
    const config = await loadConfig(dir);
    const fresh = () => {
      rmSync(join(dir, 'data'), { recursive: true, force: true });
      cpSync(pristine, join(dir, 'data'), { recursive: true });
    };
    const ways = {
      csv: () => importFigures({ cwd: dir, files: ['figures.csv'] }),
      duckdb: () => pullFigures({ cwd: dir, config, sources: ['duck'] }),
      postgres: () => pullFigures({ cwd: dir, config, sources: ['pg'] }),
    };
    const times = { csv: [] as number[], duckdb: [] as number[], postgres: [] as number[] };
    for (let run = 0; run < runs; run++) {
      for (const [name, way] of Object.entries(ways) as Array<[keyof typeof ways, () => Promise<unknown[]>]>) {
        fresh();
        const started = performance.now();
        const written = await way();
        times[name].push(performance.now() - started);
        if (written.length !== count)
          throw new Error(`bench: ${name} wrote ${written.length} account files, not ${count}`);
      }
    }
    const median = (list: number[]) => list.toSorted((a, b) => a - b)[Math.floor(list.length / 2)]!;
    const [csvMs, duckMs, pgMs] = [median(times.csv), median(times.duckdb), median(times.postgres)];
    console.log(
      `pull: ${rows} rows (${count} accounts x 10 metrics x 8 quarters) into ${count} account files, in process, medians of ${runs}`,
    );
    row('  import from one CSV file', `${(csvMs / 1000).toFixed(2)} s`);
    row(
      '  pull from DuckDB (database file)',
      `${(duckMs / 1000).toFixed(2)} s`,
      `${(duckMs / csvMs).toFixed(2)}x the CSV import; target <= 1.2: ${duckMs / csvMs <= 1.2 ? 'met' : 'NOT MET'}`,
    );
    row(
      '  pull from PostgreSQL',
      `${(pgMs / 1000).toFixed(2)} s`,
      `${(pgMs / csvMs).toFixed(2)}x the CSV import; target <= 1.2: ${pgMs / csvMs <= 1.2 ? 'met' : 'NOT MET'}`,
    );
    console.log();
  } finally {
    delete process.env.QBR_BENCH_URL;
    server.stop();
  }
}

async function makeDuckdb(path: string, csv: string): Promise<void> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  await connection.run(`create table figures as select * from read_csv('${csv}', all_varchar = true)`);
  connection.closeSync();
  instance.closeSync();
}
