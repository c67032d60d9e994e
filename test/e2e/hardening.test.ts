import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.ts';
import { linuxProcessTree } from '../../src/print/browser-memory.ts';
import { Printer } from '../../src/print/printer.ts';
import { findBrowser } from '../../src/print/find-browser.ts';
import { syntheticAccount } from '../../scripts/bench/synthetic.ts';
import { fixturePath, processAlive, ROOT, scratchProject } from '../helpers.ts';
import { pdfInfo, pdfText } from './pdf-tools.ts';
import { CLI, qbr, scratch } from './render.ts';
import { requireTools, skipping } from './requirements.ts';

const SKIP = skipping('browser', 'poppler');

/** A server on 127.0.0.1 that counts what it is asked for. */
let server: Server;
let requests: string[] = [];
let origin = '';
/**
 * One run's decks: test/fixtures/hostile-names as `hostile`, and test/fixtures/valid as `pointing`,
 * named with markup that points at the server. One run for both: its browser's start is most
 * of what a small deck costs.
 */
let decks = '';
/** What the server was asked for while that run printed. */
let requestsWhileRendering: string[] = [];
beforeAll(async () => {
  requireTools('browser', 'poppler');
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (SKIP) return;
  const dir = scratchProject({ 'hostile.yaml': fixturePath('hostile-names'), 'pointing.yaml': fixturePath('valid') });
  const pointing = join(dir, 'data', 'pointing.yaml');
  writeFileSync(
    pointing,
    readFileSync(pointing, 'utf8').replace(
      'name: Test Account',
      `name: '<img src="${origin}/name.png"> <link rel=stylesheet href="${origin}/x.css">'`,
    ),
  );
  requests = [];
  const run = await qbr(['--all', '--concurrency', '1', '--out', join(dir, 'out')], {}, dir);
  expect(run.status, run.stderr).toBe(0);
  requestsWhileRendering = requests;
  decks = join(dir, 'out', '2025-Q1', 'customer');
});
afterAll(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))));

const executable = (dir: string, name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
};

describe.skipIf(SKIP)('injection', () => {
  it('prints data as the characters it holds, never as markup or template', () => {
    const html = readFileSync(join(decks, 'hostile-qbr-2025-Q1.html'), 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(2)');
    expect(html).not.toContain('<svg onload');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; {{constructor}}');
    const text = pdfText(join(decks, 'hostile-qbr-2025-Q1.pdf'));
    expect(text).toContain('<img src=x onerror=alert(1)> {{constructor}}');
    expect(text).toContain('<b>bold</b> & {{#each this}}x{{/each}}');
  });
});

describe.skipIf(SKIP)('the page Chromium prints', () => {
  it('loads nothing from the network or the disk, and runs no script', async () => {
    requests = [];
    const printer = new Printer({ browser: { timeout_ms: 30_000 }, concurrency: 1 });
    const html = `<!doctype html><html><head><title>t</title>
      <link rel="stylesheet" href="${origin}/link.css"><style>@import url(${origin}/import.css); body { background: url(${origin}/background.png) }
      @font-face { font-family: X; src: url(${origin}/font.woff2) } p { font-family: X }</style>
      <script src="${origin}/script.js"></script><script>fetch('${origin}/fetch'); document.title = 'ran'</script></head>
      <body><p>text</p><img src="${origin}/img.png"><iframe src="${origin}/frame.html"></iframe><img src="file:///etc/hostname">
      <object data="${origin}/object"></object><video poster="${origin}/poster.png"></video>
      <img src="data:," onerror="document.body.append('handler ran')"><script>document.body.append('inline script ran')</script></body></html>`;
    const file = join(scratch(), 'hostile.pdf');
    try {
      writeFileSync(file, await printer.print(html));
    } finally {
      await printer.close();
    }
    expect(requests).toEqual([]);
    // A script that ran would have written into the page: the PDF holds only the page's own text.
    expect(pdfText(file).trim()).toBe('text');
  });

  it('receives no request whatever the data file says', () => {
    // The name was printed as its characters, so the deck was made from the file that says it.
    expect(pdfText(join(decks, 'pointing-qbr-2025-Q1.pdf'))).toContain(`<img src="${origin}/name.png">`);
    expect(requestsWhileRendering).toEqual([]);
  });
});

describe.skipIf(SKIP)('browser faults', () => {
  const config = (dir: string, executablePath: string, timeout = 60_000) => {
    const path = join(dir, 'qbr.config.yaml');
    writeFileSync(path, `browser:\n  executable: ${executablePath}\n  timeout_ms: ${timeout}\n`);
    return path;
  };

  it('says so in one message when the browser cannot start', async () => {
    const dir = scratch();
    const run = await qbr(['acme', '--out', dir, '--config', config(dir, executable(dir, 'crash', 'exit 1'))]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('did not start');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('relaunches a browser that crashes mid-run and prints the decks again', async () => {
    const dir = scratch();
    for (let n = 0; n < 2; n++) writeFileSync(join(dir, `bench-${n}.yaml`), syntheticAccount(n));
    const log = join(dir, 'launches');
    // The first browser is killed once the first deck is written, whatever it is doing then
    // (not after a fixed time: a fast machine prints them all before); the next ones live.
    const wrapper = executable(
      dir,
      'flaky',
      `echo launch >> ${log}
if [ ! -e ${log}.crashed ]; then touch ${log}.crashed; ${findBrowser({})} "$@" & child=$!
  for i in $(seq 600); do ls ${join(dir, 'out')}/*/customer/*.pdf >/dev/null 2>&1 && break; sleep 0.05; done; kill -9 $child; wait; exit 1; fi
exec ${findBrowser({})} "$@"`,
    );
    const files = Array.from({ length: 2 }, (_, n) => join(dir, `bench-${n}.yaml`));
    const run = await qbr([
      ...files,
      '--concurrency',
      '1',
      '--format',
      'pdf',
      '--out',
      join(dir, 'out'),
      '--config',
      config(dir, wrapper),
    ]);
    // Synthetic accounts whose data ends before the run's quarter are warned about, nothing else.
    expect(run.stderr.split('\n').filter((line) => line && !line.startsWith('warning'))).toEqual([]);
    expect(run.status).toBe(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['launch', 'launch']);
    // The decks; the portfolio's PDF is beside them.
    const pdfs = readdirSync(join(dir, 'out'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.pdf') && !f.endsWith('portfolio.pdf'),
    );
    expect(pdfs).toHaveLength(2);
    for (const pdf of pdfs) expect(Number(pdfInfo(join(dir, 'out', pdf)).Pages)).toBeGreaterThan(5);
  });

  it('abandons a deck that takes longer than its timeout', async () => {
    const printer = new Printer({
      browser: configSchema.parse({ browser: { timeout_ms: 1 } }).browser,
      concurrency: 1,
      launchTimeoutMs: 30_000,
    });
    try {
      await expect(printer.print('<p>slow enough</p>')).rejects.toThrow(/took more than 1 ms|timeout of 1 ms exceeded/);
    } finally {
      await printer.close();
    }
  });
});

describe.skipIf(SKIP)('stopping and sharing', () => {
  const cmdline = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return ''; // ended meanwhile
    }
  };
  const tmpFiles = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp')) : [];

  /** A run of the three samples, once its Chromium is up: the moment to stop it mid-batch. */
  const startRun = async (out: string) => {
    const child = spawn(process.execPath, [...CLI, '--all', '--force', '--concurrency', '1', '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let chromium: number[] = [];
    for (let waited = 0; waited < 20_000 && chromium.length === 0; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      chromium = (await linuxProcessTree(child.pid!)).filter(
        (pid) => pid !== child.pid && cmdline(pid).includes('chrom'),
      );
    }
    expect(chromium.length).toBeGreaterThan(0);
    return { child, chromium, exited, stderr: () => stderr };
  };

  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s (Ctrl-C, or a CI job cancelled) stops cleanly: exit 130, no Chromium left, no half-written file',
    async (signal) => {
      const out = scratch();
      const { child, chromium, exited, stderr } = await startRun(out);
      child.kill(signal);
      expect(await exited).toBe(130);
      expect(stderr()).toMatch(/stopping: no new deck starts[\s\S]*\nstopped\n$/);
      for (let waited = 0; waited < 5_000 && chromium.some(processAlive); waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(chromium.filter(processAlive)).toEqual([]);
      expect(tmpFiles(out)).toEqual([]);
      for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf'))) {
        expect(Number(pdfInfo(join(out, file)).Pages)).toBeGreaterThan(0);
      }
    },
  );

  it('a second stop signal exits 130 at once, without waiting for the run to wind down, and leaves no temporary file', async () => {
    const out = scratch();
    const { child, chromium, exited, stderr } = await startRun(out);
    // Two different signals, sent together: the kernel cannot merge them into one, and the
    // second arrives while the first is still winding the run down.
    child.kill('SIGINT');
    child.kill('SIGTERM');
    expect(await exited).toBe(130);
    expect(stderr()).toContain('stopping: no new deck starts');
    expect(stderr()).not.toContain('\nstopped\n'); // the words of a run that wound down
    expect(tmpFiles(out)).toEqual([]);
    for (const pid of chromium.filter(processAlive)) process.kill(pid, 'SIGKILL'); // this test's own, should any be left
  });

  it('two runs into the same folder leave whole files and a manifest that parses', async () => {
    const out = scratch();
    const run = () =>
      new Promise<number | null>((resolve) =>
        spawn(process.execPath, [...CLI, '--all', '--force', '--format', 'json,html', '--out', out], {
          cwd: ROOT,
          stdio: 'ignore',
        }).on('exit', resolve),
      );
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect(tmpFiles(out)).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, '2026-Q4', 'team', 'manifest.json'), 'utf8'));
    expect(manifest.accounts.map((e: { account: string }) => e.account)).toEqual([
      'acme',
      'bramble-foods',
      'helios-freight',
    ]);
    JSON.parse(readFileSync(join(out, '2026-Q4', 'team', 'acme-qbr-2026-Q4.json'), 'utf8'));
  });
});
