/**
 * The HTML deck presenting itself in Chromium: one slide at a time, keys to move, the slide in
 * the address; a policy that runs its own script and nothing else; the scroll of slides
 * without scripts, and in print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, KnownDevices, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers.ts';
import { qbr, scratch } from './render.ts';
import { samples } from './shared.ts';
import { launchBrowser } from './browser.ts';

let out: string;
const hostile = scratch();
const acme = () => `file://${join(out, '2026-Q4', 'customer', 'acme-qbr-2026-Q4.html')}`;
let browser: Browser;

beforeAll(async () => {
  out = await samples();
  expect((await qbr([fixturePath('hostile-script'), '--out', hostile, '--format', 'html'])).status).toBe(0);
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(url: string, javascript = true): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setJavaScriptEnabled(javascript);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The numbers (from 1) of the slides on screen: displayed and inside the window. */
const onScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.slide')].flatMap((slide, i) => {
      const box = slide.getBoundingClientRect();
      const shown =
        getComputedStyle(slide).display !== 'none' && box.bottom > 0 && box.top < innerHeight && box.width > 0;
      return shown ? [i + 1] : [];
    }),
  );

describe('the HTML deck, presenting', () => {
  it('shows one slide at a time; the right arrow brings the next into view and into the address', async () => {
    const page = await open(acme());
    expect(await onScreen(page)).toEqual([1]);
    await page.keyboard.press('ArrowRight');
    expect(await onScreen(page)).toEqual([2]);
    expect(await page.evaluate(() => location.hash)).toBe('#2');
    await page.keyboard.press('Space');
    await page.keyboard.press('PageDown');
    expect(await onScreen(page)).toEqual([4]);
    await page.keyboard.press('ArrowLeft');
    expect(await onScreen(page)).toEqual([3]);
    await page.keyboard.press('End');
    expect(await onScreen(page)).toEqual([13]);
    await page.keyboard.press('ArrowRight');
    expect(await onScreen(page)).toEqual([13]);
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => location.hash)).toBe('#1');
    await page.close();
  });

  it('opens at the slide the address names, and fills the window with it', async () => {
    const page = await open(`${acme()}#3`);
    expect(await onScreen(page)).toEqual([3]);
    const width = await page.evaluate(() => document.querySelectorAll('.slide')[2]!.getBoundingClientRect().width);
    // 1280 × 800: the 16:9 slide is as wide as the window.
    expect(Math.round(width)).toBe(1280);
    await page.close();
  });

  it('is the scroll of every slide without scripts', async () => {
    const page = await open(`${acme()}#3`, false);
    const state = await page.evaluate(() => ({
      presenting: document.documentElement.classList.contains('presenting'),
      shown: [...document.querySelectorAll('.slide')].filter((s) => getComputedStyle(s).display !== 'none').length,
      height: document.documentElement.scrollHeight,
    }));
    expect(state).toEqual({ presenting: false, shown: 13, height: expect.any(Number) });
    expect(state.height).toBeGreaterThan(12 * 720);
    await page.close();
  });

  it('prints every slide, presenting or not', async () => {
    const page = await open(acme());
    await page.emulateMediaType('print');
    const shown = await page.evaluate(
      () => [...document.querySelectorAll('.slide')].filter((s) => getComputedStyle(s).display !== 'none').length,
    );
    expect(shown).toBe(13);
    await page.close();
  });
});

describe('on a phone (touch, 390 x 664)', () => {
  const phone = async () => {
    const page = await browser.newPage();
    await page.emulate(KnownDevices['iPhone 13']);
    await page.goto(acme(), { waitUntil: 'load' });
    return page;
  };
  const hash = (page: Page) => page.evaluate(() => location.hash);

  it('a tap on the right two thirds goes on, on the left third back', async () => {
    const page = await phone();
    await page.touchscreen.tap(300, 400);
    expect(await hash(page)).toBe('#2');
    await page.touchscreen.tap(200, 400);
    expect(await hash(page)).toBe('#3');
    await page.touchscreen.tap(60, 400);
    expect(await hash(page)).toBe('#2');
    await page.close();
  });

  // A touch that moved ends without waiting for the page: the address is awaited, not read at once.
  const hashBecomes = async (page: Page, expected: string) => {
    await page.waitForFunction((h) => location.hash === h, { timeout: 5000 }, expected).catch(() => undefined);
    return hash(page);
  };

  it('a swipe to the left goes on, to the right back', async () => {
    const page = await phone();
    await page.touchscreen.touchStart(300, 400);
    await page.touchscreen.touchMove(100, 410);
    await page.touchscreen.touchEnd();
    expect(await hashBecomes(page, '#2')).toBe('#2');
    await page.touchscreen.touchStart(100, 400);
    await page.touchscreen.touchMove(300, 390);
    await page.touchscreen.touchEnd();
    expect(await hashBecomes(page, '#1')).toBe('#1');
    await page.close();
  });

  it('a tap after a swipe still moves', async () => {
    const page = await phone();
    await page.touchscreen.touchStart(300, 400);
    await page.touchscreen.touchMove(100, 410);
    await page.touchscreen.touchEnd();
    expect(await hashBecomes(page, '#2')).toBe('#2');
    await page.touchscreen.tap(300, 400);
    expect(await hash(page)).toBe('#3');
    await page.close();
  });
});

describe('the previous and next buttons and the slide count', () => {
  it('show on a desktop, move the deck and count its slides', async () => {
    const page = await open(acme());
    const controls = await page.evaluate(() => {
      const box = document.querySelector('.present-controls')!.getBoundingClientRect();
      return {
        inside: box.top >= 0 && box.bottom <= innerHeight && box.width > 0,
        count: document.querySelector('.present-count')!.textContent,
      };
    });
    expect(controls).toEqual({ inside: true, count: '1 / 13' });
    await page.click('.present-next');
    await page.click('.present-next');
    await page.click('.present-previous');
    expect(await page.evaluate(() => [location.hash, document.querySelector('.present-count')!.textContent])).toEqual([
      '#2',
      '2 / 13',
    ]);
    expect(await page.$eval('.present-next', (b) => b.getAttribute('aria-label'))).toBe('Next slide');
    await page.close();
  });

  it('leave the whole slide uncovered, on a desktop and on a phone held sideways', async () => {
    const overlap = async (width: number, height: number) => {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      await page.goto(acme(), { waitUntil: 'load' });
      const gap = await page.evaluate(() => {
        const slide = document.querySelector('.slide.is-current')!.getBoundingClientRect();
        return document.querySelector('.present-controls')!.getBoundingClientRect().top - slide.bottom;
      });
      await page.close();
      return gap;
    };
    // The controls are 48 px tall, 12 px above the window's bottom edge: 12 px between them and the slide.
    expect(await overlap(1280, 720)).toBe(12);
    expect(await overlap(844, 390)).toBe(12);
  });

  it('are not printed, nor shown without the script', async () => {
    const printed = await open(acme());
    await printed.emulateMediaType('print');
    expect(await printed.$eval('.present-controls', (n) => getComputedStyle(n).display)).toBe('none');
    await printed.close();
    const still = await open(acme(), false);
    expect(await still.$eval('.present-controls', (n) => getComputedStyle(n).display)).toBe('none');
    await still.close();
  });
});

describe("the page's Content-Security-Policy", () => {
  const hostilePage = () => `file://${join(hostile, '2025-Q1', 'customer', 'account-qbr-2025-Q1.html')}`;

  it('runs no script that data put in the page', async () => {
    const page = await open(hostilePage());
    // Our script has run (it marks the page as presenting): any script data put in would have too.
    await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
    expect(await page.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    expect(await page.evaluate(() => document.body.textContent)).toContain('<script>window.pwned=1</script>');
    await page.close();
  });

  it('blocks a script added to the page without the hash of ours', async () => {
    const page = await open(acme());
    const blocked = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violation: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve({ ran: (globalThis as { injected?: number }).injected === 1, violation: event.violatedDirective }),
          );
          const script = document.createElement('script');
          script.textContent = 'globalThis.injected = 1';
          document.body.append(script);
        }),
    );
    expect(blocked).toEqual({ ran: false, violation: 'script-src-elem' });
    await page.close();
  });

  it('blocks an inline event handler, as an <img onerror> would carry', async () => {
    const page = await open(acme());
    const blocked = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violation: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => {
            if (event.violatedDirective.startsWith('script-src'))
              resolve({ ran: (globalThis as { pwned?: number }).pwned === 3, violation: event.violatedDirective });
          });
          document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="globalThis.pwned = 3">');
        }),
    );
    expect(blocked).toEqual({ ran: false, violation: 'script-src-attr' });
    await page.close();
  });

  it('allows exactly the script inlined from templates/present.js', () => {
    const html = readFileSync(join(out, '2026-Q4', 'customer', 'acme-qbr-2026-Q4.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toBe(readFileSync(fixturePath('../../templates', 'present.js'), 'utf8'));
  });
});
