/**
 * Stage 6, print: one Chromium for a whole run, a fresh locked-down page per deck, at most
 * `concurrency` decks at once. The browser is replaced after `recycleAfter` decks or when its
 * processes grow past `memoryLimitBytes`; a crashed browser is relaunched and the deck tried once more.
 */
import pLimit from 'p-limit';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Config } from '../config/config-schema.ts';
import { QbrError } from '../errors.ts';
import { processTreeBytes } from './browser-memory.ts';
import { findBrowser, puppeteerDownload } from './find-browser.ts';

/** Flags for a quiet, offline, reproducible headless Chromium. */
const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--font-render-hinting=none',
];

export interface PrinterOptions {
  browser: Config['browser'];
  /** Decks printed at once (default 2). */
  concurrency?: number;
  /** Decks one browser prints before it is replaced (default 100). */
  recycleAfter?: number;
  /** Browser memory, all processes, past which it is replaced (default 1 GiB). */
  memoryLimitBytes?: number;
  /** How long the browser may take to start (default: browser.timeout_ms). */
  launchTimeoutMs?: number;
}

/** Memory is measured every this many decks: often enough to catch growth, rarely enough to cost nothing. */
const MEMORY_CHECK_EVERY = 10;

interface Session {
  browser: Promise<Browser>;
  /**
   * The blank page a new browser opens with, locked down while the first deck is prepared:
   * that deck uses it rather than open another.
   */
  blank: Page | null;
  printed: number;
  active: number;
  retired: boolean;
}

/** A print asked for after `close()`: the run is stopping. */
export class PrinterClosed extends Error {}

export class Printer {
  private session: Session | null = null;
  private closed = false;
  private readonly limit: ReturnType<typeof pLimit>;
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
        return await this.printOnce(html);
      } catch (error) {
        // A browser that died, printing or starting, gets one more chance: a fresh one.
        const died = error instanceof BrowserCrash || (error instanceof QbrError && error.code === 'QBR_BROWSER_FAILED' && !this.closed);
        if (!died) throw error;
        return await this.printOnce(html);
      }
    });
  }

  /** Starts the browser now, so it boots while the first deck's charts are drawn. */
  warmUp(): void {
    if (!this.closed) void this.current().browser.catch(() => {}); // a failure is reported by the print that needs it
  }

  /** Closes the browser; prints asked for afterwards fail with PrinterClosed. */
  async close(): Promise<void> {
    this.closed = true;
    const session = this.session;
    this.session = null;
    if (session) await closeSession(session);
  }

  private async printOnce(html: string): Promise<Uint8Array> {
    const session = this.current();
    const browser = await session.browser.catch((error: unknown) => {
      this.retire(session);
      throw error; // could not start: QBR_NO_BROWSER or QBR_BROWSER_FAILED, said once
    });
    session.active++;
    try {
      const page = session.blank ?? (await lockDown(await browser.newPage()));
      session.blank = null;
      return await printPage(page, html, this.options.browser.timeout_ms);
    } catch (error) {
      if (!browser.connected) {
        this.retire(session);
        throw new BrowserCrash((error as Error).message);
      }
      throw error;
    } finally {
      session.active--;
      session.printed++;
      await this.recycleIfDue(session);
    }
  }

  private current(): Session {
    if (this.closed) throw new PrinterClosed('the run is stopping');
    if (!this.session) {
      const session: Session = { browser: Promise.resolve(null as never), blank: null, printed: 0, active: 0, retired: false };
      session.browser = this.launch(session);
      this.session = session;
    }
    return this.session;
  }

  private async recycleIfDue(session: Session): Promise<void> {
    if (!session.retired && session.printed % MEMORY_CHECK_EVERY === 1) {
      const browser = await session.browser.catch(() => null);
      const pid = browser?.process()?.pid;
      const bytes = pid ? await processTreeBytes(pid) : 0;
      this.peakBrowserBytes = Math.max(this.peakBrowserBytes, bytes);
      if (bytes > (this.options.memoryLimitBytes ?? 1024 ** 3)) this.retire(session);
    }
    if (session.printed >= (this.options.recycleAfter ?? 100)) this.retire(session);
    if (session.retired && session.active === 0) await closeSession(session);
  }

  /** New decks go to a new browser; this one closes when its last deck is done. */
  private retire(session: Session): void {
    session.retired = true;
    if (this.session === session) this.session = null;
  }

  private async launch(session: Session): Promise<Browser> {
    const browser = await this.start();
    const [blank] = await browser.pages();
    session.blank = blank ? await lockDown(blank) : null;
    return browser;
  }

  private async start(): Promise<Browser> {
    const executablePath = findBrowser({ explicit: this.options.browser.executable, downloaded: puppeteerDownload });
    const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    try {
      return await puppeteer.launch({
        executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS, ...sandbox],
        timeout: this.options.launchTimeoutMs ?? this.options.browser.timeout_ms,
        // The CLI stops the run on Ctrl-C and closes this browser itself (see src/cli.ts).
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
    } catch (error) {
      throw new QbrError(
        'QBR_BROWSER_FAILED',
        `the browser at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}`,
        'Check that it runs (`chromium --version`), or point QBR_BROWSER to another.',
      );
    }
  }
}

class BrowserCrash extends Error {}

async function closeSession(session: Session): Promise<void> {
  const browser = await session.browser.catch(() => null);
  await browser?.close().catch(() => browser.process()?.kill('SIGKILL'));
}

/** No script, and no request but for `data:` URLs (the deck is self-contained). */
async function lockDown(page: Page): Promise<Page> {
  await Promise.all([page.setJavaScriptEnabled(false), page.setRequestInterception(true)]);
  page.on('request', (request) => {
    if (request.url().startsWith('data:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

async function printPage(page: Page, html: string, timeout: number): Promise<Uint8Array> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const work = (async () => {
      await page.setContent(html, { waitUntil: 'load', timeout });
      return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout });
    })();
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QbrError('QBR_BROWSER_FAILED', `the deck took more than ${timeout} ms to print`, 'Raise browser.timeout_ms in qbr.config.yaml, or check the browser.')), timeout);
    });
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
    await page.close().catch(() => {});
  }
}
