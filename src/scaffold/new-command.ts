/** `npm run qbr -- new ID [--name "Globex Corp"] [--data DIR]`: flags and what it says. */
import { parseArgs } from 'node:util';
import { reportCommandError } from '../command-error.ts';
import { QbrError } from '../errors.ts';
import { newAccount } from './new-account.ts';

export const NEW_HELP = `Usage: npm run qbr -- new ID [options]

Writes DIR/ID.yaml: a commented skeleton of every section that passes --check. Never
replaces a file.

Options:
  --name "Globex Corp"   the customer's name (default: from the id)
  --data DIR             the account files' folder (default: data)
  -h, --help             this help

Exit status: 0 written; 1 the file exists; 2 usage error (a bad id).`;

/** Runs `new`; returns the exit status. */
export async function newCommand(argv: string[], cwd: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) return out.write(`${NEW_HELP}\n`), 0;
    if (positionals.length !== 1) throw new QbrError('QBR_USAGE', 'new takes one account id, like: new globex-corp --name "Globex Corp"', 'Run `npm run qbr -- new --help` for the flags.');
    const id = positionals[0]!;
    const file = await newAccount({ cwd, id, name: values.name, dataDir: values.data, today: new Date().toISOString().slice(0, 10) });
    out.write(`wrote ${file}: fill it in, then run \`npm run qbr -- --check ${file}\`\n`);
    return 0;
  } catch (error) {
    return reportCommandError(error, 'new', err);
  }
}
