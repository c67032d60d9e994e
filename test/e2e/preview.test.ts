/** The preview end to end: a real server, real file saves, a real browser, the real CLI process. */
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/preview/preview-server.ts';
import { contractExample, fixturePath, ROOT, runCli, scratchProject } from '../helpers.ts';
import { CLI } from './render.ts';
import { launchBrowser } from './browser.ts';

const sample = () => scratchProject({ 'acme.yaml': join(ROOT, 'data', 'acme.yaml') });
const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

/** The server-sent events of a preview, one message at a time. */
async function events(url: string, version: number) {
  const response = await fetch(`${url}events?version=${version}`);
  expect(response.headers.get('content-type')).toBe('text/event-stream');
  const reader = response.body!.getReader();
  let buffer = '';
  // Generous: the save-to-event time is asserted where it matters, not through this deadline.
  return async (timeoutMs = 10_000): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = /data: (\S+)\n\n/.exec(buffer);
      if (message) {
        buffer = buffer.slice(message.index + message[0].length);
        return message[1]!;
      }
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, fail) => setTimeout(() => fail(new Error('no event in time')), deadline - Date.now())),
      ]);
      if (chunk.done) throw new Error('the event stream ended');
      buffer += new TextDecoder().decode(chunk.value);
    }
  };
}

let open: Preview | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('preview', () => {
  it('serves the deck, makes it again on a save and says so, shows the errors of a broken file, recovers, and stops', async () => {
    const dir = sample();
    const file = join(dir, 'data', 'acme.yaml');
    const preview = (open = await startPreview({ cwd: dir, account: 'acme', port: 0 }));
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(preview.first.type).toBe('built');
    const page = await fetch(preview.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await page.text()).toContain('Acme Manufacturing');
    const next = await events(preview.url, 1);

    const saved = performance.now();
    edit(file, 'name: Acme Manufacturing', 'name: Acme Industries');
    expect(await next()).toBe('2');
    expect(performance.now() - saved).toBeLessThan(2000);
    expect(await (await fetch(preview.url)).text()).toContain('Acme Industries');

    edit(file, '    target: 60\n', '    target: sixty\n');
    expect(await next()).toBe('3');
    const broken = await (await fetch(preview.url)).text();
    // The scratch project is outside the test's working folder, so the path is shown whole, not as ../../tmp/….
    expect(broken).toContain(`${file}:40:13 promises[0].target: expected a number, got &quot;sixty&quot;</h2>`);
    expect(broken).toContain('&gt; 40 |     target: sixty');

    edit(file, '    target: sixty\n', '    target: 60\n');
    expect(await next()).toBe('4');
    expect(await (await fetch(preview.url)).text()).toContain('Acme Industries');

    await preview.close();
    open = undefined;
    await expect(fetch(preview.url)).rejects.toThrow();
    await expect(next()).rejects.toThrow('the event stream ended');
  });

  it('makes the deck again when a config file appears', async () => {
    const dir = sample();
    const preview = (open = await startPreview({ cwd: dir, account: 'acme', port: 0 }));
    const next = await events(preview.url, 1);
    writeFileSync(join(dir, 'qbr.config.yaml'), 'company:\n  name: Initech\n');
    await next();
    expect(await (await fetch(preview.url)).text()).toContain('Initech');
  });

  it("makes the deck again when the account's logo changes", async () => {
    const dir = scratchProject({ 'acme.yaml': fixturePath('contract-example'), ...contractExample() });
    const preview = (open = await startPreview({ cwd: dir, account: 'acme', port: 0 }));
    const before = await (await fetch(preview.url)).text();
    const next = await events(preview.url, 1);
    copyFileSync(fixturePath('logo-ok', 'logo.png'), join(dir, 'data', 'logos', 'acme.png'));
    expect(await next()).toBe('2');
    const after = await (await fetch(preview.url)).text();
    expect(after).not.toBe(before);
    expect(after).toContain(readFileSync(fixturePath('logo-ok', 'logo.png')).toString('base64').slice(0, 200));
  });

  it('answers only requests for its own address, and only the deck and its events', async () => {
    const preview = (open = await startPreview({ cwd: sample(), account: 'acme', port: 0 }));
    const port = new URL(preview.url).port;
    const { request } = await import('node:http');
    const status = (host: string, path = '/') =>
      new Promise<number>((done) =>
        request({ host: '127.0.0.1', port, path, headers: { host } }, (r) => (r.resume(), done(r.statusCode!))).end(),
      );
    expect(await status(`127.0.0.1:${port}`)).toBe(200);
    expect(await status(`localhost:${port}`)).toBe(200);
    expect(await status(`attacker.example:${port}`)).toBe(403);
    expect(await status(`127.0.0.1:${port}`, '/data/acme.yaml')).toBe(404);
  });

  it('reloads the open page in a real browser, within the policy, when the file is saved', async () => {
    const dir = sample();
    const preview = (open = await startPreview({ cwd: dir, account: 'acme', port: 0 }));
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const refused: string[] = [];
      tab.on('console', (message) => message.type() === 'error' && refused.push(message.text()));
      // The edit is made once the page's event stream is answered, so the reload has a listener.
      const listening = tab.waitForResponse((response) => new URL(response.url()).pathname === '/events');
      await tab.goto(preview.url, { waitUntil: 'load' });
      await tab.waitForFunction(() => document.body.textContent.includes('Acme Manufacturing'));
      await listening;
      edit(join(dir, 'data', 'acme.yaml'), 'name: Acme Manufacturing', 'name: Acme Industries');
      await tab.waitForFunction(() => document.body.textContent.includes('Acme Industries'), { timeout: 5000 });
      expect(refused).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('never puts the reload script into a written deck', async () => {
    const dir = sample();
    const { status } = await runCli(['acme', '--format', 'html', '--out', 'out'], dir);
    expect(status).toBe(0);
    const html = readFileSync(join(dir, 'out', '2026-Q4', 'customer', 'acme-qbr-2026-Q4.html'), 'utf8');
    expect(html).toContain('Acme Manufacturing');
    expect(html).not.toContain('EventSource');
    expect(html).not.toContain('/events');
  });

  it('runs as a command: prints its address, and Ctrl-C stops it cleanly with exit status 0', async () => {
    const dir = sample();
    const child = spawn(process.execPath, [...CLI, 'preview', 'acme', '--port', '0'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    const url = await new Promise<string>((found, fail) => {
      const timer = setTimeout(() => fail(new Error(`no address in: ${stdout}`)), 60_000);
      child.stdout.on('data', () => {
        const match = /preview of data\/acme\.yaml: (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl-C stops it\)/.exec(stdout);
        if (match) clearTimeout(timer), found(match[1]!);
      });
    });
    expect(await (await fetch(url)).text()).toContain('Acme Manufacturing');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/\nstopped\n$/);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('names the port when it is in use, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const { port } = blocker.address() as { port: number };
    try {
      const { status, stderr } = await runCli(['preview', 'acme', '--port', String(port)], sample());
      expect(status).toBe(1);
      expect(stderr).toBe(
        `port ${port} on 127.0.0.1 is in use by another program\n  Stop it, or pick another port: --port ${port + 1} (--port 0 picks a free one).\n`,
      );
    } finally {
      blocker.close();
    }
  });

  it.each([
    [['nobody'], 'no such account: nobody (looked for data/nobody.yaml)'],
    [['acme', '--port', 'http'], '--port takes a port number from 0 to 65535; got "http"'],
    [['acme', '--port', '70000'], '--port takes a port number from 0 to 65535; got "70000"'],
    [['acme', '--audience', 'board'], '--audience takes customer or internal; got "board"'],
    [[], 'preview takes one account'],
  ])('exits 2 for a usage error or no such account: %j', async (args, says) => {
    const { status, stderr } = await runCli(['preview', ...args], sample());
    expect(status).toBe(2);
    expect(stderr).toContain(says);
  });
});
