/**
 * The browser an e2e file opens pages in (the decks, the portfolio, the preview): the one qbr
 * prints with, started as qbr starts it where that is cheaper, and with one renderer process
 * for all its pages, so a file's tenth page does not start a tenth renderer.
 */
import puppeteer, { type Browser } from 'puppeteer';
import { findBrowser } from '../../src/print/find-browser.ts';

const ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-software-rasterizer',
  '--in-process-gpu',
  '--enable-features=NetworkServiceInProcess2',
  '--renderer-process-limit=1',
  '--disable-site-isolation-trials',
];

export const launchBrowser = (extraArgs: string[] = []): Promise<Browser> =>
  puppeteer.launch({ executablePath: findBrowser({}), args: [...ARGS, ...extraArgs] });
