import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samples } from './shared.ts';
import { launchBrowser } from './browser.ts';

let browser: Browser;
let html: string;

beforeAll(async () => {
  html = readFileSync(join(await samples(), '2026-Q4', 'customer', 'acme-qbr-2026-Q4.html'), 'utf8');
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The page at a window size: how wide it scrolls, and every slide's box. */
async function measure(width: number, height: number, media: 'screen' | 'print' = 'screen') {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.emulateMediaType(media);
  // CSS alone, as with scripts off: the presenting script shows one slide at a time instead
  // (test/e2e/present.test.ts).
  await page.setJavaScriptEnabled(false);
  await page.setContent(html, { waitUntil: 'load' });
  const result = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    slides: [...document.querySelectorAll('.slide')].map((slide) => {
      const box = slide.getBoundingClientRect();
      return { width: box.width, height: box.height };
    }),
  }));
  await page.close();
  return result;
}

describe('the HTML deck in a browser window', () => {
  it.each([
    { width: 390, height: 844, device: 'a phone' },
    { width: 1024, height: 768, device: 'a small laptop' },
    { width: 3840, height: 2160, device: 'a 4K screen' },
  ])(
    'fits $device, $width px wide: no sideways scrolling, every slide as wide as the window',
    async ({ width, height }) => {
      const page = await measure(width, height);
      expect(page.scrollWidth).toBeLessThanOrEqual(page.innerWidth);
      expect(page.slides.length).toBeGreaterThan(1);
      for (const slide of page.slides) {
        // The margins beside a slide are at most 24 px each.
        expect(slide.width).toBeGreaterThanOrEqual(width - 48);
        expect(slide.width).toBeLessThanOrEqual(width);
        expect(slide.height / slide.width).toBeCloseTo(720 / 1280, 2);
      }
    },
  );

  it('prints every slide at 1280 × 720 whatever the window', async () => {
    for (const width of [390, 3840]) {
      const page = await measure(width, 800, 'print');
      expect(page.slides.length).toBeGreaterThan(1);
      expect(page.slides.map((s) => `${s.width}x${s.height}`)).toEqual(Array(page.slides.length).fill('1280x720'));
    }
  });
});
