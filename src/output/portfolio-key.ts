/**
 * What a portfolio page is made from, as one hash written into the page: what it shows (its
 * view, from the manifest in its language), the program (its templates included) and the
 * installed packages (the fonts and Handlebars it is made with). A run whose page on disk
 * carries the same hash keeps that page rather than make it again: a run with nothing changed
 * spent a sixth of its time loading the page's template and fonts and rendering the same bytes. The view, not the manifest: an account's status goes from rendered to
 * unchanged between two such runs, and the page shows neither.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths.ts';
import { programFingerprint } from '../program-fingerprint.ts';
import type { PortfolioView } from './portfolio-view.ts';

/** The key of the page that shows `view` (portfolioView of its manifest, in its language). */
export function portfolioKey(view: PortfolioView): string {
  return createHash('sha256')
    .update(programFingerprint())
    .update('\0')
    .update(installedPackages())
    .update('\0')
    .update(JSON.stringify(view))
    .digest('hex');
}

let installed: string | null = null;

/** npm's record of the packages installed (rewritten by every install); '' where there is none. */
function installedPackages(): string {
  if (installed === null) {
    try {
      installed = readFileSync(join(ROOT, 'node_modules', '.package-lock.json'), 'utf8');
    } catch {
      installed = '';
    }
  }
  return installed;
}

/** The element that carries the key, in the page's head. */
export const keyElement = (key: string): string => `<meta name="qbr-portfolio" content="${key}">`;

/**
 * The key a page was made from; null for a page without one (written by hand, or by an older
 * qbr), or cut short (a page ends as the template ends it).
 */
export function keyOfPage(html: string): string | null {
  if (!html.endsWith('</html>\n')) return null;
  return /<meta name="qbr-portfolio" content="([0-9a-f]{64})">/.exec(html)?.[1] ?? null;
}
