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
import { workingFolder } from './load/working-folder.ts';

/** Runs the CLI; returns the exit status. Exported so tests can run it in-process. */
export async function main(
  argv: string[],
  cwd = workingFolder(),
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  // An account named like a command is given by its path (data/merge.yaml).
  const entry = argv[0] === undefined ? undefined : Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : undefined;
  const command = entry ? await entry.load() : renderCommand;
  return runCommand(command, entry ? argv.slice(1) : argv, { cwd, out, err });
}

/**
 * Runs the CLI as the process: `npm run qbr -- --help | head` closes the pipe early, and a
 * closed reader is the reader's choice, not an error of ours: stop writing, quietly.
 */
export async function runProgram(argv: string[]): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  process.exitCode = await main(argv);
  // Every step of the command is awaited by now, but a library may still hold a timer: puppeteer
  // waits 30 s for a page that a browser which died was opening. The process ends with its
  // work, once what it wrote has reached its readers.
  await Promise.all(
    [process.stdout, process.stderr].map((stream) => new Promise((written) => stream.write('', written))),
  );
  process.exit();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runProgram(process.argv.slice(2));
}
