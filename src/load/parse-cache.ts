/**
 * Account files parsed before, by the hash of their text: a run over files that have not
 * changed reads their data as JSON rather than parsing YAML again (a second run spent a third of its time in the YAML parser). Only data a parse gave without an error
 * or warning is kept, and it is validated again on every run like any other. The cache is the
 * project's own (`node_modules/.cache/qbr`, where other tools keep theirs), written whole or not
 * at all, one file for this version of qbr and the YAML parser, holding the files of the latest
 * run; one that cannot be read or written is no cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { programFingerprint } from '../program-fingerprint.ts';
import { CACHE_DIR, ROOT } from '../paths.ts';
import { writeAtomic } from '../write/write-atomic.ts';

/**
 * Named by the YAML parser's version and qbr's own program (its loader's limits and rules are
 * in it): another version of either may read a file otherwise.
 */
const cacheFile = () =>
  join(
    CACHE_DIR,
    `parsed-${createHash('sha256').update(`${yamlVersion()} ${programFingerprint()}`).digest('base64url').slice(0, 16)}.json`,
  );

export class ParseCache {
  private used = new Map<string, unknown>();
  private added = false;

  private constructor(
    private readonly before: Record<string, unknown>,
    private readonly file: string,
  ) {}

  static async open(file = cacheFile()): Promise<ParseCache> {
    const before: unknown = await readFile(file, 'utf8')
      .then((text) => JSON.parse(text) as unknown)
      .catch(() => ({}));
    return new ParseCache(
      before && typeof before === 'object' && !Array.isArray(before) ? (before as Record<string, unknown>) : {},
      file,
    );
  }

  /** The data of a file with this text, if it was parsed before. */
  get(text: string): unknown {
    const key = hash(text);
    if (!Object.hasOwn(this.before, key)) return undefined;
    const data = this.before[key];
    this.used.set(key, data);
    return data;
  }

  /** Keeps a parse's data, if JSON gives it back as it is (no ±Infinity, NaN or -0). */
  set(text: string, data: unknown): void {
    if (data === undefined || !jsonSafe(data)) return;
    this.used.set(hash(text), data);
    this.added = true;
  }

  /** Writes the files of this run, when one was new; the caches of other versions go. */
  async save(): Promise<void> {
    if (!this.added) return;
    await writeAtomic(this.file, JSON.stringify(Object.fromEntries(this.used))).catch(() => {});
    const dir = dirname(this.file);
    const others = await readdir(dir).catch(() => [] as string[]);
    await Promise.all(
      others
        .filter((name) => name.startsWith('parsed-') && name.endsWith('.json') && join(dir, name) !== this.file)
        .map((name) => rm(join(dir, name), { force: true })),
    );
  }
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

function jsonSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === 'object')
    return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(jsonSafe);
  return false;
}

function yamlVersion(): string {
  try {
    const require = createRequire(join(ROOT, 'package.json'));
    return (JSON.parse(readFileSync(require.resolve('yaml/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
