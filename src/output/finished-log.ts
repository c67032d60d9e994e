/**
 * A quarter's log of the accounts a run finished, kept until the run publishes. An account's
 * entry is appended once every file of it is written (each renamed into place, so whole); the
 * next run takes an account's entry from it when the manifest has none. So a run killed before
 * publishing forgets nothing it finished: its decks are skipped like any unchanged deck (same
 * fingerprint, every file there). Publishing puts the entries in the manifest and removes the log.
 */
import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { manifestEntrySchema, type ManifestEntry } from './manifest.ts';

/** Beside the manifest, in the team's folder; hidden, as it is the run's own. */
export const FINISHED_LOG_FILE = '.finished.jsonl';

export class FinishedLog {
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {}

  /** The entries logged, the last of each account; a line cut short by a kill is passed over. */
  async read(): Promise<Map<string, ManifestEntry>> {
    const text = await readFile(this.path, 'utf8').catch(() => '');
    const entries = new Map<string, ManifestEntry>();
    for (const line of text.split('\n')) {
      const entry = manifestEntrySchema.safeParse(parseJson(line));
      if (entry.success) entries.set(entry.data.account, entry.data);
    }
    return entries;
  }

  /** Logs a finished account; a log that cannot be written costs only the skip after a kill. */
  append(entry: ManifestEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    this.writing = this.writing
      .then(() => mkdir(dirname(this.path), { recursive: true }).then(() => appendFile(this.path, line)))
      .catch(() => {});
    return this.writing;
  }

  /** Once the manifest holds the entries. */
  async remove(): Promise<void> {
    await this.writing;
    await rm(this.path, { force: true });
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
