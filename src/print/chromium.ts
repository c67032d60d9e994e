/**
 * One Chromium process, started and ended. qbr spawns it itself and then connects puppeteer to
 * its pipe, rather than calling puppeteer.launch, so that it holds the process from its first
 * moment: an exit during start is noticed at once, the pipe has an error listener for its whole
 * life, the profile lives in a folder qbr clears, and a watchdog ends the browser when qbr dies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// puppeteer's own framing of the protocol over a pipe; `connect` takes it as a transport.
import { PipeTransport } from 'puppeteer-core/internal/node/PipeTransport.js';
import { CACHE_DIR } from '../paths.ts';
import { processRunning } from '../process-running.ts';

/** Flags for a quiet, offline, reproducible headless Chromium, beside puppeteer's defaults. */
const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--font-render-hinting=none',
  // The GPU process and the network service run inside the browser's own process: less memory
  // for no CPU worth counting, since qbr draws nothing on a GPU and loads nothing from the network.
  '--in-process-gpu',
  '--enable-features=NetworkServiceInProcess2',
  // Without a GPU, Chromium still starts SwiftShader, a 3D rasterizer in software, for WebGL and
  // WebGPU, which no deck uses: a browser without it starts on less CPU and prints the same bytes.
  '--disable-software-rasterizer',
  // A pipe rather than a port: a port would keep a browser whose parent is gone running.
  '--remote-debugging-pipe',
];

/** Profiles of the browsers qbr started; a killed run's are removed by the next launch. */
const PROFILES_DIR = join(CACHE_DIR, 'browser-profiles');

/** Why a browser did not start: it ended (worth one more try), or did not answer in time (not). */
export class LaunchFailed extends Error {
  constructor(
    message: string,
    readonly ended: boolean,
  ) {
    super(message);
  }
}

/** A running browser and its process; `ended` settles when the process has exited. */
export interface Chromium {
  browser: Browser;
  /** The page it opened with, which the printer prints on first. */
  blank: Page | undefined;
  pid: number;
  ended: Promise<void>;
  /** The pipe's two ends, each with an error listener for its whole life. */
  pipes: readonly Socket[];
  /** Ends every process of the browser at once (a frozen one too), and removes its profile. */
  kill(): Promise<void>;
}

/** Starts the browser at `executablePath`; rejects with LaunchFailed when it ends or takes longer than `timeoutMs`. */
export async function launchChromium(executablePath: string, timeoutMs: number): Promise<Chromium> {
  const profile = newProfile();
  // Without the sandbox (as root) renderers need no zygote to start from: less memory.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox', '--no-zygote'] : [];
  const args = puppeteer.defaultArgs({ headless: true, args: [...CHROMIUM_ARGS, ...sandbox], userDataDir: profile });
  // Its own process group, so one signal ends the browser and every process it started.
  const child = spawn(executablePath, args, {
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const pipes = [child.stdio[3], child.stdio[4]] as Socket[];
  // A browser that dies mid-write resets the pipe: that is its death, told by the exit, not an error of qbr's.
  for (const pipe of pipes) pipe.on('error', () => {});
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()).once('error', () => resolve()));
  const watchdog = child.pid ? startWatchdog(child.pid) : null;
  const kill = async () => {
    killGroup(child);
    await ended;
    for (const pipe of pipes) pipe.destroy(); // whatever still holds the other end, it does not keep qbr running
    watchdog?.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  void ended.then(() => rmSync(profile, { recursive: true, force: true }));
  try {
    const { browser, blank } = await withDeadline(connect(pipes), child, timeoutMs);
    return { browser, blank, pid: child.pid!, ended, pipes, kill };
  } catch (error) {
    await kill();
    throw error;
  }
}

/**
 * The browser and the page it opened with. Attaching to that page takes a few more exchanges
 * over the pipe: they are part of the start, so a browser that ends during them is noticed by
 * its exit (withDeadline), not by the protocol's timeout minutes later.
 */
async function connect([write, read]: Socket[]): Promise<{ browser: Browser; blank: Page | undefined }> {
  const browser = await puppeteer.connect({
    transport: new PipeTransport(write!, read!),
    defaultViewport: { width: 800, height: 600 },
  });
  await browser.waitForTarget((target) => target.type() === 'page');
  const [blank] = await browser.pages();
  return { browser, blank };
}

/** `connecting`, unless the browser ends first or `ms` pass. */
async function withDeadline<T>(connecting: Promise<T>, child: ChildProcess, ms: number): Promise<T> {
  // A pipe that closes before the browser is connected is a browser that ended as it started,
  // whichever of the two, the pipe or the exit, is told first.
  const connected = connecting.catch((error: unknown) =>
    Promise.reject(new LaunchFailed((error as Error).message.split('\n')[0]!, true)),
  );
  connected.catch(() => {}); // lost the race: the browser is killed, and its connection fails with it
  let timer: NodeJS.Timeout | undefined;
  const failure = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LaunchFailed(`it did not answer within ${ms} ms`, false)), ms);
    child.once('error', (error) => reject(new LaunchFailed(error.message, false)));
    child.once('exit', (code, signal) =>
      reject(new LaunchFailed(`it ended as it started (${signal ?? `exit code ${code}`})`, true)),
    );
  });
  try {
    return await Promise.race([connected, failure]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Ends the browser's process group. SIGKILL, not a polite close: every PDF it printed is in hand,
 * and a frozen browser (SIGSTOP) would never answer a close.
 */
function killGroup(child: ChildProcess): void {
  if (!child.pid) return;
  try {
    // The group too when its leader has ended: a process it left may still hold the pipe.
    process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL'); // no group left: the process alone, if it still runs
  }
}

/**
 * A small shell that waits on a pipe from this process and ends the browser's process group
 * when the pipe closes, which it does however this process ends (SIGKILL, the OOM killer, a CI
 * job's hard timeout). A browser notices its own pipe closing too, but not when it is frozen or
 * started behind a wrapper that keeps the pipe open. In a group of its own, so that a signal to
 * qbr's group does not end it first.
 */
function startWatchdog(pid: number): ChildProcess | null {
  if (process.platform === 'win32') return null;
  const watchdog = spawn('sh', ['-c', 'read _; kill -9 -"$0" 2>/dev/null', String(pid)], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.on('error', () => {}); // no shell: the browser still ends with its pipe, unless frozen
  watchdog.stdin?.on('error', () => {});
  // Neither keeps this process alive.
  watchdog.unref();
  (watchdog.stdin as Socket | null)?.unref();
  return watchdog;
}

/** A new profile folder, named by this process; those of processes no longer running are removed first. */
function newProfile(): string {
  mkdirSync(PROFILES_DIR, { recursive: true });
  for (const name of readdirSync(PROFILES_DIR)) {
    const pid = Number(name.split('-')[0]);
    if (pid !== process.pid && !processRunning(pid)) rmSync(join(PROFILES_DIR, name), { recursive: true, force: true });
  }
  return mkdtempSync(join(PROFILES_DIR, `${process.pid}-`));
}
