/**
 * `npm run qbr -- merge DIR [DIR ...] --out OUT`: its flags, its printing and its exit status
 * (from the catalogue: 0 merged, 1 the folders do not fit together, 2 usage). The work is
 * src/output/merge.ts.
 */
import { join, resolve } from 'node:path';
import { defineCommand } from '../cli/command.ts';
import { usageError } from '../cli/flags.ts';
import { companyName, loadConfig } from '../config/load-config.ts';
import { EXIT } from '../errors.ts';
import { planMerge, writeMerge } from './merge.ts';
import { PORTFOLIO_FILE, teamFolder } from './output-names.ts';
import { shownPath } from '../load/shown-path.ts';

export const MERGE_HELP = `Usage: npm run qbr -- merge DIR [DIR ...] --out OUT

Puts the output folders of a run's shards (--shard I/N) together in OUT: copies every deck
and summary to the same side (customer/ or team/), then writes one team/manifest.json and one
portfolio page (team/index.html, and team/portfolio.pdf when the shards made PDFs) per
quarter, as one run over all the accounts would.
Folders of different quarters, or the same account made from different inputs, are refused
and nothing is written.

Options:
  --out OUT               where to write (required)
  --config FILE           the config: the portfolio's language, the browser that prints portfolio.pdf, and its author
  -h, --help              this help`;

/** `merge`: plans the merge (refusing folders that do not fit together), then writes it. */
export const mergeCommand = defineCommand({
  name: 'merge',
  help: MERGE_HELP,
  flags: { out: { type: 'string' }, config: { type: 'string' } },
  async run({ values, positionals }, { cwd, out, err }) {
    if (positionals.length === 0) throw usageError('merge', "Name the shards' output folders to merge.");
    if (!values.out) throw usageError('merge', 'merge needs --out OUT: where to put the merged folders.');
    let printer: import('../print/printer.ts').Printer | null = null;
    try {
      const config = await loadConfig(cwd, values.config);
      // A folder named twice is one folder (`merge s1 s1 s2` merges two).
      const dirs = [...new Set(positionals.map((d) => resolve(cwd, d)))];
      const plan = planMerge(dirs);
      if (plan.some((q) => q.pdf))
        printer = new (await import('../print/printer.ts')).Printer({ browser: config.browser, concurrency: 1 });
      const outDir = resolve(cwd, values.out);
      const folders = await writeMerge(plan, {
        outDir,
        printer,
        author: companyName(config, config.language),
        language: config.language,
        colors: config.company.colors,
      });
      for (const [i, quarter] of plan.entries()) {
        const folder = shownPath(folders[i]!, cwd);
        const accounts = new Set(quarter.entries.map((e) => e.account)).size;
        const counted = `${plural(dirs.length, 'folder')}: ${folder}/ (${plural(accounts, 'account')}`;
        out.write(`merged ${counted}; portfolio: ${join(teamFolder(folder), PORTFOLIO_FILE)})\n`);
        for (const shard of quarter.missingShards)
          err.write(`warning: shard ${shard} is not among the folders: its accounts are missing from ${folder}/\n`);
      }
      return EXIT.ok;
    } finally {
      await printer?.close();
    }
  },
});

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
