/** Reads a PDF back with poppler-utils and pdf-lib, as a person's tools would see it. */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';

/**
 * What a poppler tool prints for `file`, run once for the file as it is now: several tests read
 * the same deck, and each run is a process. A file written again (its time, size or inode) is read again.
 */
function poppler(tool: string, file: string, args: string[] = [file]): string {
  const { mtimeMs, size, ino } = statSync(file);
  const key = JSON.stringify([tool, args, mtimeMs, size, ino]);
  let printed = popplerPrinted.get(key);
  if (printed === undefined) popplerPrinted.set(key, (printed = execFileSync(tool, args, { encoding: 'utf8' })));
  return printed;
}
const popplerPrinted = new Map<string, string>();

/** The PDF's text; no-break spaces (de-DE writes "17,6 %") read as plain ones. */
export const pdfText = (file: string) => plainSpaces(poppler('pdftotext', file, ['-layout', file, '-']));
export const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/**
 * Each PowerPoint to PDF in `outDir` (same name, `.pdf`), in one LibreOffice run with a profile of
 * its own, so runs in parallel do not collide. Rejects with LibreOffice's output when it fails.
 * Not waited for on this thread: the worker's tests and renders go on while LibreOffice prints.
 */
export async function convertWithLibreOffice(files: string[], outDir: string): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'qbr-soffice-'));
  try {
    const args = ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files];
    await promisify(execFile)('soffice', [`-env:UserInstallation=file://${profile}`, ...args], { timeout: 240_000 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`soffice failed: ${(error as Error).message} ${stdout} ${stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export function pdfInfo(file: string): Record<string, string> {
  const text = poppler('pdfinfo', file);
  return Object.fromEntries(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** Each font: its name and whether it is embedded. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
  });
}

/** The titles of the PDF's bookmarks, in order, flattened. */
export async function pdfBookmarks(file: string): Promise<string[]> {
  const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const titles: string[] = [];
  const walk = (ref: unknown) => {
    let item = ref ? document.context.lookup(ref as never, PDFDict) : undefined;
    while (item) {
      const title = item.get(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText());
      walk(item.get(PDFName.of('First')));
      const next = item.get(PDFName.of('Next'));
      item = next ? document.context.lookup(next as never, PDFDict) : undefined;
    }
  };
  const outlines = document.catalog.get(PDFName.of('Outlines'));
  if (outlines) walk(document.context.lookup(outlines as never, PDFDict).get(PDFName.of('First')));
  return titles;
}

/** qpdf's verdict on a file's syntax: status 0 without errors or warnings, 3 with warnings only. */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  if (run.error) throw new Error('qpdf is needed for this test: apt-get install qpdf (scripts/setup.sh installs it)');
  return { status: run.status, output: run.stdout + run.stderr };
}
