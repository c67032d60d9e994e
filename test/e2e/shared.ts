/**
 * Renders that several e2e files read, and LibreOffice's prints of their PowerPoints, made once
 * per run rather than once a file: the first file to ask makes them in the run's shared folder
 * (test/e2e/global-setup.ts), later ones read them. A file that only reads a deck asks here; a
 * file that changes the output folder or needs its own data renders in a scratch folder of its own.
 * The renders run in the asking worker, as every e2e render does (test/e2e/render.ts).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { inject } from 'vitest';
import { fixturePath } from '../helpers.ts';
import { convertWithLibreOffice } from './pdf-tools.ts';
import { qbr } from './render.ts';

/**
 * The folder `make` filled, once per test run. `name` names the folder: the same name must
 * always mean the same content.
 */
function sharedStep(name: string, make: (out: string) => Promise<void>): Promise<string> {
  // Asked for twice at once in this worker (a file's renders and LibreOffice's): one wait, since
  // a lock held by this process cannot be asked for again while it is held.
  let step = steps.get(name);
  if (!step) steps.set(name, (step = lockedStep(name, make)));
  return step;
}
const steps = new Map<string, Promise<string>>();

async function lockedStep(name: string, make: (out: string) => Promise<void>): Promise<string> {
  const root = inject('sharedRenders');
  const out = join(root, name);
  const done = `${out}.done`;
  // Files running in parallel wait for the one making it; that takes longer than the default's few tries.
  // Locked by the folder's name (not yet made, hence no realpath): proper-lockfile keeps one lock
  // a path in each process, and steps of other names run meanwhile.
  const release = await lockfile.lock(out, {
    realpath: false,
    lockfilePath: join(root, `${name}.lock`),
    retries: { retries: 3_000, minTimeout: 100, maxTimeout: 100 },
  });
  try {
    if (!existsSync(done)) {
      rmSync(out, { recursive: true, force: true });
      await make(out);
      writeFileSync(done, '');
    }
  } finally {
    await release();
  }
  return out;
}

/** The folder `runs` rendered into, once per test run: each a command line without `--out`, all at once. */
export const sharedRender = (name: string, runs: string[][]) =>
  sharedStep(name, async (out) => {
    const results = await Promise.all(runs.map((args) => qbr([...args, '--out', out])));
    for (const [i, result] of results.entries())
      if (result.status !== 0) throw new Error(`qbr ${runs[i]!.join(' ')} exited ${result.status}: ${result.stderr}`);
  });

/** The three samples in 2026-Q4, the latest quarter with data, in every format, customer and internal copies. */
export const samples = () =>
  sharedRender(
    'samples',
    // Both audiences' runs at once, into one folder as a team's two CI jobs may write (the
    // manifest's lock): each waits on its browser part of the time, which the other uses.
    ['customer', 'internal'].map((audience) => ['--all', '--format', 'pdf,html,json,pptx,eml', '--audience', audience]),
  );

/** The account of test/fixtures/international (Japanese, Chinese, Arabic, emoji), as PDF and PowerPoint. */
export const international = () =>
  sharedRender('international', [[fixturePath('international'), '--format', 'pdf,pptx']]);

/** The Arabic and Hebrew accounts (test/fixtures/rtl-arabic, rtl-hebrew) as PDF, HTML and PowerPoint; the portfolio in Arabic. */
export const rightToLeft = () =>
  sharedRender('right-to-left', [
    [
      fixturePath('rtl-arabic'),
      fixturePath('rtl-hebrew'),
      '--config',
      fixturePath('rtl-portfolio', 'qbr.config.yaml'),
      '--format',
      'pdf,html,pptx',
    ],
  ]);

/**
 * The PowerPoints of the renders above that the files read as LibreOffice Impress prints them,
 * printed to PDF in one run (its start is most of its time): `<name>.pdf` for each `<name>.pptx`,
 * in the folder returned. Those the files read: the samples', the international account's, and
 * the Hebrew deck (not the Arabic). The files that read them run last (vitest.config.ts), so
 * LibreOffice prints while others run.
 */
export const libreOfficePrints = () =>
  sharedStep('libreoffice', async (out) => {
    // Rendered at once: each waits on its browser part of the time, which the others use.
    const folders = await Promise.all([samples(), international(), rightToLeft()]);
    mkdirSync(out);
    const decks = folders.flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.pptx') && !file.includes('gulf-advanced'))
        .map((file) => join(folder, file)),
    );
    await convertWithLibreOffice(decks, out);
  });
