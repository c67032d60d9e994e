/**
 * A script's flags (`npm run bench`, `npm run drill`), read one way: `--help` prints `usage` and
 * exits 0; a flag the script does not know, or one without its value, is said above the usage,
 * exit 2, never with a stack.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function scriptFlags<O extends Options>(options: O, usage: string) {
  const help = { help: { type: 'boolean', short: 'h' } } as const;
  const config: { options: O & typeof help } = { options: { ...options, ...help } };
  try {
    const { values } = parseArgs(config);
    // TypeScript cannot resolve parseArgs's result over a generic O; `help` is in it, as added above.
    if ((values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(0);
    }
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
