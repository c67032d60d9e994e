// `npm run qbr` runs an esbuild bundle of the sources and most packages; every e2e test runs the
// CLI through it (test/e2e/render.ts), so the decks it prints are checked there.
import { spawn, spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { CLI } from './render.ts';

/**
 * Runs `npm run qbr`'s script, which first builds the bundle in dist/ when the sources changed;
 * `nodeArgs` go before it (a preload).
 */
const runBundle = (args: string[], nodeArgs: string[] = []) =>
  spawnSync(process.execPath, [...nodeArgs, ...CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
/** What `--version` prints: the package's version. */
const VERSION = `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`;

it('bundles the packages node would load file by file, and leaves out those that find files at run time', () => {
  // Built here, not left over from another test; --version also reads package.json from the bundle.
  const run = runBundle(['--version']);
  expect(run.stdout).toBe(VERSION);
  const [version] = readdirSync(join(ROOT, 'dist')).filter((name) => name.startsWith('v'));
  const code = readdirSync(join(ROOT, 'dist', version!))
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(ROOT, 'dist', version!, name), 'utf8'))
    .join('\n');
  const imported = new Set([...code.matchAll(/^import [^;]*? from "([^".][^"]*)";$/gm)].map((m) => m[1]!));
  const packages = [...imported].filter((name) => !name.startsWith('node:') && !builtinModules.includes(name)).sort();
  // Native, both: DuckDB's chunk is loaded only when a DuckDB source is pulled.
  expect(packages).toEqual(['@duckdb/node-api', 'canvas']);
  // wawoff2 too stays outside, loaded only when the chart fonts' cache lacks a font.
  expect(code).toContain('import("wawoff2")');
  expect(code).toContain('PDFParsingError'); // pdf-lib, inside
  expect(code.split('Canvas is already in use').length - 1).toBe(1); // Chart.js, inside, once
  // The browser downloader's proxy support (a PAC engine, FTP and SOCKS clients): a stand-in instead.
  expect(code).not.toContain('QuickJS');
  expect(code).toContain('qbr does not download browsers');
  // pdf-lib's HTML parser, entity tables and colour library (for SVG, forms, XMP): a stand-in too.
  expect(code).not.toContain('AElig');
  expect(code).not.toContain('node_modules/culori');
  // zod's locales: English alone.
  expect(code).toContain('node_modules/zod/v4/locales/en.js');
  expect(code).not.toContain('node_modules/zod/v4/locales/fr.js');
  expect(code).toContain('qbr asked pdf-lib for SVG, forms or XMP');
});

it('stops quietly, exit 0, when its reader closes the pipe early (npm run qbr -- --help | head -1)', async () => {
  // The bundle is built before any file runs (test/e2e/global-setup.ts): the run starts at once.
  const child = spawn(process.execPath, [...CLI, 'preview', '--help'], { cwd: ROOT });
  child.stdout.destroy(); // a reader that has gone before the first line
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise((resolve) => child.on('close', resolve));
  expect(stderr).not.toContain('EPIPE');
  expect(status).toBe(0);
});

it('ends when its work is done, though a library left a timer running (puppeteer waits 30 s for a page a dead browser was opening)', () => {
  const started = performance.now();
  const run = runBundle(['--version'], ['--import', 'data:text/javascript,setTimeout(() => {}, 60000)']);
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(VERSION);
  // Not the timer's 60 s: a second or two to load the CLI on a busy machine.
  expect(performance.now() - started).toBeLessThan(20_000);
}, 100_000);
