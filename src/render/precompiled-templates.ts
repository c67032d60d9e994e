/**
 * The deck's templates, precompiled once and kept: a run compiles them from the kept code rather
 * than parsing and compiling every file again, which a one-deck run felt.
 * One file per templates folder in `node_modules/.cache/qbr` (the project's own, beside the
 * parse cache), keyed by the content of every template file, Handlebars' version and qbr's
 * program; only templates that passed the name checks are kept, and a file that cannot be read
 * or written is no cache. What is kept there is code qbr runs: the folder is as much the
 * program as node_modules itself, and is to be shared (a CI cache) no more widely.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { programFingerprint } from '../program-fingerprint.ts';
import { CACHE_DIR } from '../paths.ts';
import { writeAtomic } from '../write/write-atomic.ts';

/** Precompiled specs by template path, as Handlebars.precompile writes them. */
export type Specs = Record<string, string>;

/**
 * What the specs are made from: each file's path and text, the compiler, and qbr's own program
 * (how it parses, escapes and checks a template is in it).
 */
export function specsKey(files: Array<{ path: string; source: string }>): string {
  const hash = createHash('sha256').update(Handlebars.VERSION).update(programFingerprint());
  for (const { path, source } of files) hash.update(`\u0000${path}\u0000${source}`);
  return hash.digest('base64url');
}

/** Where the specs for `folder` are kept (`dir`: the cache folder, for tests). */
export const specsFile = (folder: string | null, dir = CACHE_DIR) =>
  join(
    dir,
    `templates-${createHash('sha256')
      .update(folder ?? '')
      .digest('base64url')
      .slice(0, 16)}.json`,
  );

/** The specs kept for `folder` when they were made from the same files; null otherwise. */
export function keptSpecs(folder: string | null, key: string, dir = CACHE_DIR): Specs | null {
  try {
    const kept = JSON.parse(readFileSync(specsFile(folder, dir), 'utf8')) as { key?: unknown; specs?: unknown };
    return kept.key === key && kept.specs && typeof kept.specs === 'object' ? (kept.specs as Specs) : null;
  } catch {
    return null;
  }
}

/** Folders whose specs are kept: the oldest beyond these go (every scratch folder a test or preview used adds one). */
const KEPT_FOLDERS = 20;

/** Keeps the specs for the next run, without waiting; a failure to write is no one's concern. */
export async function keepSpecs(folder: string | null, key: string, specs: Specs, dir = CACHE_DIR): Promise<void> {
  try {
    await writeAtomic(specsFile(folder, dir), JSON.stringify({ key, specs }));
    const kept = (await readdir(dir))
      .filter((name) => name.startsWith('templates-') && name.endsWith('.json'))
      .map((name) => join(dir, name));
    if (kept.length <= KEPT_FOLDERS) return;
    const byAge = await Promise.all(
      kept.map(async (file) => ({ file, mtime: (await stat(file).catch(() => null))?.mtimeMs ?? 0 })),
    );
    byAge.sort((a, b) => a.mtime - b.mtime);
    await Promise.all(byAge.slice(0, kept.length - KEPT_FOLDERS).map(({ file }) => rm(file, { force: true })));
  } catch {
    // no cache then
  }
}

/** A precompiled spec as a template of `env`. */
export function fromSpec(env: typeof Handlebars, spec: string): Handlebars.TemplateDelegate {
  // The spec is Handlebars' own output for our templates, kept in the project's cache folder.
  return env.template(new Function(`return ${spec};`)() as TemplateSpecification);
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/**
 * The specs of `files`: those kept for `folder` when made from the same files, or else made by
 * `precompile` (which may refuse a template, and then nothing is kept) and kept for the next run.
 */
export function specsFor(
  folder: string | null,
  files: Array<{ path: string; source: string }>,
  precompile: () => Specs,
): Specs {
  const key = specsKey(files);
  const kept = keptSpecs(folder, key);
  if (kept) return kept;
  const specs = precompile();
  void keepSpecs(folder, key, specs);
  return specs;
}

/** One template compiled from its kept spec, or precompiled and kept under `name` (the portfolio page's). */
export function keptTemplate(
  env: typeof Handlebars,
  name: string,
  source: string,
  options: PrecompileOptions,
): Handlebars.TemplateDelegate {
  const specs = specsFor(name, [{ path: name, source }], () => ({
    [name]: Handlebars.precompile(source, options) as string,
  }));
  return fromSpec(env, specs[name]!);
}

type PrecompileOptions = Parameters<typeof Handlebars.precompile>[1];
