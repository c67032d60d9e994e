#!/usr/bin/env node
/**
 * The bare floor qbr is measured against: Chrome's headless shell launched by puppeteer with
 * `--no-sandbox --disable-gpu`, one page per unit of concurrency, each doing `page.goto(file://...)`
 * on a final HTML file and `page.pdf({ printBackground: true, preferCSSPageSize: true })`, and
 * nothing else: no lock-down, no outline, no finishing, no checks. Plain JavaScript, so the
 * one-deck comparison's process pays for nothing but node and puppeteer.
 *
 *   node scripts/bench/bare-floor.mjs --browser PATH [--concurrency 2] [--out DIR] file.html...
 */
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';

/**
 * Prints `files` to PDF the bare way, `concurrency` pages at once; writes each PDF to `outDir`
 * when given. `beforeClose` runs once every deck is printed, before the browser closes (the
 * benchmark reads the browser's CPU time there, while its processes still exist).
 */
export async function printBare({ executablePath, files, concurrency = 2, outDir, beforeClose }) {
  const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const queue = [...files];
  const worker = async () => {
    const page = await browser.newPage();
    for (let file = queue.shift(); file; file = queue.shift()) {
      await page.goto(pathToFileURL(file).href);
      const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
      if (outDir) await writeFile(join(outDir, basename(file).replace(/\.html$/, '.pdf')), pdf);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  await beforeClose?.(browser.process()?.pid);
  await browser.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { browser: { type: 'string' }, concurrency: { type: 'string', default: '2' }, out: { type: 'string' } },
  });
  if (!values.browser || positionals.length === 0) {
    console.error('usage: node scripts/bench/bare-floor.mjs --browser PATH [--concurrency 2] [--out DIR] file.html...');
    process.exit(2);
  }
  await printBare({
    executablePath: values.browser,
    files: positionals,
    concurrency: Number(values.concurrency),
    outDir: values.out,
  });
}
