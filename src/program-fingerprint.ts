/**
 * The program's own fingerprint, which every cache and every output's fingerprint starts from:
 * a module of its own so that the early stages (load's parse cache, render's compiled
 * templates) and the output stage take it from here rather than from one another.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

let programHash: string | null = null;

/**
 * The program's version: package.json's version and the content of every source and template
 * file, so an edited template or a fixed bug re-renders without a version bump.
 */
export function programFingerprint(): string {
  if (programHash) return programHash;
  const hash = createHash('sha256');
  const add = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) add(path);
      else hash.update(path).update(readFileSync(join(ROOT, path)));
    }
  };
  hash.update(readFileSync(join(ROOT, 'package.json')));
  add('src');
  add('templates');
  programHash = hash.digest('hex');
  return programHash;
}
