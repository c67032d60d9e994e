/**
 * The browser the e2e files open pages in (the decks, the portfolio, the preview): one for the
 * whole run, started by test/e2e/global-setup.ts as qbr starts its own where that is cheaper,
 * and ended when the run ends. Each file has a context of its own in it, whose pages close with
 * the context, so no file sees another's pages or pays for a browser of its own.
 */
import puppeteer, { type Browser, type BrowserContext } from 'puppeteer';
import { inject } from 'vitest';
import { findBrowser } from '../../src/print/find-browser.ts';

const ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--in-process-gpu',
  '--enable-features=NetworkServiceInProcess2',
  // One renderer for a context's pages (a context cannot share another's), so a file's tenth
  // page does not start a tenth renderer.
  '--renderer-process-limit=1',
  // As qbr prints: the layout the tests measure is the one in the PDF.
  '--font-render-hinting=none',
  '--disable-site-isolation-trials',
];

/** The run's browser, for test/e2e/global-setup.ts: none where there is no browser (the files that need one fail, naming it). */
export async function launchTestBrowser(): Promise<Browser | undefined> {
  let executablePath: string;
  try {
    executablePath = findBrowser({});
  } catch {
    return undefined;
  }
  return puppeteer.launch({ executablePath, args: ARGS });
}

let connected: Promise<Browser> | undefined;

/** A context of the run's browser for one file; close it in the file's afterAll. */
export async function browserContext(): Promise<BrowserContext> {
  const endpoint = inject('testBrowser');
  if (!endpoint) throw new Error('no browser for the e2e tests: apt-get install chromium-headless-shell');
  connected ??= puppeteer.connect({ browserWSEndpoint: endpoint });
  return (await connected).createBrowserContext();
}
