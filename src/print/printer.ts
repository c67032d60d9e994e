/** Stage 6, print: one Chromium for the whole run, a fresh page per deck. */
import puppeteer, { type Browser } from 'puppeteer';
import { QbrError } from '../errors.ts';
import type { Config } from '../config/config-schema.ts';
import { findBrowser } from './find-browser.ts';

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

export class Printer {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly settings: Config['browser']) {}

  /** Prints self-contained HTML to PDF. The page may load nothing but `data:` URLs and runs no script. */
  async print(html: string): Promise<Uint8Array> {
    const browser = await this.launch();
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().startsWith('data:')) void request.continue();
        else void request.abort('blockedbyclient');
      });
      const timeout = this.settings.timeout_ms;
      await page.setContent(html, { waitUntil: 'load', timeout });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout });
    } finally {
      await page.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }

  private launch(): Promise<Browser> {
    this.browser ??= (async () => {
      const executablePath = findBrowser({ explicit: this.settings.executable, downloaded: () => puppeteer.executablePath() });
      const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
      try {
        return await puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...sandbox] });
      } catch (error) {
        throw new QbrError('QBR_BROWSER_FAILED', `the browser at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}`, 'Check that it runs (`chromium --version`), or point QBR_BROWSER to another.');
      }
    })();
    return this.browser;
  }
}
