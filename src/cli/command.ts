/**
 * What a command is (its name, help, flags and what it does) and the one way every command is
 * run: flags parsed by src/cli/flags.ts, `--help` answered, and a failure printed and turned
 * into its exit status from the catalogue (src/errors.ts). A user's mistake prints without a
 * stack; anything else is a bug and is thrown on, so its stack shows.
 */
import { EXIT, QbrError, formatError } from '../errors.ts';
import { parseFlags, type FlagSpec, type ParsedFlags } from './flags.ts';

/** Where a command runs and prints. */
export interface CommandIo {
  cwd: string;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

/** One command of the command line. */
export interface Command<F extends FlagSpec = FlagSpec> {
  /** As typed after `npm run qbr --`; '' for the render command, which takes none. */
  name: string;
  /** What `--help` prints. */
  help: string;
  flags: F;
  /** Does the work; returns the exit status (an EXIT value), or throws a QbrError. */
  run(args: ParsedFlags<F>, io: CommandIo): Promise<number>;
}

/** A command, its flags' types inferred from its spec. */
export function defineCommand<const F extends FlagSpec>(command: Command<F>): Command<F> {
  return command;
}

/** Runs `command` on `argv`; returns the exit status. */
export async function runCommand<F extends FlagSpec>(
  command: Command<F>,
  argv: string[],
  io: CommandIo,
): Promise<number> {
  try {
    const args = parseFlags(command.name, command.flags, argv);
    if (args.help) return (io.out.write(`${command.help}\n`), EXIT.ok);
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof QbrError)) throw error;
    io.err.write(`${formatError(error)}\n`);
    return error.exitStatus;
  }
}
