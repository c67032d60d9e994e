// A browser that fails is noticed at once: one that hangs at start, dies as it starts, freezes
// mid-run, or outlives a killed qbr. Each browser here is the real Chromium behind a wrapper
// script set as the browser, which misbehaves on its first launch only and logs each launch.
// qbr runs in this worker (test/e2e/render.ts), as in the other e2e files, but where only a
// process shows it: a preload in qbr's process, and qbr killed.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  filesUnder as files,
  killBrowserOn,
  killGroup,
  spawnQbr,
  until,
  wrapBrowser,
} from '../../scripts/fault-drill/rigs.ts';
import { configSchema } from '../../src/config/config-schema.ts';
import { linuxProcessTree } from '../../src/print/browser-memory.ts';
import { launchChromium } from '../../src/print/chromium.ts';
import { findBrowser } from '../../src/print/find-browser.ts';
import { CACHE_DIR } from '../../src/paths.ts';
import { fixturePath, processAlive, scratchProject } from '../helpers.ts';
import { pdfInfo } from './pdf-tools.ts';
import { qbrIn } from './render.ts';
import { requireTools, skipping } from './requirements.ts';

const SKIP = skipping('browser', 'poppler');

beforeAll(() => requireTools('browser', 'poppler'));

// The tests of a kind run at once: most of their time is waiting for a browser to hang, die or
// pass its deadline. So what they leave is removed when the file ends, not after each.
const made: string[] = [];
const started: number[] = [];
afterAll(() => {
  for (const pid of started.splice(0)) killGroup(pid);
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project of `count` accounts whose browser is `first` on its first launch and the real Chromium after (see wrapBrowser). */
function project(count: number, first: string, timeoutMs: number) {
  const ids = Array.from({ length: count }, (_, n) => `account-${n + 1}`);
  const dir = scratchProject(Object.fromEntries(ids.map((id) => [`${id}.yaml`, fixturePath('valid')])));
  made.push(dir);
  return { dir, ids, ...wrapBrowser(dir, first, timeoutMs) };
}

const manifestOf = (dir: string) =>
  JSON.parse(
    readFileSync(
      files(join(dir, 'out'))
        .map((f) => join(dir, 'out', f))
        .find((f) => f.endsWith('manifest.json'))!,
      'utf8',
    ),
  );
const deckPdfs = (dir: string) =>
  files(join(dir, 'out')).filter((f) => f.endsWith('.pdf') && !f.endsWith('portfolio.pdf'));

type Run = (dir: string, args: string[]) => Promise<{ status: number | null; stderr: string; ms: number }>;

/**
 * Renders every account of `project` to PDF (in this worker, unless `run` says otherwise) and
 * checks that the run recovered: a clean exit, a second launch, every deck printed. Returns how
 * long the run took.
 */
async function printsOnSecondBrowser(
  { dir, ids, launches }: ReturnType<typeof project>,
  run: Run = qbrIn,
): Promise<number> {
  const result = await run(dir, ['--all', '--concurrency', '1', '--format', 'pdf']);
  started.push(...launches());
  expect(result.stderr.split('\n').filter((line) => line && !line.startsWith('warning'))).toEqual([]);
  expect(result.status).toBe(0);
  expect(launches()).toHaveLength(2);
  expect(deckPdfs(dir)).toHaveLength(ids.length);
  return result.ms;
}

describe.skipIf(SKIP)('a browser that fails to start', () => {
  it.concurrent('hangs at start: one start, one error; every account failed in the manifest with its JSON and HTML written, exit 1, within the timeout and seconds', async () => {
    const { dir, ids, launches } = project(3, 'exec sleep 60', 2_000);
    const result = await qbrIn(dir, ['--all', '--concurrency', '1']);
    expect(result.status).toBe(1);
    expect(launches()).toHaveLength(1);
    // Time to load the CLI and the accounts on a busy machine, beside the 2 s the browser is given.
    expect(result.ms).toBeLessThan(2_000 + 20_000);
    expect(result.stderr.match(/did not start: it did not answer within 2000 ms/g)).toHaveLength(1);
    const manifest = manifestOf(dir);
    expect(
      manifest.accounts.map((e: { account: string; status: string; error_code: string }) => [
        e.account,
        e.status,
        e.error_code,
      ]),
    ).toEqual(ids.map((id) => [id, 'failed', 'QBR_BROWSER_FAILED']));
    const written = files(join(dir, 'out'));
    for (const id of ids) {
      expect(written.some((f) => f.endsWith(`${id}-qbr-2025-Q1.json`))).toBe(true);
      expect(written.some((f) => f.endsWith(`${id}-qbr-2025-Q1.html`))).toBe(true);
    }
    expect(written.filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });

  it.concurrent('dies half a second after it started: its exit noticed at once, though its pipe stays open; started once more, every deck printed', async () => {
    // The wrapper becomes Chromium (exec), a shell beside it kills it half a second later, and
    // a process it left keeps the pipe open: only the exit tells.
    const ms = await printsOnSecondBrowser(
      project(2, 'sleep 600 &\n(sleep 0.5; kill -9 $$) &\nexec $CHROMIUM "$@"', 300_000),
    );
    // Not after the 300 s the browser has to start: at once (the rest is loading and printing on a busy machine).
    expect(ms).toBeLessThan(120_000);
  }, 150_000);

  it.concurrent('dies as qbr attaches to its first page, the pipe kept open: its exit noticed at once, not at the protocol timeout; started once more, every deck printed', async () => {
    // Killed by a preload in qbr's process the moment qbr asks the blank page for its network
    // events, after the connection is made: a sleeping process the wrapper left holds the pipe.
    const dying = project(2, 'sleep 600 &', 300_000);
    // A process of its own: the preload changes puppeteer for every run in its process.
    const { nodeArgs, env } = killBrowserOn(dying.dir, 'Network.enable');
    const ms = await printsOnSecondBrowser(dying, (dir, args) => spawnQbr(dir, args, nodeArgs, env).done);
    // puppeteer's protocol timeout is 180 s, the browser's start 300 s: neither waited for.
    expect(ms).toBeLessThan(60_000);
  }, 90_000);
});

describe.skipIf(SKIP)('a browser that freezes mid-run', () => {
  // Once the first deck is written, the browser is frozen: stopped (SIGSTOP), or dead behind a
  // wrapper that keeps its pipe open. A shell beside it waits for that deck.
  const firstDeck = 'until [ -n "$(find $OUT -name \'*.pdf\' 2>/dev/null)" ]; do sleep 0.05; done';
  it.concurrent.each([
    ['stopped with SIGSTOP', `(${firstDeck}; kill -STOP $$) &\nexec $CHROMIUM "$@"`],
    [
      'dead behind a wrapper that keeps its pipe open',
      `$CHROMIUM "$@" & child=$!\n(${firstDeck}; kill -9 $child) &\nwait $child; sleep 600`,
    ],
  ])(
    '%s: ended when a deck passes its deadline, the deck printed again on a new browser, exit 0',
    async (_, first) => {
      // The deadline is the browser's start's too: room for a start on a machine this file keeps busy.
      const frozen = project(2, first, 8_000);
      const { dir, launches } = frozen;
      const ms = await printsOnSecondBrowser(frozen);
      for (const pdf of deckPdfs(dir)) expect(Number(pdfInfo(join(dir, 'out', pdf)).Pages)).toBeGreaterThan(5);
      // The frozen browser's whole process group was ended.
      expect(launches().filter(processAlive)).toEqual([]);
      // Within the deck's deadline and seconds (loading and printing on a busy machine), not the protocol's minutes.
      expect(ms).toBeLessThan(8_000 + 90_000);
    },
    150_000,
  );
});

describe.skipIf(SKIP)('a browser that outlives qbr', () => {
  it("is ended with every process it started when qbr is killed with SIGKILL, even while frozen; its profile, in qbr's folder, is removed by the next launch", async () => {
    const { dir, launches } = project(3, '', 30_000);
    const cli = spawnQbr(dir, ['--all', '--concurrency', '1', '--format', 'pdf']);
    expect(await until(() => launches().length === 1 && cli.output().includes('rendered'), 60_000)).toBe(true);
    const [browser] = launches();
    started.push(browser!);
    // The browser and every process it started (renderers, GPU, zygote): none may outlive qbr.
    const tree = await linuxProcessTree(browser!);
    expect(tree.length).toBeGreaterThan(1);
    // Its profile is in qbr's folder of profiles, not the system's temporary folder. Looked at
    // while the run lives: once it is killed, a browser another test file starts meanwhile may
    // already remove the profile, as the next launch must.
    const profiles = join(CACHE_DIR, 'browser-profiles');
    const left = () => readdirSync(profiles).filter((name) => name.startsWith(`${cli.child.pid}-`));
    expect(left()).toHaveLength(1);
    // A frozen browser cannot notice its pipe closing: only something outside it can end it.
    process.kill(browser!, 'SIGSTOP');
    cli.child.kill('SIGKILL');
    await cli.done;
    expect(await until(() => !tree.some(processAlive), 5_000)).toBe(true);
    await (await launchChromium(findBrowser({}), 30_000)).kill();
    expect(left()).toEqual([]);
  });
});

describe.skipIf(SKIP)("the browser's pipe", () => {
  it('keeps an error listener after the browser ended: a late ECONNRESET is no crash', async () => {
    const chromium = await launchChromium(findBrowser({}), configSchema.parse({}).browser.timeout_ms);
    await chromium.kill();
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    for (const pipe of chromium.pipes) expect(() => pipe.emit('error', reset)).not.toThrow();
  });
});
