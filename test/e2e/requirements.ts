/**
 * What the end-to-end tests need from the machine. A test never skips itself because something
 * is missing: it fails, naming what to install. Only QBR_TEST_SKIP, a comma-separated list of
 * the names below (QBR_TEST_SKIP=full-chromium,poppler), skips the tests that need them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from '../../src/print/find-browser.ts';
import { postgresInstalled } from './postgres-server.ts';

/** Where the full browser is, beside Chrome's headless shell that qbr prefers. */
export const FULL_CHROMIUM =
  ['/usr/bin/chromium', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'].find((path) => existsSync(path)) ??
  '/usr/bin/chromium';

const onPath = (command: string) =>
  spawnSync('sh', ['-c', 'command -v "$0"', command], { stdio: 'ignore' }).status === 0;
const browserFound = () => {
  try {
    return Boolean(findBrowser({}));
  } catch {
    return false;
  }
};

/** Whether this process may mount a small tmpfs (as root, where the kernel allows it): a full disk and a read-only folder, made for real. */
const canMount = () =>
  process.getuid?.() === 0 &&
  spawnSync(
    'sh',
    ['-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "$d" && umount "$d"; s=$?; rmdir "$d"; exit $s'],
    { stdio: 'ignore' },
  ).status === 0;

const TOOLS = {
  browser: { there: browserFound, what: 'Chrome or Chromium', install: 'apt-get install chromium-headless-shell' },
  'full-chromium': {
    there: () => existsSync(FULL_CHROMIUM),
    what: `the full Chromium (${FULL_CHROMIUM})`,
    install: 'apt-get install chromium',
  },
  poppler: {
    there: () => ['pdftotext', 'pdfinfo', 'pdffonts'].every(onPath),
    what: "poppler's pdftotext, pdfinfo and pdffonts",
    install: 'apt-get install poppler-utils',
  },
  mount: {
    there: canMount,
    what: 'mounting a tmpfs (root, `mount -t tmpfs`)',
    install: 'sudo npx vitest run --project e2e test/e2e/write-faults.test.ts',
  },
  libreoffice: {
    there: () => onPath('soffice'),
    what: 'LibreOffice (soffice)',
    install: 'apt-get install libreoffice-impress',
  },
  postgresql: {
    there: () => postgresInstalled(),
    what: "PostgreSQL's server (initdb, pg_ctl)",
    install: 'apt-get install postgresql',
  },
} as const;

export type Tool = keyof typeof TOOLS;

const skipList = () => (process.env.QBR_TEST_SKIP ?? '').split(',').map((name) => name.trim());

/** True when QBR_TEST_SKIP names one of `tools`: the tests needing it are skipped, and reported so. */
export function skipping(...tools: Tool[]): boolean {
  const skipped = skipList();
  return tools.some((tool) => skipped.includes(tool));
}

/** Throws, saying what to install, when one of `tools` is not on this machine. */
export function requireTools(...tools: Tool[]): void {
  for (const tool of tools) {
    const { there, what, install } = TOOLS[tool];
    if (!there()) {
      throw new Error(
        `this test needs ${what}, which is not installed: run \`${install}\` (or \`bash scripts/setup.sh\`), or set QBR_TEST_SKIP=${tool} to skip the tests that need it`,
      );
    }
  }
}
