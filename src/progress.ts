/**
 * How the CLI shows a run. On a terminal: a live line with done/total, failures and time left.
 * Elsewhere (CI, pipes): one plain line per account with its time.
 */
import { join } from 'node:path';
import type { BuildResult, DeckEvent } from './build.ts';
import { QbrError, formatError } from './errors.ts';
import { PORTFOLIO_FILE, teamFolder } from './output/output-names.ts';
import { shownPath } from './load/shown-path.ts';

type Stream = NodeJS.WritableStream & { isTTY?: boolean };

export class Progress {
  private total = 0;
  private finished = 0;
  private failures = 0;
  private readonly started = performance.now();
  private liveLine = false;
  /** Errors told in full: one shared by many accounts (a browser that did not start) is told once. */
  private readonly told = new Map<unknown, string>();

  constructor(
    private readonly cwd: string,
    private readonly out: Stream,
    private readonly err: Stream,
  ) {}

  on = (event: DeckEvent): void => {
    if (event.type === 'plan') {
      this.total = event.total;
      return;
    }
    if (event.type === 'warning') {
      this.above(this.err, `warning   ${shownPath(event.file, this.cwd)}: ${event.message}\n`);
      if (this.out.isTTY) this.drawLiveLine();
      return;
    }
    this.finished++;
    const name = shownPath(event.file, this.cwd);
    if (event.type === 'failed') {
      this.failures++;
      const first = this.told.get(event.error);
      if (!first) this.told.set(event.error, name);
      const said = first ? ` (the same error as ${first})` : `\n${describe(event.error, name)}`;
      this.above(this.err, `failed    ${name}${said}\n`);
    } else if (!this.out.isTTY) {
      if (event.type === 'checked') this.out.write(`ok        ${name} (${event.quarter})\n`);
      if (event.type === 'skipped') this.out.write(`unchanged ${name} (${event.quarter})\n`);
      if (event.type === 'not_started')
        this.out.write(`not started ${name} (${event.quarter}: the contract starts in ${event.starts})\n`);
      if (event.type === 'done')
        this.out.write(
          `rendered  ${name} (${event.quarter}) in ${(event.ms / 1000).toFixed(1)} s: ${event.outputs.join(', ')}\n`,
        );
    }
    if (this.out.isTTY) this.drawLiveLine();
  };

  /** The closing summary: counts, time and where the files are. */
  finish(result: BuildResult, check: boolean): void {
    this.clearLiveLine();
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    const notStarted = result.notStarted > 0 ? `, ${result.notStarted} not started` : '';
    if (check) {
      this.out.write(`${result.checked} valid${notStarted}, ${result.failed} failed (${seconds} s)\n`);
      return;
    }
    this.out.write(
      `${result.rendered} rendered, ${result.skipped} unchanged, ${result.failed} failed${notStarted} in ${seconds} s\n`,
    );
    for (const folder of result.folders)
      this.out.write(`  ${folder}/ (portfolio: ${join(teamFolder(folder), PORTFOLIO_FILE)})\n`);
  }

  private drawLiveLine(): void {
    const elapsed = (performance.now() - this.started) / 1000;
    const left = this.finished > 0 ? (elapsed / this.finished) * (this.total - this.finished) : 0;
    const failed = this.failures > 0 ? `, ${this.failures} failed` : '';
    this.out.write(`\r\x1b[2K[${this.finished}/${this.total}]${failed}, about ${Math.ceil(left)} s left`);
    this.liveLine = true;
  }

  private clearLiveLine(): void {
    if (this.liveLine) this.out.write('\r\x1b[2K');
    this.liveLine = false;
  }

  private above(stream: Stream, text: string): void {
    this.clearLiveLine();
    stream.write(text);
  }
}

/** A data mistake prints its message; anything else is a bug and prints its stack. */
export function describe(error: unknown, name: string): string {
  if (error instanceof QbrError) return formatError(error);
  return `qbr bug while rendering ${name}; please report it with this trace:\n${(error as Error).stack ?? String(error)}`;
}
