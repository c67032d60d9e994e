/**
 * What tells a slow deck from a lost browser: a deck's deadline, whether the browser still
 * answers once it has passed (a frozen one does not), and its pipe closing.
 */
import type { Browser } from 'puppeteer-core';

/** How long a browser has to answer once a deck is past its deadline, before it counts as frozen. */
const ANSWER_MS = 2000;

/** A deck's deadline passed. */
export class PastDeadline extends Error {}

/** A deadline `ms` from now: `passed` rejects with PastDeadline then, unless cleared. */
export function pastDeadline(ms: number): { passed: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const passed = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PastDeadline(`past its deadline of ${ms} ms`)), ms);
  });
  passed.catch(() => {});
  return { passed, clear: () => clearTimeout(timer) };
}

/** Whether the browser answers a question within ANSWER_MS: a frozen one does not. */
export async function answers(browser: Browser): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ANSWER_MS)));
  try {
    return await Promise.race([
      browser.version().then(
        () => true,
        () => false,
      ),
      silence,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves when `browser` is disconnected, or after `ms` if it stays connected. */
export function disconnection(browser: Browser, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (!browser.connected) return resolve();
    const timer = setTimeout(resolve, ms);
    browser.once('disconnected', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
