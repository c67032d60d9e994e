/**
 * The command table: each subcommand's name, a line for the main help, and where it lives.
 * A command is loaded only when named, so a deck run does not pay for the CSV parser or the
 * file watcher. To add a command, write it with `defineCommand` (src/cli/command.ts) beside
 * its stage and add a row here.
 */
import type { Command } from './command.ts';

interface CommandEntry {
  /** `import FILE.csv ...`: the command and its arguments, as the main help lists it. */
  synopsis: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  import: {
    synopsis: 'import FILE.csv ...',
    summary: "writes a quarter's figures from CSV exports into the account files",
    load: async () => (await import('../import/import-command.ts')).importCommand,
  },
  pull: {
    synopsis: 'pull [SOURCE ...]',
    summary: "writes the figures the config's SQL sources (DuckDB, PostgreSQL) return into the account files",
    load: async () => (await import('../sources/pull-command.ts')).pullCommand,
  },
  new: {
    synopsis: 'new ID',
    summary: 'writes a new account file, a commented skeleton to fill in',
    load: async () => (await import('../scaffold/new-command.ts')).newCommand,
  },
  preview: {
    synopsis: 'preview ACCOUNT',
    summary: 'serves the deck on 127.0.0.1 and reloads it on every save',
    load: async () => (await import('../preview/preview-command.ts')).previewCommand,
  },
  changes: {
    synopsis: 'changes [--base REF]',
    summary: "what the account files' edits since a git revision change: health, signals, statuses",
    load: async () => (await import('../changes/changes-command.ts')).changesCommand,
  },
  merge: {
    synopsis: 'merge DIR ... --out OUT',
    summary: "puts the output folders of a run's shards together",
    load: async () => (await import('../output/merge-command.ts')).mergeCommand,
  },
};

/** The main help's list of commands, one line each. */
export function commandList(): string {
  const entries = Object.values(COMMANDS);
  const width = Math.max(...entries.map((e) => e.synopsis.length)) + 2;
  return entries.map((e) => `  ${e.synopsis.padEnd(width)}${e.summary}`).join('\n');
}
