/**
 * The charts draw with the deck's own Inter. node-canvas (through Pango and HarfBuzz) cannot
 * read woff2, so the package's files are decompressed to TrueType once, into a cache folder
 * keyed by their content.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerFont } from 'canvas';
import { decompress } from 'wawoff2';
import { writeAtomic } from '../write/write-atomic.ts';
import { allFontFaces } from './font-faces.ts';

/** The family name charts use; registered under its own name so no system font can stand in. */
export const CHART_FONT = 'QBR Inter';

let registered: Promise<void> | null = null;

/** Registers Inter (latin, 400 and 600) with node-canvas; safe to call many times. */
export function registerChartFonts(): Promise<void> {
  registered ??= (async () => {
    const faces = allFontFaces().filter((f) => f.family === 'Inter' && /-latin-(400|600)-normal/.test(f.file));
    for (const face of faces) {
      const woff2 = readFileSync(face.file);
      const hash = createHash('sha256').update(woff2).digest('hex').slice(0, 16);
      const ttf = join(tmpdir(), 'qbr-fonts', `inter-${face.weight}-${hash}.ttf`);
      // Whole or absent, so a run starting meanwhile never registers half a font.
      if (!existsSync(ttf)) await writeAtomic(ttf, await decompress(woff2));
      registerFont(ttf, { family: CHART_FONT, weight: face.weight === '600' ? 'bold' : 'normal' });
    }
  })();
  return registered;
}
