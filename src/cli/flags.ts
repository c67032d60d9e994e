/**
 * Every command's flags, parsed one way: node:util's parseArgs reads the words, and this file
 * refuses what it lets through (an unknown flag, a flag without its value) as a usage error
 * from the catalogue, with the command's own `--help` as the hint. `-h`/`--help` is every
 * command's flag, so no command declares it.
 */
import { parseArgs } from 'node:util';
import { QbrError } from '../errors.ts';
import { didYouMean } from '../validate/issue-message.ts';

/** A command's flags: `{ out: { type: 'string' }, force: { type: 'boolean' } }`. */
export type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** The values given, typed by the spec; an absent flag is `undefined`. */
export type FlagValues<F extends FlagSpec> = { [K in keyof F]?: F[K]['type'] extends 'string' ? string : boolean };

/** What a command receives: its flags, its other words, and whether help was asked for. */
export interface ParsedFlags<F extends FlagSpec> {
  values: FlagValues<F>;
  positionals: string[];
  help: boolean;
}

const HELP_FLAG = { help: { type: 'boolean', short: 'h' } } as const;

/** `npm run qbr -- merge` for merge, `npm run qbr --` for the render command (named ''). */
export const commandLine = (command: string) => (command ? `npm run qbr -- ${command}` : 'npm run qbr --');

/** A usage error of `command`, whose hint points at its help. */
export function usageError(command: string, message: string): QbrError {
  return new QbrError('QBR_USAGE', message, `Run \`${commandLine(command)} --help\` for its flags.`);
}

/** Parses `argv` for `command`; throws a QBR_USAGE error for a flag it does not have or one missing its value. */
export function parseFlags<F extends FlagSpec>(command: string, spec: F, argv: string[]): ParsedFlags<F> {
  const options: FlagSpec = { ...spec, ...HELP_FLAG };
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const help = values.help === true;
  if (!help) {
    for (const token of tokens) {
      if (token.kind === 'option') checkOption(command, options, token);
    }
  }
  delete values.help;
  return { values: values as FlagValues<F>, positionals, help };
}

interface OptionToken {
  name: string;
  rawName: string;
  value?: string | undefined;
  inlineValue?: boolean | undefined;
}

function checkOption(command: string, options: FlagSpec, token: OptionToken): void {
  const flag = options[token.name];
  if (flag === undefined) throw usageError(command, unknownFlag(command, token.rawName, Object.keys(options)));
  // parseArgs takes the next word as the value even when it is a flag (`--quarter --force`).
  const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
  if (flag.type === 'string' && missing)
    throw usageError(command, `${token.rawName} needs a value, like ${token.rawName} VALUE`);
  if (flag.type === 'boolean' && token.inlineValue)
    throw usageError(command, `${token.rawName} takes no value; got "${token.value}"`);
}

function unknownFlag(command: string, rawName: string, names: string[]): string {
  const said = `${rawName} is not a flag of ${command ? `qbr ${command}` : 'qbr'}`;
  return rawName.startsWith('--') ? `${said}${didYouMean(rawName.slice(2), names)}` : said;
}
