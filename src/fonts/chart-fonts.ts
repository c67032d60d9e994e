/**
 * The charts draw with the page's own fonts, chosen by the same rule (facesFor): Inter for
 * Latin text, and the Noto subsets for Arabic, Japanese, Chinese and emoji only when a chart's
 * text holds them, so a Latin chart registers and searches nothing more. node-canvas (through
 * Pango and HarfBuzz) cannot read woff2, so each subset is decompressed to TrueType once, into
 * a cache folder keyed by its content, under a family of its own (see rename-font.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { registerFont } from 'canvas';
import { writeAtomic } from '../write/write-atomic.ts';
import { facesFor, facesOfFamily, FONT_PACKAGES, type FontFace } from './font-faces.ts';
import { renameFont } from './rename-font.ts';

/** Inter's Latin subset: every chart has Latin text (its quarters and figures). */
const BASE_SUBSET = 'inter-latin';

/** The two weights charts draw in (annotation labels are bold): Inter's 600, the Notos' 700. */
const isChartWeight = (face: FontFace) =>
  face.weight === '400' || face.weight === (face.family === 'Inter' ? '600' : '700');

/** `inter-latin-400-normal.woff2` -> `inter-latin` */
const subsetOf = (face: FontFace) => basename(face.file).replace(/-\d+-normal\.woff2$/, '');

/** The family a subset is registered under. */
export const chartFamilyOf = (subset: string) => `QBR ${subset}`;

let baseFaces: FontFace[] | undefined;
const registered = new Map<string, Promise<void>>();
/** Registrations run one after another, across decks too: wawoff2's decoder is not safe to run twice at once. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The CSS font-family list for a chart whose text is `text`, in the page's fallback order;
 * registers the subsets it names with node-canvas first (each once per process).
 */
export async function chartFontFamily(text: string): Promise<string> {
  baseFaces ??= facesOfFamily('Inter').filter((face) => subsetOf(face) === BASE_SUBSET && isChartWeight(face));
  const base = baseFaces;
  const extra = facesFor(text).filter((face) => isChartWeight(face) && subsetOf(face) !== BASE_SUBSET);
  await Promise.all([...base, ...extra].map(register));
  // The base first: Inter's Latin draws digits and spaces, not a CJK subset that also has them.
  const subsets = [BASE_SUBSET, ...new Set(extra.map(subsetOf))];
  return subsets.map((subset) => `"${chartFamilyOf(subset)}"`).join(', ');
}

/**
 * A canvas font (`600 13px "QBR inter-latin", "QBR noto-sans-jp-119"`) as the page's CSS font
 * (`600 13px 'Inter', 'Noto Sans JP'`): the same faces, by the names the deck's @font-face rules
 * give them.
 */
export function pageFont(font: string): string {
  // A subset is named after its package: "noto-sans-jp-119" is @fontsource/noto-sans-jp's.
  const familyOf = (name: string) =>
    FONT_PACKAGES.find(({ pkg }) => name.startsWith(`QBR ${pkg.replace('@fontsource/', '')}-`))?.family;
  const families = new Set<string>();
  const start = font.search(/"QBR /);
  if (start < 0) return font;
  for (const [, name] of font.slice(start).matchAll(/"([^"]+)"/g)) families.add(familyOf(name!) ?? name!);
  return `${font.slice(0, start)}${[...families].map((family) => `'${family}'`).join(', ')}`;
}

function register(face: FontFace): Promise<void> {
  let done = registered.get(face.file);
  if (!done) {
    done = queue.then(async () => {
      const [woff2, family, bold] = [readFileSync(face.file), chartFamilyOf(subsetOf(face)), face.weight !== '400'];
      const style = bold ? 'Bold' : 'Regular';
      // Keyed by the file and the name it is given, so a renamed cache is never stale.
      const hash = createHash('sha256').update(woff2).update(`${family} ${style}`).digest('hex').slice(0, 16);
      const ttf = join(tmpdir(), 'qbr-fonts', `${subsetOf(face)}-${face.weight}-${hash}.ttf`);
      // Whole or absent, so a run starting meanwhile never registers half a font.
      // wawoff2 is loaded only to fill the cache: its WebAssembly reserves tens of megabytes as it loads.
      if (!existsSync(ttf))
        await writeAtomic(ttf, renameFont(await (await import('wawoff2')).decompress(woff2), family, style));
      registerFont(ttf, { family, weight: bold ? 'bold' : 'normal' });
    });
    queue = done.catch(() => {});
    registered.set(face.file, done);
  }
  return done;
}
