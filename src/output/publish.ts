/** Each quarter folder's manifest and portfolio page, updated once at the end of a run. */
import { join } from 'node:path';
import { writeAtomic } from '../write/write-atomic.ts';
import { MANIFEST_FILE, mergeManifest, readManifest, type Manifest, type ManifestEntry } from './manifest.ts';

/** The manifests of the quarters a run touches: read once, then added to. */
export class QuarterIndex {
  private readonly read = new Map<string, Promise<Manifest>>();
  private readonly added = new Map<string, ManifestEntry[]>();

  constructor(readonly outDir: string) {}

  manifest(quarter: string): Promise<Manifest> {
    let manifest = this.read.get(quarter);
    if (!manifest) this.read.set(quarter, (manifest = readManifest(join(this.outDir, quarter, MANIFEST_FILE), quarter)));
    return manifest;
  }

  /** The entry the folder's manifest held for an account before this run. */
  previous = async (quarter: string, account: string): Promise<ManifestEntry | undefined> =>
    (await this.manifest(quarter)).accounts.find((e) => e.account === account);

  add(entry: ManifestEntry): void {
    this.added.set(entry.quarter, [...(this.added.get(entry.quarter) ?? []), entry]);
  }

  quarters(): string[] {
    return [...this.added.keys()].sort();
  }

  entries(quarter: string): ManifestEntry[] {
    return this.added.get(quarter) ?? [];
  }
}

/** Writes each touched quarter's `manifest.json` and `index.html`; returns their folders. */
export async function publishQuarter(index: QuarterIndex): Promise<string[]> {
  const folders: string[] = [];
  for (const quarter of index.quarters()) {
    const dir = join(index.outDir, quarter);
    // Read again just before writing, so another run's entries written meanwhile are kept.
    const current = await readManifest(join(dir, MANIFEST_FILE), quarter);
    const manifest = mergeManifest(current, index.entries(quarter));
    await writeAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    const { PORTFOLIO_FILE, renderPortfolio } = await import('./portfolio.ts');
    await writeAtomic(join(dir, PORTFOLIO_FILE), renderPortfolio(manifest));
    folders.push(dir);
  }
  return folders;
}
