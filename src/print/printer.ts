/**
 * Stage 6, print: one Chromium for a whole run (src/print/chromium.ts), at most `concurrency`
 * decks at once, on pages it keeps (src/print/page-pool.ts). A browser is replaced after
 * `recycleAfter` decks, when its processes grow past `memoryLimitBytes`, and when it fails: a
 * browser that dies, or stops answering past a deck's deadline, is ended and the deck printed
 * once more on a new one. A browser that cannot start ends the run's printing: every print
 * after it fails at once with the same error, rather than waiting for a start of its own.
 */
import pLimit from 'p-limit';
import { ProtocolError, type Browser } from 'puppeteer-core';
import type { Config } from '../config/config-schema.ts';
import { QbrError } from '../errors.ts';
import { processTreeBytes } from './browser-memory.ts';
import { launchChromium, LaunchFailed, type Chromium } from './chromium.ts';
import { findBrowser, puppeteerDownload } from './find-browser.ts';
import { answers, disconnection, pastDeadline, PastDeadline } from './browser-signs.ts';
import { PagePool, type PrintingPage } from './page-pool.ts';
import { printOnPage } from './print-page.ts';

export interface PrinterOptions {
  browser: Config['browser'];
  /** Decks printed at once (default 2). */
  concurrency?: number;
  /**
   * Decks one browser prints before it is replaced (default 1000). Its memory does not grow from
   * deck to deck, and a replacement starts before the browser it replaces has closed: for a
   * moment there are two.
   */
  recycleAfter?: number;
  /** Browser memory, all processes, past which it is replaced (default 1 GiB). */
  memoryLimitBytes?: number;
  /** How long the browser may take to start (default: browser.timeout_ms). */
  launchTimeoutMs?: number;
}

/** Memory is measured every this many decks: often enough to catch growth, rarely enough to cost nothing. */
const MEMORY_CHECK_EVERY = 10;
const BROWSER_HINT = 'Check that it runs (`chromium --version`), or point QBR_BROWSER to another.';

/** One browser and what the printer knows of it. */
interface Session {
  started: Promise<{ chromium: Chromium; pages: PagePool }>;
  printed: number;
  active: number;
  /** No new deck goes to it; it ends when its last deck is done. */
  retired: boolean;
  ended: boolean;
}

/** A print asked for after `close()`: the run is stopping. */
export class PrinterClosed extends Error {}

/** The browser went away or froze under a deck: worth one more try on a new browser. */
class BrowserLost extends Error {}

export class Printer {
  private session: Session | null = null;
  private closed = false;
  /** Told that no deck follows (see ending()). */
  private lastDecks = false;
  /** Why the browser could not start: every print after it fails with this. */
  private failure: QbrError | null = null;
  /** Starts in a row that ended as they began: one is retried, the second ends the run's printing. */
  private endedStarts = 0;
  private readonly limit: ReturnType<typeof pLimit>;
  /** Browsers being ended; `close()` waits for them. */
  private readonly stopping = new Set<Promise<void>>();
  /** The most memory a browser of this printer was seen to use, for the benchmark. */
  peakBrowserBytes = 0;

  constructor(private readonly options: PrinterOptions) {
    this.limit = pLimit(options.concurrency ?? 2);
  }

  /**
   * Prints self-contained HTML to PDF. The page may load nothing but `data:` URLs and runs no
   * script. `onStart` is called when a page is free for it (the time before is queueing).
   */
  print(html: string, onStart: () => void = () => {}): Promise<Uint8Array> {
    return this.limit(async () => {
      onStart();
      try {
        return await this.attempt(html);
      } catch (error) {
        if (!(error instanceof BrowserLost)) throw error;
        try {
          return await this.attempt(html);
        } catch (again) {
          // Twice: the browser, not this deck, is at fault; said as such, never as a bug of ours.
          if (!(again instanceof BrowserLost)) throw again;
          throw new QbrError(
            'QBR_BROWSER_FAILED',
            `the browser failed twice while printing this deck: ${again.message}`,
            "Try again; if it keeps failing, check the machine's memory or point browser.executable to another Chrome or Chromium.",
          );
        }
      }
    });
  }

  /** Starts the browser now, so it boots while the first deck's charts are drawn. */
  warmUp(): void {
    if (!this.closed && !this.failure) void this.current().started.catch(() => {}); // reported by the print that needs it
  }

  /** Whether the browser failed to start: no print of this run can succeed. */
  get failed(): boolean {
    return this.failure !== null;
  }

  /** Told that no deck follows the prints already asked for (see PagePool.end). */
  ending(): void {
    this.lastDecks = true;
    void this.session?.started.then(
      ({ pages }) => pages.end(),
      () => {},
    );
  }

  /** Ends the browser; prints asked for afterwards fail with PrinterClosed. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.session) this.end(this.session);
    this.session = null;
    await Promise.all(this.stopping);
  }

  /** One try at printing `html`: on the current browser, within the deck's deadline. */
  private async attempt(html: string): Promise<Uint8Array> {
    if (this.failure) throw this.failure;
    const session = this.current();
    const { chromium, pages } = await session.started.catch((error: unknown) => {
      this.retire(session);
      throw error;
    });
    const timeout = this.options.browser.timeout_ms;
    const deadline = pastDeadline(timeout);
    // A browser whose process ended answers nothing, even while something keeps its pipe open.
    const gone = chromium.ended.then(() => Promise.reject(new BrowserLost('its process ended')));
    gone.catch(() => {});
    const stopped = Promise.race([deadline.passed, gone]);
    session.active++;
    let page: PrintingPage | undefined;
    let printed = false;
    try {
      const taking = pages.take();
      page = await Promise.race([taking, stopped]).catch((error: unknown) => {
        void taking.then((late) => late.page.close()).catch(() => {}); // a page that opens after all
        throw error;
      });
      const pdf = await Promise.race([printOnPage(page.page, html, timeout), stopped]);
      printed = true;
      return pdf;
    } catch (error) {
      throw await this.diagnose(error, session, chromium.browser);
    } finally {
      deadline.clear();
      if (page) pages.give(page, printed && !session.retired, this.limit.pendingCount > 0);
      session.active--;
      session.printed++;
      this.recycleIfDue(session, chromium);
    }
  }

  /** What a failed try means: the deck's own failure, or a browser lost (retired, the deck retried). */
  private async diagnose(error: unknown, session: Session, browser: Browser): Promise<unknown> {
    if (this.closed) return new PrinterClosed('the run is stopping');
    if (error instanceof BrowserLost) {
      this.retire(session, true);
      return error;
    }
    if (error instanceof PastDeadline) {
      // A browser that still answers is well: the deck itself is too slow, and would be again.
      if (await answers(browser))
        return new QbrError(
          'QBR_BROWSER_FAILED',
          `the deck took more than ${this.options.browser.timeout_ms} ms to print`,
          'Raise browser.timeout_ms in qbr.config.yaml, or check the browser.',
        );
      this.retire(session, true);
      return new BrowserLost('it stopped answering');
    }
    if (error instanceof ProtocolError || !browser.connected) {
      // The page's renderer or the whole browser went away. When it was the browser, the pipe
      // tells so a moment after the page's session: wait for it before choosing where to retry.
      await disconnection(browser, 1000);
      // A closed target or session is a browser on its way out even while its pipe is still open.
      if (!browser.connected || /(Target|Session|Connection) closed/i.test((error as Error).message))
        this.retire(session, true);
      return new BrowserLost((error as Error).message);
    }
    return error;
  }

  private current(): Session {
    if (this.closed) throw new PrinterClosed('the run is stopping');
    if (!this.session) {
      const session: Session = { started: this.start(), printed: 0, active: 0, retired: false, ended: false };
      // A browser that exits, or whose pipe closes, takes no new deck from that moment.
      void session.started.then(
        ({ chromium }) => {
          void chromium.ended.then(() => this.retire(session));
          chromium.browser.once('disconnected', () => this.retire(session));
        },
        () => {},
      );
      this.session = session;
    }
    return this.session;
  }

  /**
   * Starts a browser. One that ends as it starts is tried once more (by the print that needed
   * it); one that does not answer in time, or ends twice, ends the run's printing.
   */
  private async start(): Promise<{ chromium: Chromium; pages: PagePool }> {
    let executablePath = '';
    try {
      executablePath = findBrowser({ explicit: this.options.browser.executable, downloaded: puppeteerDownload });
      const chromium = await launchChromium(
        executablePath,
        this.options.launchTimeoutMs ?? this.options.browser.timeout_ms,
      );
      this.endedStarts = 0;
      const pages = new PagePool(chromium.browser, this.limit.concurrency, chromium.blank);
      if (this.lastDecks) pages.end();
      return { chromium, pages };
    } catch (error) {
      if (error instanceof LaunchFailed && error.ended && this.endedStarts++ === 0 && !this.closed)
        throw new BrowserLost(`it did not start: ${error.message}`);
      this.failure ??=
        error instanceof QbrError
          ? error
          : new QbrError(
              'QBR_BROWSER_FAILED',
              `the browser at ${executablePath} did not start: ${firstLine(error)}`,
              BROWSER_HINT,
            );
      throw this.failure;
    }
  }

  /** Retires the browser after `recycleAfter` decks, and checks its memory now and then; neither holds up the next deck. */
  private recycleIfDue(session: Session, chromium: Chromium): void {
    if (!session.retired && session.printed % MEMORY_CHECK_EVERY === 1) void this.checkMemory(session, chromium);
    if (session.printed >= (this.options.recycleAfter ?? 1000)) this.retire(session);
    if (session.retired && session.active === 0) this.end(session);
  }

  private async checkMemory(session: Session, chromium: Chromium): Promise<void> {
    const bytes = await processTreeBytes(chromium.pid);
    this.peakBrowserBytes = Math.max(this.peakBrowserBytes, bytes);
    if (bytes > (this.options.memoryLimitBytes ?? 1024 ** 3)) this.retire(session);
    if (session.retired && session.active === 0) this.end(session);
  }

  /** New decks go to a new browser; this one ends when its last deck is done, or `now`. */
  private retire(session: Session, now = false): void {
    session.retired = true;
    if (this.session === session) this.session = null;
    if (now || session.active === 0) this.end(session);
  }

  private end(session: Session): void {
    if (session.ended) return;
    session.ended = true;
    const ended = session.started
      .then(
        ({ chromium }) => chromium.kill(),
        () => {},
      )
      .finally(() => this.stopping.delete(ended));
    this.stopping.add(ended);
  }
}

const firstLine = (error: unknown): string => ((error as Error)?.message ?? String(error)).split('\n')[0]!;
