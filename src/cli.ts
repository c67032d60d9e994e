#!/usr/bin/env node
/**
 * The command line's entry: finds the command named (src/cli/commands.ts; none names the
 * render command, src/cli/render-command.ts) and runs it the one way every command runs
 * (src/cli/command.ts). The CLI is the only place that prints a run and sets the exit code,
 * with the statuses of src/errors.ts.
 */
import { runCommand } from './cli/command.ts';
import { COMMANDS } from './cli/commands.ts';
import { renderCommand } from './cli/render-command.ts';
import { workingFolder } from './cli/working-folder.ts';

/** Runs the CLI; returns the exit status. Exported so tests can run it in-process. */
export async function main(argv: string[], cwd = workingFolder(), out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  // An account named like a command is given by its path (data/merge.yaml).
  const entry = argv[0] === undefined ? undefined : Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : undefined;
  const command = entry ? await entry.load() : renderCommand;
  return runCommand(command, entry ? argv.slice(1) : argv, { cwd, out, err });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
