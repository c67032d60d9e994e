/** A deck written through a hostile deck.hbs that drops the policy, opened in Chromium: it fetches nothing. */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.ts';
import { scratchTemplatesProject } from '../render/page-policy-project.ts';
import { launchBrowser } from './browser.ts';

const dir = scratchTemplatesProject('templates-no-policy');
/** Every request that reached the server the template points at. */
const hits: string[] = [];
let server: Server;
let browser: Browser | undefined;

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  // The fixture points at 127.0.0.1:9; here, at this server.
  const template = join(dir, 'brand', 'deck.hbs');
  writeFileSync(
    template,
    readFileSync(template, 'utf8').replaceAll('127.0.0.1:9/', `127.0.0.1:${(server.address() as AddressInfo).port}/`),
  );
});

afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => server.close(closed));
  rmSync(dir, { recursive: true, force: true });
});

describe('a template that drops the Content-Security-Policy', () => {
  it('writes a deck that makes no request when opened', async () => {
    const run = await runCli(['account', '--format', 'html'], dir);
    expect(run.status, run.stderr).toBe(0);
    const file = readdirSync(join(dir, 'out'), { recursive: true, encoding: 'utf8' }).find((f) =>
      f.endsWith('account-qbr-2025-Q1.html'),
    )!;
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`file://${join(dir, 'out', file)}`, { waitUntil: 'networkidle0' });
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBeTruthy(); // the template did render
    expect(hits).toEqual([]);
  });
});
