/**
 * Finds Chrome or Chromium, in this order: the explicit setting (the config's
 * `browser.executable`), then the usual environment variables, then the browser puppeteer
 * downloaded, then common system paths. Where both are there, Chrome's headless shell comes
 * before the full browser: it only prints, which is all qbr asks, and starts several times
 * faster, which a one-deck run feels (docs/performance.md).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../paths.ts';
import { QbrError } from '../errors.ts';

export const BROWSER_ENV_VARS = ['QBR_BROWSER', 'PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH', 'CHROMIUM_PATH'] as const;

export const SYSTEM_BROWSER_PATHS = [
  '/usr/lib/chromium/chromium-headless-shell', // Debian's chromium-headless-shell, without its wrapper script
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_BROWSER_HINT =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium-headless-shell`, or `chromium`; macOS: `brew install --cask chromium`), ' +
  'or point qbr to a Chrome or Chromium with QBR_BROWSER=/path/to/chrome or browser.executable in qbr.config.yaml. ' +
  '`--format json` needs no browser.';

export interface BrowserSources {
  explicit?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** Where puppeteer's own download would be; a function because asking it may throw. */
  downloaded?: () => string | undefined;
  systemPaths?: readonly string[];
}

/** The path of the browser to launch, or a QbrError saying how to get one. */
export function findBrowser(sources: BrowserSources): string {
  if (sources.explicit !== undefined) {
    if (isExecutable(sources.explicit)) return sources.explicit;
    throw new QbrError(
      'QBR_NO_BROWSER',
      `the browser set for qbr does not exist or cannot run: ${sources.explicit}`,
      NO_BROWSER_HINT,
    );
  }
  const env = sources.env ?? process.env;
  for (const name of BROWSER_ENV_VARS) {
    const path = env[name];
    if (path && isExecutable(path)) return path;
  }
  const downloaded = safely(sources.downloaded);
  if (downloaded && isExecutable(downloaded)) return downloaded;
  const found = (sources.systemPaths ?? SYSTEM_BROWSER_PATHS).find(isExecutable);
  if (found) return found;
  throw new QbrError('QBR_NO_BROWSER', 'no Chrome or Chromium found to print the PDF', NO_BROWSER_HINT);
}

/**
 * The browser puppeteer's installer put in its cache (`npx @puppeteer/browsers install
 * chrome-headless-shell@stable`), if any: its headless shell when there, else its Chrome.
 * Read with @puppeteer/browsers, loaded only when the cache exists: a run with a system
 * browser does not pay for loading it.
 */
export function puppeteerDownload(
  cache = process.env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer'),
): string | undefined {
  if (!existsSync(cache)) return undefined;
  const browsers = createRequire(join(ROOT, 'package.json'))(
    '@puppeteer/browsers',
  ) as typeof import('@puppeteer/browsers');
  const installed = new browsers.Cache(cache).getInstalledBrowsers();
  const of = (browser: string) =>
    installed
      .filter((b) => b.browser === browser)
      .map((b) => b.executablePath)
      .find(isExecutable);
  return of(browsers.Browser.CHROMEHEADLESSSHELL) ?? of(browsers.Browser.CHROME);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function safely(get: (() => string | undefined) | undefined): string | undefined {
  try {
    return get?.();
  } catch {
    return undefined;
  }
}
