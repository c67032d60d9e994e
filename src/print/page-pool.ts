/**
 * How one browser's pages are kept. A page prints deck after deck: a new page for each cost the
 * browser more CPU than printing the deck. But a page's renderer grows with every deck it
 * prints, so after DECKS_PER_PAGE decks it is closed and a new one takes its place, opened
 * while the old one prints its last deck, so the next deck finds it ready. At a run's end (see
 * end) a short run keeps a page for what it prints last; a long run closes them.
 */
import type { Browser, Page } from 'puppeteer-core';
import { lockDown } from './print-page.ts';

/** Decks a page prints before it is replaced: where its renderer's growth outweighs the cost of a new page. */
export const DECKS_PER_PAGE = 10;

/** A locked-down page and how many decks it counts as printed. */
export interface PrintingPage {
  page: Page;
  printed: number;
}

export class PagePool {
  /** Pages free for a deck, or being opened for one. */
  private readonly idle: Array<Promise<PrintingPage>> = [];
  /** Pages opened other than as a replacement: their head starts are spread (see headStart). */
  private opened = 0;
  /** Decks printed on this browser's pages: whether the run is a short one, at its end. */
  private decks = 0;
  private ending = false;

  /** `blank`: the page the browser opened with; `concurrency`: the decks printed at once. */
  constructor(
    private readonly browser: Browser,
    private readonly concurrency: number,
    blank: Page | undefined,
  ) {
    if (blank) this.idle.push(ready(blank, this.headStart()));
  }

  /** A page for the next deck: an idle one, or a new one. A page's last deck opens its replacement. */
  async take(): Promise<PrintingPage> {
    const page = await (this.idle.pop() ?? ready(this.browser.newPage(), this.headStart()));
    if (page.printed === DECKS_PER_PAGE - 1 && !this.ending) this.idle.push(ready(this.browser.newPage(), 0));
    return page;
  }

  /**
   * A page back after its deck: kept when it printed well and has decks left, unless the run is
   * ending and no deck waits for it (`waiting`); else closed, its state unknown or its work done.
   */
  give(page: PrintingPage, printed: boolean, waiting: boolean): void {
    if (printed) this.decks++;
    if (printed && ++page.printed < DECKS_PER_PAGE && !(this.ending && !waiting)) this.idle.push(Promise.resolve(page));
    else void page.page.close().catch(() => {});
  }

  /**
   * No deck follows the prints already asked for: idle pages close now, and pages close as they
   * fall idle, so the run's last prints run beside as few renderers as there are prints. But a
   * run of fewer than DECKS_PER_PAGE decks keeps one idle page for the print that follows (the
   * portfolio): a new page's renderer costs more CPU than that print, and such a run's pages are
   * small. A longer run's end is where its memory peaks: the portfolio gets a page of its own.
   */
  end(): void {
    this.ending = true;
    const kept = this.decks < DECKS_PER_PAGE ? this.idle.pop() : undefined;
    for (const page of this.idle.splice(0)) void page.then(({ page: idle }) => idle.close()).catch(() => {});
    if (kept) this.idle.push(kept);
  }

  /**
   * How many decks the next first page counts as printed already: spread over the cycle (0 and 5
   * for two pages), so that the pages' renderers are never all at their largest at once, nor all
   * replaced at once.
   */
  private headStart(): number {
    const index = this.opened++;
    return index < this.concurrency ? Math.floor((index * DECKS_PER_PAGE) / this.concurrency) : 0;
  }
}

/** `page` locked down, for its first deck; a failure is for the deck that awaits it to report. */
function ready(page: Page | Promise<Page>, printed: number): Promise<PrintingPage> {
  const locked = Promise.resolve(page)
    .then(lockDown)
    .then((unlocked) => ({ page: unlocked, printed }));
  locked.catch(() => {});
  return locked;
}
