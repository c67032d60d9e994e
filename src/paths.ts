/** Where qbr's own files are, whether it runs from `src/` or from the bundle in `dist/`. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
  }
  throw new Error(`qbr: cannot find its package folder above ${from}`);
}

/** The package folder: package.json, templates/, src/. */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const TEMPLATES_DIR = join(ROOT, 'templates');
/** What qbr keeps from run to run (parsed accounts, precompiled templates): the project's own, where other tools keep theirs. */
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'qbr');

/** qbr's version, as package.json states it (`--version`). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
