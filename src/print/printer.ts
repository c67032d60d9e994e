/**
 * Stage 6, print: one Chromium for a whole run, at most `concurrency` decks at once, each on a
 * locked-down page that goes back for the next deck once its deck printed. The browser is
 * replaced after `recycleAfter` decks or when its processes grow past `memoryLimitBytes`; a
 * crashed browser is relaunched and the deck tried once more. It is driven through a pipe, so it
 * ends with this process however that ends (SIGKILL, the OOM killer, a CI job's hard timeout).
 */
import pLimit from 'p-limit';
import puppeteer, { ProtocolError, type Browser, type Page } from 'puppeteer-core';
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
  // The GPU process and the network service run inside the browser's own process: 30 MB less
  // (PSS, 200 decks) for no CPU that could be told from noise; qbr draws nothing on a GPU and
  // loads nothing from the network.
  '--in-process-gpu',
  '--enable-features=NetworkServiceInProcess2',
];

export interface PrinterOptions {
  browser: Config['browser'];
  /** Decks printed at once (default 2). */
  concurrency?: number;
  /**
   * Decks one browser prints before it is replaced (default 1000). Its memory does not grow from
   * deck to deck (PSS between 190 and 320 MB over 200 decks without a replacement), and a
   * replacement starts before the browser it replaces has closed: for a moment there are two.
   */
  recycleAfter?: number;
  /** Browser memory, all processes, past which it is replaced (default 1 GiB). */
  memoryLimitBytes?: number;
  /** How long the browser may take to start (default: browser.timeout_ms). */
  launchTimeoutMs?: number;
}

/**
 * A page prints deck after deck: a new page for each cost the browser more CPU than printing
 * the deck (0.46 s a deck against 0.26 s, page and print). But its renderer grows by about 7 MB
 * a deck (75 MB after its first, 140 MB after its tenth, synthetic decks), so after this many
 * decks the page is closed and a new one opened (at 60 decks: 210 MB against 530 MB for the
 * browser, for no CPU that could be told from noise). Eight decks a page lowered the peak at 500
 * accounts by about 10 MB only (two runs each).
 */
const DECKS_PER_PAGE = 10;

/**
 * How many decks the `index`-th of a browser's first pages counts as printed already: spread
 * over the cycle (0 and 5 for two pages), so that the pages' renderers are never all at their
 * largest at once, nor all replaced at once.
 */
const headStart = (index: number, concurrency: number): number => (index < concurrency ? Math.floor((index * DECKS_PER_PAGE) / concurrency) : 0);

interface PrintingPage {
  page: Page;
  printed: number;
}

/** Memory is measured every this many decks: often enough to catch growth, rarely enough to cost nothing. */
const MEMORY_CHECK_EVERY = 10;

interface Session {
  browser: Promise<Browser>;
  /**
   * Locked-down pages free for a deck (or being opened for one), starting with the blank page a
   * new browser opens with.
   */
  idle: Array<Promise<PrintingPage>>;
  printed: number;
  /** Pages opened for this browser other than as a replacement, the blank page first. */
  opened: number;
  active: number;
  retired: boolean;
  closed: boolean;
}

/** A print asked for after `close()`: the run is stopping. */
export class PrinterClosed extends Error {}

export class Printer {
  private session: Session | null = null;
  private closed = false;
  /** See ending(). */
  private ended = false;
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
        try {
          return await this.printOnce(html);
        } catch (again) {
          // Twice: the browser, not this deck, is at fault; said as such, never as a bug of ours.
          if (again instanceof BrowserCrash) throw new QbrError('QBR_BROWSER_FAILED', `the browser crashed twice while printing this deck: ${again.message}`, 'Try again; if it keeps crashing, check the machine\'s memory or point browser.executable to another Chrome or Chromium.');
          throw again;
        }
      }
    });
  }

  /** Starts the browser now, so it boots while the first deck's charts are drawn. */
  warmUp(): void {
    if (!this.closed) void this.current().browser.catch(() => {}); // a failure is reported by the print that needs it
  }

  /**
   * Told that no deck follows the prints already asked for (the portfolio's PDF comes last): a
   * page that falls idle from now on is closed rather than kept, and so are the idle pages now,
   * so the run's last prints run beside as few renderers as there are prints. A print that finds
   * no page open opens a new one.
   */
  ending(): void {
    this.ended = true;
    for (const page of this.session?.idle.splice(0) ?? []) void page.then(({ page: idle }) => idle.close()).catch(() => {});
  }

  /** Closes the browser; prints asked for afterwards fail with PrinterClosed. */
  async close(): Promise<void> {
    this.closed = true;
    const session = this.session;
    this.session = null;
    await Promise.all([session && closeSession(session), ...this.closing]);
  }

  private async printOnce(html: string): Promise<Uint8Array> {
    const session = this.current();
    const browser = await session.browser.catch((error: unknown) => {
      this.retire(session);
      throw error; // could not start: QBR_NO_BROWSER or QBR_BROWSER_FAILED, said once
    });
    session.active++;
    let page: PrintingPage | undefined;
    let replacement: Promise<PrintingPage> | null = null;
    let reuse = false;
    try {
      page = await (session.idle.pop() ?? openPage(browser, this.headStartOfNext(session)));
      // The page's replacement opens while it prints its last deck: the next deck finds it ready.
      if (page.printed === DECKS_PER_PAGE - 1 && !this.ended) replacement = openPage(browser);
      const pdf = await printPage(page.page, html, this.options.browser.timeout_ms);
      reuse = ++page.printed < DECKS_PER_PAGE;
      return pdf;
    } catch (error) {
      if (error instanceof ProtocolError || !browser.connected) {
        // The page's renderer or the whole browser went away. When it was the browser, the pipe
        // tells so a moment after the page's session: wait for it before choosing where to retry.
        await disconnection(browser, 1000);
        // A closed target or session is a browser on its way out even while its pipe is still open.
        if (!browser.connected || /(Target|Session|Connection) closed/i.test((error as Error).message)) this.retire(session);
        throw new BrowserCrash((error as Error).message);
      }
      throw error;
    } finally {
      // A page goes after DECKS_PER_PAGE decks, or when its deck failed or took too long (its
      // state unknown), or when the run is ending and no print waits for it.
      if (page && reuse && !session.retired && !(this.ended && this.limit.pendingCount === 0)) session.idle.push(Promise.resolve(page));
      else void page?.page.close().catch(() => {});
      if (replacement && !session.retired) session.idle.push(replacement);
      else void replacement?.then(({ page: unused }) => unused.close()).catch(() => {});
      session.active--;
      session.printed++;
      this.recycleIfDue(session);
    }
  }

  /** The head start of a page opened for `session` other than as a replacement (see headStart). */
  private headStartOfNext(session: Session): number {
    return headStart(session.opened++, this.limit.concurrency);
  }

  private current(): Session {
    if (this.closed) throw new PrinterClosed('the run is stopping');
    if (!this.session) {
      const session: Session = { browser: Promise.resolve(null as never), idle: [], printed: 0, opened: 0, active: 0, retired: false, closed: false };
      session.browser = this.launch(session);
      this.session = session;
    }
    return this.session;
  }

  /**
   * Retires the browser after `recycleAfter` decks, and checks its memory now and then; neither
   * holds up the next deck (the check reads every process's memory map: 25 ms).
   */
  private recycleIfDue(session: Session): void {
    if (!session.retired && session.printed % MEMORY_CHECK_EVERY === 1) void this.checkMemory(session);
    if (session.printed >= (this.options.recycleAfter ?? 1000)) this.retire(session);
    this.closeWhenDone(session);
  }

  private async checkMemory(session: Session): Promise<void> {
    const browser = await session.browser.catch(() => null);
    const pid = browser?.process()?.pid;
    const bytes = pid ? await processTreeBytes(pid) : 0;
    this.peakBrowserBytes = Math.max(this.peakBrowserBytes, bytes);
    if (bytes > (this.options.memoryLimitBytes ?? 1024 ** 3)) this.retire(session);
    this.closeWhenDone(session);
  }

  /** Browsers being closed; `close()` waits for them. */
  private readonly closing = new Set<Promise<void>>();

  private closeWhenDone(session: Session): void {
    if (!session.retired || session.active > 0 || session.closed) return;
    session.closed = true;
    const closed = closeSession(session).finally(() => this.closing.delete(closed));
    this.closing.add(closed);
  }

  /** New decks go to a new browser; this one closes when its last deck is done. */
  private retire(session: Session): void {
    session.retired = true;
    if (this.session === session) this.session = null;
  }

  private async launch(session: Session): Promise<Browser> {
    const browser = await this.start();
    const [blank] = await browser.pages();
    if (blank) session.idle.push(ready(blank, this.headStartOfNext(session)));
    return browser;
  }

  private async start(): Promise<Browser> {
    const executablePath = findBrowser({ explicit: this.options.browser.executable, downloaded: puppeteerDownload });
    // Without the sandbox (as root) renderers need no zygote to start from: 20 MB less.
    const sandbox = process.getuid?.() === 0 ? ['--no-sandbox', '--no-zygote'] : [];
    const timeout = this.options.launchTimeoutMs ?? this.options.browser.timeout_ms;
    // Over a pipe puppeteer's own launch timeout does not cover the first commands, which a
    // browser that hangs at start never answers: this deadline does, and ends that browser.
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort();
        reject(new Error(`it did not answer within ${timeout} ms`));
      }, timeout);
    });
    const launching = puppeteer.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...sandbox],
      // A pipe rather than a WebSocket: when this process ends, however it ends, the pipe
      // closes and the browser quits, where a port would keep it running with no parent.
      pipe: true,
      signal: abort.signal,
      timeout,
      // The CLI stops the run on Ctrl-C and closes this browser itself (see src/cli.ts).
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    try {
      return await Promise.race([launching, deadline]);
    } catch (error) {
      void launching.then((late) => late.close(), () => {}); // a browser that starts after all is not left behind
      throw new QbrError(
        'QBR_BROWSER_FAILED',
        `the browser at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}`,
        'Check that it runs (`chromium --version`), or point QBR_BROWSER to another.',
      );
    } finally {
      clearTimeout(timer);
    }
  }
}

class BrowserCrash extends Error {}

/** Resolves when `browser` is disconnected, or after `ms` if it stays connected. */
function disconnection(browser: Browser, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (!browser.connected) return resolve();
    const timer = setTimeout(resolve, ms);
    browser.once('disconnected', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * The browser's processes are ended, not asked to close: every PDF it printed is in hand. It
 * leads a process group of its own, so one signal ends every process of it; puppeteer's close
 * then finds it gone, waits for its exit and removes its temporary profile. 25-36 ms where a
 * polite close took 31-52 (scratch/closecost2.ts, two rounds each).
 */
async function closeSession(session: Session): Promise<void> {
  const browser = await session.browser.catch(() => null);
  if (!browser) return;
  const pid = browser.process()?.pid;
  try {
    if (pid) process.kill(-pid, 'SIGKILL');
  } catch {
    // gone already, or no process groups here (Windows): the close below ends it
  }
  await browser.close().catch(() => {});
}

/** A new locked-down page; `printed`: the decks it counts as printed already (see headStart). */
const openPage = (browser: Browser, printed = 0): Promise<PrintingPage> => ready(browser.newPage(), printed);

/** `page` locked down, for its first deck; a failure is for the deck that awaits it to report. */
function ready(page: Page | Promise<Page>, printed = 0): Promise<PrintingPage> {
  const locked = Promise.resolve(page).then(lockDown).then((unlocked) => ({ page: unlocked, printed }));
  locked.catch(() => {});
  return locked;
}

/**
 * No request but for `data:` URLs (the deck is self-contained). Script is kept out by the
 * policy `withPrintPolicy` puts in each page, not by turning JavaScript off: with JavaScript
 * off the deck's presenting script did not hide the slides it does not show, so Chromium laid
 * all twelve out for the screen before it laid them out for print, 0.11 s more CPU a deck
 * (0.33 s against 0.22 s, 40 synthetic decks, the two compared on the same HTML).
 */
async function lockDown(page: Page): Promise<Page> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('data:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

/** Prints on `page` and leaves it open: the caller decides whether it prints the next deck. */
async function printPage(page: Page, html: string, timeout: number): Promise<Uint8Array> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const work = (async () => {
      await page.setContent(withPrintPolicy(html), { waitUntil: 'load', timeout });
      return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout });
    })();
    work.catch(() => {}); // past the deadline, its failure is no one's news
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QbrError('QBR_BROWSER_FAILED', `the deck took more than ${timeout} ms to print`, 'Raise browser.timeout_ms in qbr.config.yaml, or check the browser.')), timeout);
    });
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The page's own policy and this one both apply: no script at all (not even the deck's
 * presenting script, which its policy allows), nothing loaded but `data:` images and fonts,
 * inline styles. First in the document, after its doctype (which keeps the page out of quirks
 * mode; comments before it are kept there too), so it governs everything after it. The page is
 * hidden on screen: nobody sees it, and Chromium lays it out only for print (the pages print
 * pixel for pixel as before, at 110 dpi).
 */
const PRINT_POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'"><style>@media screen { html { display: none } }</style>`;

export function withPrintPolicy(html: string): string {
  // A doctype may follow white space and comments and still keep the page in standards mode.
  const doctype = /^(?:\s|<!--[\s\S]*?-->)*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return html.slice(0, at) + PRINT_POLICY + html.slice(at);
}
