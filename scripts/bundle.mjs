// The CLI's bundle, which `npm run qbr` runs (scripts/qbr.mjs) and the e2e tests load: esbuild rebuilds it
// whenever a source file or the installed packages are newer. A one-deck run feels every
// module it loads: node's loader takes several times longer for a package of some 190 files
// (puppeteer-core, pdf-lib) than for the same code as one file. So the pure-JavaScript
// packages are bundled too; those that find their files at run time stay outside (EXTERNAL).
// The bundle is split at dynamic imports, so a run loads Chromium's driver and Chart.js only
// when it needs them, and pdf-lib only for a PDF Chromium did not write.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

// node-canvas and DuckDB are native; wawoff2 reads its own files; puppeteer is only asked where
// its download is; pg names its optional native driver, which is not installed.
const EXTERNAL = ['canvas', 'wawoff2', 'puppeteer', '@duckdb/node-api', 'pg-native'];

// Code the bundled packages import for what qbr never asks of them, replaced by the stand-ins in
// scripts/stand-ins/ (each throws if it is ever called): a run loads less and starts sooner.
// - proxy-agent: @puppeteer/browsers' downloader's, with a PAC engine, an FTP and a SOCKS client,
//   most of the code a PDF run loaded; qbr never downloads a browser (scripts/setup.sh installs one).
// - node-html-better-parser, html-entities, culori: pdf-lib's, for SVG, forms and XMP; a third of
//   loading pdf-lib, which every PDF run does for the portfolio.
// - zod's locales: every language's messages, half of zod, which every run loads.
const STAND_INS = join(root, 'scripts', 'stand-ins');
const ALIASES = {
  'proxy-agent': join(STAND_INS, 'proxy-agent.mjs'),
  'node-html-better-parser': join(STAND_INS, 'pdf-lib-unused.mjs'),
  'html-entities': join(STAND_INS, 'pdf-lib-unused.mjs'),
  culori: join(STAND_INS, 'pdf-lib-unused.mjs'),
};
/** zod imports its locales by a relative path, which an alias cannot name. */
const zodLocales = {
  name: 'zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(importer) ? { path: join(STAND_INS, 'zod-locales.mjs') } : undefined,
    );
  },
};

// Bundled CommonJS packages call `require`, which an ES module does not have.
const REQUIRE =
  "import { createRequire as qbrCreateRequire } from 'node:module'; const require = qbrCreateRequire(import.meta.url);";

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** The bundle's entry (its cli.js), built first when it is missing or older than what it is built from. */
export async function bundledCli() {
  // One folder per version of the sources, the installed packages and this script; a new one is
  // built aside and renamed into place, so runs starting meanwhile see a whole bundle, never half of one.
  const stamp = Math.max(
    newest(join(root, 'src')),
    newest(STAND_INS),
    mtime(join(root, 'node_modules', '.package-lock.json')),
    mtime(fileURLToPath(import.meta.url)),
  );
  const version = join(dist, `v${Math.floor(stamp)}`);
  if (!existsSync(version)) {
    const { build } = await import('esbuild');
    mkdirSync(dist, { recursive: true });
    const temporary = join(dist, `tmp-${process.pid}`);
    await build({
      entryPoints: [join(root, 'src', 'cli.ts')],
      outdir: temporary,
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: EXTERNAL,
      banner: { js: REQUIRE },
      alias: ALIASES,
      plugins: [zodLocales],
      sourcemap: 'linked', // beside the code, read only with `node --enable-source-maps`
      logLevel: 'error',
    });
    try {
      renameSync(temporary, version);
    } catch {
      rmSync(temporary, { recursive: true, force: true }); // another run built the same version first
    }
    for (const old of readdirSync(dist))
      if (join(dist, old) !== version && old.startsWith('v')) rmSync(join(dist, old), { recursive: true, force: true });
  }
  return join(version, 'cli.js');
}
