/** `npm run qbr -- new ID [--name "Globex Corp"] [--data DIR]`: flags and what it says. */
import { defineCommand } from '../cli/command.ts';
import { usageError } from '../cli/flags.ts';
import { EXIT } from '../errors.ts';
import { newAccount } from './new-account.ts';

export const NEW_HELP = `Usage: npm run qbr -- new ID [options]

Writes DIR/ID.yaml: a commented skeleton of every section that passes --check. Never
replaces a file.

Options:
  --name "Globex Corp"   the customer's name (default: from the id)
  --data DIR             the account files' folder (default: data)
  -h, --help             this help

Exit status: 0 written; 1 the file exists; 2 usage error (a bad id).`;

/** `new`: writes the skeleton and says what to do next. */
export const newCommand = defineCommand({
  name: 'new',
  help: NEW_HELP,
  flags: { name: { type: 'string' }, data: { type: 'string' } },
  async run({ values, positionals }, { cwd, out }) {
    if (positionals.length !== 1)
      throw usageError('new', 'new takes one account id, like: new globex-corp --name "Globex Corp"');
    const id = positionals[0]!;
    const file = await newAccount({
      cwd,
      id,
      name: values.name,
      dataDir: values.data,
      today: new Date().toISOString().slice(0, 10),
    });
    out.write(`wrote ${file}: fill it in, then run \`npm run qbr -- --check ${file}\`\n`);
    return EXIT.ok;
  },
});
