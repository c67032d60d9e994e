#!/usr/bin/env node
// `npm run qbr`: runs the CLI from a bundle that esbuild rebuilds (in about 0.1 s) whenever a
// source file is newer. Loading a bundle takes a fraction of the time of compiling fifty
// TypeScript modules at every start, which a one-deck run feels. The bundle is split at
// dynamic imports, so a run loads Chromium's driver, Chart.js and pdf-lib only when it needs
// them, and only then.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// One folder per version of the sources; a new one is built aside and renamed into place, so
// runs starting meanwhile see a whole bundle, never half of one.
const version = join(dist, `v${Math.floor(newest(join(root, 'src')))}`);
if (!existsSync(version)) {
  const { buildSync } = await import('esbuild');
  mkdirSync(dist, { recursive: true });
  const temporary = join(dist, `tmp-${process.pid}`);
  buildSync({ entryPoints: [join(root, 'src', 'cli.ts')], outdir: temporary, bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: 'inline', logLevel: 'error' });
  try {
    renameSync(temporary, version);
  } catch {
    rmSync(temporary, { recursive: true, force: true }); // another run built the same version first
  }
  for (const old of readdirSync(dist)) if (join(dist, old) !== version && old.startsWith('v')) rmSync(join(dist, old), { recursive: true, force: true });
}

const { main } = await import(pathToFileURL(join(version, 'cli.js')).href);
process.exitCode = await main(process.argv.slice(2));
