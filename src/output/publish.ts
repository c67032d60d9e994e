/** Each quarter's manifest and portfolio page (and its PDF), in its team folder, updated once at the end of a run. */
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../i18n/languages.ts';
import type { Printer } from '../print/printer.ts';
import { writeAtomic } from '../write/write-atomic.ts';
import { withManifestLock } from './manifest-lock.ts';
import { mergeManifest, readManifest, type Manifest, type ManifestEntry, type ManifestRun } from './manifest.ts';
import { MANIFEST_FILE, PORTFOLIO_FILE, PORTFOLIO_PDF_FILE, quarterFolder, teamFolder } from './output-names.ts';
import { FINISHED_LOG_FILE, FinishedLog } from './finished-log.ts';
import { keyOfPage, portfolioKey } from './portfolio-key.ts';
import { portfolioView, type PortfolioColors } from './portfolio-view.ts';

/** The manifests of the quarters a run touches: read once, then added to. */
export class QuarterManifests {
  private readonly read = new Map<string, Promise<Manifest>>();
  private readonly added = new Map<string, ManifestEntry[]>();
  private readonly logs = new Map<string, { log: FinishedLog; entries: Promise<Map<string, ManifestEntry>> }>();

  constructor(readonly outDir: string) {}

  manifest(quarter: string): Promise<Manifest> {
    let manifest = this.read.get(quarter);
    if (!manifest)
      this.read.set(
        quarter,
        (manifest = readManifest(join(teamFolder(quarterFolder(this.outDir, quarter)), MANIFEST_FILE), quarter)),
      );
    return manifest;
  }

  /**
   * An account's entry before this run: the one a run killed before publishing finished (newer
   * than the manifest, which publishing would have written and then removed the log), else the
   * folder's manifest's.
   */
  previous = async (quarter: string, account: string): Promise<ManifestEntry | undefined> =>
    (await this.finished(quarter).entries).get(account) ??
    (await this.manifest(quarter)).accounts.find((e) => e.account === account);

  /** The quarter's log of finished accounts (see finished-log.ts), read once. */
  finished(quarter: string): { log: FinishedLog; entries: Promise<Map<string, ManifestEntry>> } {
    let finished = this.logs.get(quarter);
    if (!finished) {
      const log = new FinishedLog(join(teamFolder(quarterFolder(this.outDir, quarter)), FINISHED_LOG_FILE));
      this.logs.set(quarter, (finished = { log, entries: log.read() }));
    }
    return finished;
  }

  /** A quarter to publish even if no entry is added to it. */
  include(quarter: string): void {
    if (!this.added.has(quarter)) this.added.set(quarter, []);
  }

  /** An account's entry for the manifest; a rendered one, its files written, is logged before the run tells of it. */
  async add(entry: ManifestEntry): Promise<void> {
    this.added.set(entry.quarter, [...(this.added.get(entry.quarter) ?? []), entry]);
    if (entry.status === 'rendered') await this.finished(entry.quarter).log.append(entry);
  }

  quarters(): string[] {
    return [...this.added.keys()].sort();
  }

  entries(quarter: string): ManifestEntry[] {
    return this.added.get(quarter) ?? [];
  }
}

export interface PublishOptions extends ManifestRun {
  /** Prints `portfolio.pdf` when given (the run makes PDFs). */
  printer: Printer | null;
  /** Our company: the PDF's author. */
  author: string;
  /** The portfolio's language: the config's, whatever the accounts' own. */
  language: Language;
  /** The portfolio's colours: the config's `company.colors`, as the decks'. */
  colors: PortfolioColors;
  /** Makes the page again even when the one on disk carries its key (`--force`). */
  force?: boolean | undefined;
}

/** Writes each touched quarter's `manifest.json`, `index.html` and maybe `portfolio.pdf`; returns the quarters' folders. */
export async function publishQuarters(index: QuarterManifests, options: PublishOptions): Promise<string[]> {
  const folders: string[] = [];
  for (const quarter of index.quarters()) {
    const dir = quarterFolder(index.outDir, quarter);
    await publishQuarter(dir, quarter, index.entries(quarter), options);
    await index.finished(quarter).log.remove();
    folders.push(dir);
  }
  return folders;
}

/** One quarter folder (`quarterDir`): its manifest, in its team folder, with `entries` put in, its portfolio page and, with a printer, the page's PDF. */
export async function publishQuarter(
  quarterDir: string,
  quarter: string,
  entries: ManifestEntry[],
  options: PublishOptions,
): Promise<Manifest> {
  // Read again under the lock, just before writing, so another run's entries are kept.
  return withManifestLock(join(teamFolder(quarterDir), MANIFEST_FILE), () =>
    publishLocked(quarterDir, quarter, entries, options),
  );
}

async function publishLocked(
  quarterDir: string,
  quarter: string,
  entries: ManifestEntry[],
  options: PublishOptions,
): Promise<Manifest> {
  const { manifest, html, samePage, unchanged } = await portfolioPage(quarterDir, quarter, entries, options);
  const dir = teamFolder(quarterDir);
  await writeAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  // The same page prints the same PDF: an unchanged run starts no browser for it. The PDF is
  // written first, so a page on disk never stands beside an older page's PDF; a run that prints
  // nothing (no PDF asked for, or stopped) removes the PDF of a page it replaces.
  if (options.printer && !unchanged) {
    const { printPortfolio } = await import('./portfolio-pdf.ts');
    const pdf = await printPortfolio(html, manifest, options.language, options.printer, options.author);
    await writeAtomic(join(dir, PORTFOLIO_PDF_FILE), pdf);
  } else if (!options.printer && !samePage) {
    await rm(join(dir, PORTFOLIO_PDF_FILE), { force: true });
  }
  await writeAtomic(join(dir, PORTFOLIO_FILE), html);
  return manifest;
}

/** What `portfolioPage` finds: the page, whether the page on disk is it, and whether its PDF is there too. */
export interface PortfolioPage {
  manifest: Manifest;
  html: string;
  /** The page on disk is this page. */
  samePage: boolean;
  /** This page and its PDF are both on disk. */
  unchanged: boolean;
}

/**
 * The folder's manifest with `entries` put in, and its portfolio page: the page on disk when it
 * carries the key of this page's view (see portfolio-key.ts) and `force` is not set, else made.
 */
export async function portfolioPage(
  quarterDir: string,
  quarter: string,
  entries: ManifestEntry[],
  options: ManifestRun & { language: Language; colors: PortfolioColors; force?: boolean | undefined },
): Promise<PortfolioPage> {
  const dir = teamFolder(quarterDir);
  const manifest = mergeManifest(await readManifest(join(dir, MANIFEST_FILE), quarter), entries, options);
  const pagePath = join(dir, PORTFOLIO_FILE);
  const onDisk = existsSync(pagePath) ? readFileSync(pagePath, 'utf8') : null;
  const pdfThere = existsSync(join(dir, PORTFOLIO_PDF_FILE));
  const view = portfolioView(manifest, options.language, options.colors);
  // Made from the same view, program and packages: the page on disk is this page.
  if (!options.force && onDisk !== null && keyOfPage(onDisk) === portfolioKey(view)) {
    return { manifest, html: onDisk, samePage: true, unchanged: pdfThere };
  }
  const { renderPortfolioView } = await import('./portfolio.ts');
  const html = renderPortfolioView(view);
  const samePage = onDisk === html;
  return { manifest, html, samePage, unchanged: samePage && pdfThere };
}
