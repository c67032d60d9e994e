import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QbrError } from '../../src/errors.ts';
import { findBrowser, puppeteerDownload, SYSTEM_BROWSER_PATHS } from '../../src/print/find-browser.ts';
import { tempDir } from '../temp-dirs.ts';

const dir = tempDir('qbr-browsers-');
const executable = (name: string) => {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
};
const [explicit, fromEnv, downloaded, system] = ['explicit', 'env', 'downloaded', 'system'].map(executable) as [
  string,
  string,
  string,
  string,
];
const missing = join(dir, 'missing');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding a browser', () => {
  it('prefers the explicit setting', () => {
    expect(
      findBrowser({
        explicit,
        env: { PUPPETEER_EXECUTABLE_PATH: fromEnv },
        downloaded: () => downloaded,
        systemPaths: [system],
      }),
    ).toBe(explicit);
  });

  it('then the environment, in its documented order', () => {
    expect(
      findBrowser({
        env: { CHROME_PATH: missing, PUPPETEER_EXECUTABLE_PATH: fromEnv },
        downloaded: () => downloaded,
        systemPaths: [system],
      }),
    ).toBe(fromEnv);
    expect(findBrowser({ env: { QBR_BROWSER: explicit, PUPPETEER_EXECUTABLE_PATH: fromEnv }, systemPaths: [] })).toBe(
      explicit,
    );
  });

  it("then puppeteer's download, then the system paths", () => {
    expect(findBrowser({ env: {}, downloaded: () => downloaded, systemPaths: [system] })).toBe(downloaded);
    expect(findBrowser({ env: {}, downloaded: () => missing, systemPaths: [missing, system] })).toBe(system);
    expect(
      findBrowser({
        env: {},
        downloaded: () => {
          throw new Error('no cache');
        },
        systemPaths: [system],
      }),
    ).toBe(system);
  });

  it("looks for Chrome's headless shell before the full browser, which is slower to start", () => {
    const shell = SYSTEM_BROWSER_PATHS.findIndex((path) => path.includes('headless-shell'));
    const full = SYSTEM_BROWSER_PATHS.indexOf('/usr/bin/chromium');
    expect(shell).toBeGreaterThanOrEqual(0);
    expect(shell).toBeLessThan(full);
  });

  it('says what to do when there is none', () => {
    const error = (() => {
      try {
        findBrowser({ env: {}, downloaded: () => undefined, systemPaths: [missing] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(QbrError);
    expect((error as QbrError).code).toBe('QBR_NO_BROWSER');
    expect((error as QbrError).hint).toContain('apt-get install chromium');
    expect((error as QbrError).hint).toContain('QBR_BROWSER=');
  });

  it('refuses an explicit setting that does not exist rather than silently using another', () => {
    expect(() => findBrowser({ explicit: missing, systemPaths: [system] })).toThrow('does not exist or cannot run');
  });

  it("finds the headless shell in puppeteer's cache before its Chrome, and nothing without a cache", () => {
    const cache = join(dir, 'puppeteer-cache');
    const install = (folder: string, file: string) => {
      mkdirSync(join(cache, folder), { recursive: true });
      return executable(join('puppeteer-cache', folder, file));
    };
    const chrome = install('chrome/linux-131.0.6778.204/chrome-linux64', 'chrome');
    expect(puppeteerDownload(cache)).toBe(chrome);
    const shell = install(
      'chrome-headless-shell/linux-131.0.6778.204/chrome-headless-shell-linux64',
      'chrome-headless-shell',
    );
    expect(puppeteerDownload(cache)).toBe(shell);
    expect(puppeteerDownload(join(dir, 'no-cache'))).toBeUndefined();
  });
});
