/**
 * `npm run qbr -- import FILE.csv ... [--data DIR] [--dry-run]`: flags, the change list and
 * the summary per account. Exit status: 0 imported (or nothing to change), 1 a bad row or
 * account file (nothing written), 2 a usage error.
 */
import { defineCommand } from '../cli/command.ts';
import { usageError } from '../cli/flags.ts';
import { loadConfig } from '../config/load-config.ts';
import { EXIT } from '../errors.ts';
import { importFigures, type AccountImport } from './import-figures.ts';

export const IMPORT_HELP = `Usage: npm run qbr -- import FILE.csv [FILE.csv ...] [options]

Writes quarterly figures exported from a BI tool, CRM or helpdesk into the account files.
Long files: account,metric,quarter,value[,note]. Wide files: account,quarter,METRIC...
A metric is a promise id, value, adoption.licensed, adoption.active, support.tickets,
support.resolved, support.sla_breaches, support.first_response_hours or support.csat.

Options:
  --data DIR   the account files' folder (default: data)
  --dry-run    show what would change, write nothing
  -h, --help   this help

Exit status: 0 imported; 1 a bad row or account file (then nothing is written); 2 usage error.`;

/** `import`: writes the figures, or in a dry run shows what would change. */
export const importCommand = defineCommand({
  name: 'import',
  help: IMPORT_HELP,
  flags: { data: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  async run({ values, positionals }, { cwd, out, err }) {
    if (positionals.length === 0) throw usageError('import', 'import needs at least one CSV file');
    const dryRun = values['dry-run'] ?? false;
    const { fiscal_year: fiscalYear } = await loadConfig(cwd);
    const imports = await importFigures({ cwd, files: positionals, dataDir: values.data, dryRun, fiscalYear });
    for (const result of imports) out.write(describeImport(result, dryRun));
    for (const warning of imports.flatMap((i) => i.warnings)) err.write(`warning: ${warning}\n`);
    out.write(importSummary(imports, dryRun));
    return EXIT.ok;
  },
});

/** The last line: how many files were written, or why none was. */
export function importSummary(imports: AccountImport[], dryRun: boolean): string {
  const written = imports.filter((i) => i.written).length;
  return dryRun
    ? 'dry run: nothing written\n'
    : written === 0
      ? 'nothing to change: every figure is in its file already\n'
      : `wrote ${written} account ${written === 1 ? 'file' : 'files'}\n`;
}

/** `acme: 14 added, 1 changed, 2 unchanged (data/acme.yaml)`, then, in a dry run, each change. */
export function describeImport(result: AccountImport, dryRun: boolean): string {
  const count = (kind: string) => result.changes.filter((c) => c.kind === kind).length;
  const head = `${result.account}: ${count('added')} added, ${count('changed')} changed, ${count('unchanged')} unchanged (${result.file})\n`;
  if (!dryRun) return head;
  const lines = result.changes.flatMap((c) =>
    c.kind === 'added'
      ? [`  + ${c.label}: ${c.after}`]
      : c.kind === 'changed'
        ? [`  ~ ${c.label}: ${c.before} → ${c.after}`]
        : [],
  );
  return head + lines.map((l) => `${l}\n`).join('');
}
