/**
 * The deck's fonts, from npm packages (@fontsource), embedded in the HTML as data URLs. Each
 * family comes split into subsets by unicode-range; only the subsets the deck's text touches
 * are embedded, so a deck with one Japanese name carries a few CJK subsets, not all 120.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from '../paths.ts';
import { codePointsOf } from './font-coverage.ts';

const require = createRequire(join(ROOT, 'package.json'));

/** Families in fallback order; `weights` are the CSS files read from each package. */
export const FONT_PACKAGES = [
  { family: 'Inter', pkg: '@fontsource/inter', weights: ['400', '600', '700'] },
  { family: 'Noto Sans Arabic', pkg: '@fontsource/noto-sans-arabic', weights: ['400', '700'] },
  { family: 'Noto Sans Hebrew', pkg: '@fontsource/noto-sans-hebrew', weights: ['400', '700'] },
  { family: 'Noto Sans JP', pkg: '@fontsource/noto-sans-jp', weights: ['400', '700'] },
  { family: 'Noto Sans SC', pkg: '@fontsource/noto-sans-sc', weights: ['400', '700'] },
  // Monochrome: colour emoji fonts (COLR) print as blank glyphs in many PDF viewers.
  { family: 'Noto Emoji', pkg: '@fontsource/noto-emoji', weights: ['400', '700'] },
] as const;

type FontPackage = (typeof FONT_PACKAGES)[number];

export interface FontFace {
  family: string;
  weight: string;
  /** Absolute path of the woff2 file. */
  file: string;
  /** The same subset as WOFF 1.0, whose cmap says which characters it really draws. */
  woff: string;
  ranges: Array<[number, number]>;
}

const familyFaces = new Map<string, FontFace[]>();

/**
 * One family's subsets, read once from its package's CSS when first needed: Latin text never
 * reads the CJK families' (a few hundred subsets, a cost a run that needs none of them should not pay).
 */
export function facesOfFamily(family: FontPackage['family']): FontFace[] {
  let faces = familyFaces.get(family);
  if (!faces) {
    const { pkg, weights } = FONT_PACKAGES.find((p) => p.family === family)!;
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    faces = weights.flatMap((weight) => parseFontsourceCss(readFileSync(join(dir, `${weight}.css`), 'utf8'), dir));
    familyFaces.set(family, faces);
  }
  return faces;
}

/** Reads the `@font-face` blocks fontsource generates. */
export function parseFontsourceCss(css: string, dir: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    const family = /font-family:\s*'([^']+)'/.exec(body)?.[1];
    const weight = /font-weight:\s*(\d+)/.exec(body)?.[1];
    const file = /url\(\.\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const style = /font-style:\s*(\w+)/.exec(body)?.[1];
    if (!family || !weight || !file || style === 'italic') return [];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? 'U+0-10FFFF';
    const woff = join(dir, file.replace(/\.woff2$/, '.woff'));
    return [{ family, weight, file: join(dir, file), woff, ranges: parseUnicodeRange(range) }];
  });
}

/** `U+0000-00FF,U+0131` -> [[0, 255], [305, 305]] */
export function parseUnicodeRange(text: string): Array<[number, number]> {
  return text.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    if (from.includes('?')) return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)];
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

/**
 * The faces needed to draw `text`. Each character goes to the first family, in fallback
 * order, that has it, and brings that family's subsets holding it (every weight); so Latin
 * text embeds Inter alone, never the Latin subsets of the CJK families behind it. "Has it"
 * means the font draws it (its cmap), not only that its CSS claims it: Noto Sans Arabic's
 * symbols subset claims 📊 and has no glyph for it, and would leave it a box.
 */
export function facesFor(text: string): FontFace[] {
  const chosen = new Set<FontFace>();
  // A deck's text is tens of thousands of characters, nearly all of them ASCII: those are
  // marked in an array, the rest in a set (a set for all took twice the time).
  const ascii = new Uint8Array(128);
  const seen = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++; // the second half of a surrogate pair
    if (point < 128) {
      if (ascii[point]) continue;
      ascii[point] = 1;
    } else {
      if (seen.has(point)) continue;
      seen.add(point);
    }
    for (const face of facesForCodePoint(point)) chosen.add(face);
  }
  // In fallback order, reading only the families some character went to.
  const families = new Set([...chosen].map((face) => face.family));
  return FONT_PACKAGES.flatMap(({ family }) =>
    families.has(family) ? facesOfFamily(family).filter((face) => chosen.has(face)) : [],
  );
}

const facesByCodePoint = new Map<number, FontFace[]>();

/** The faces of the first family that has `point`, remembered: decks share most characters. */
function facesForCodePoint(point: number): FontFace[] {
  let faces = facesByCodePoint.get(point);
  if (!faces) {
    const covers = (face: FontFace) =>
      face.ranges.some(([a, b]) => point >= a && point <= b) && codePointsOf(face.woff).has(point);
    faces = [];
    for (const { family } of FONT_PACKAGES) {
      faces = facesOfFamily(family).filter(covers);
      if (faces.length > 0) break;
    }
    facesByCodePoint.set(point, faces);
  }
  return faces;
}

const dataUrls = new Map<string, string>();

/** `@font-face` rules with the woff2 files inlined, for the text of one deck. */
export function fontFaceCss(text: string): string {
  return facesFor(text)
    .map((face) => {
      let url = dataUrls.get(face.file);
      if (!url) dataUrls.set(face.file, (url = `data:font/woff2;base64,${readFileSync(face.file).toString('base64')}`));
      const range = face.ranges
        .map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`))
        .join(',');
      return `@font-face{font-family:'${face.family}';font-weight:${face.weight};font-style:normal;font-display:block;src:url(${url}) format('woff2');unicode-range:${range}}`;
    })
    .join('\n');
}
