/**
 * `npm run qbr -- merge DIR [DIR ...] --out OUT`: its flags, its printing and its exit status
 * (0 merged, 1 the folders do not fit together, 2 usage). The work is src/output/merge.ts.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { companyName, loadConfig } from '../config/load-config.ts';
import { QbrError, formatError } from '../errors.ts';
import { planMerge, writeMerge } from '../output/merge.ts';

export const MERGE_HELP = `Usage: npm run qbr -- merge DIR [DIR ...] --out OUT

Puts the output folders of a run's shards (--shard I/N) together in OUT: copies every deck
and summary, then writes one manifest.json and one portfolio page (index.html, and
portfolio.pdf when the shards made PDFs) per quarter, as one run over all the accounts would.
Folders of different quarters, or the same account made from different inputs, are refused
and nothing is written.

Options:
  --out OUT               where to write (required)
  --config FILE           the config: the portfolio's language, the browser that prints portfolio.pdf, and its author
  -h, --help              this help`;

type Stream = NodeJS.WritableStream;

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  const hint = 'Run `npm run qbr -- merge --help` for its flags.';
  if (!values.help && positionals.length === 0) throw new QbrError('QBR_USAGE', 'Name the shards\' output folders to merge.', hint);
  if (!values.help && !values.out) throw new QbrError('QBR_USAGE', 'merge needs --out OUT: where to put the merged folders.', hint);
  return { dirs: positionals, out: values.out ?? '', config: values.config, help: values.help ?? false };
}

/** Runs `merge`; returns the exit status. */
export async function mergeCommand(argv: string[], cwd: string, out: Stream, err: Stream): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    err.write(`${error instanceof QbrError ? formatError(error) : (error as Error).message}\n`);
    return 2;
  }
  if (args.help) return out.write(`${MERGE_HELP}\n`), 0;
  let printer: import('../print/printer.ts').Printer | null = null;
  try {
    const plan = planMerge(args.dirs.map((d) => resolve(cwd, d)));
    const config = await loadConfig(cwd, args.config);
    if (plan.some((q) => q.pdf)) printer = new (await import('../print/printer.ts')).Printer({ browser: config.browser, concurrency: 1 });
    const outDir = resolve(cwd, args.out);
    const folders = await writeMerge(plan, { outDir, printer, author: companyName(config, config.language), language: config.language });
    for (const [i, quarter] of plan.entries()) {
      const folder = relative(cwd, folders[i]!) || '.';
      const accounts = new Set(quarter.entries.map((e) => e.account)).size;
      out.write(`merged ${args.dirs.length} folders: ${folder}/ (${accounts} accounts; portfolio: ${folder}/index.html)\n`);
      for (const shard of quarter.missingShards) err.write(`warning: shard ${shard} is not among the folders: its accounts are missing from ${folder}/\n`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof QbrError)) throw error;
    err.write(`${formatError(error)}\n`);
    return error.code === 'QBR_USAGE' ? 2 : 1;
  } finally {
    await printer?.close();
  }
}
