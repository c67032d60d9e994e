/**
 * How much room text takes, estimated, so each text box gets a type size at which it fits.
 * PowerPoint only shrinks text to fit once someone edits it, and each viewer fills in its own
 * fonts for the ones named (LibreOffice: DejaVu Sans for Calibri, a fifth wider), so sizes are
 * chosen here, erring wide, rather than left to the viewer.
 */

const CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u;
/** The Arabic letters with a long body (sīn, ṣād, ṭāʾ and their dotted kin): twice the others in DejaVu Sans. */
const ARABIC_WIDE = /[سشصضطظ]/u;
const NARROW = /[iljtf.,:;'|!()[\]\s]/;
const WIDE = /[A-Z0-9%@#&mwMW]/;

/** A character's width in ems, on the wide side of the fonts a viewer may have. */
function charWidth(char: string): number {
  if (CJK.test(char)) return 1;
  if (EMOJI.test(char)) return 1.2;
  if (ARABIC_WIDE.test(char)) return 1;
  if (ARABIC.test(char)) return 0.5;
  if (char === ' ') return 0.32;
  if (NARROW.test(char)) return 0.32;
  if (WIDE.test(char)) return 0.7;
  return 0.6;
}

/** About how wide `text` is at `size` CSS pixels. */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * size * (bold ? 1.12 : 1);
}

/** The pieces a line may break between: words, and each CJK character on its own. */
function breakable(text: string): string[] {
  return text.split(/(?<=\s)|(?=[\u2e80-\u9fff\uac00-\ud7af])|(?<=[\u2e80-\u9fff\uac00-\ud7af])/u).filter(Boolean);
}

/** How many lines `text` wraps to in `width` pixels at `size`. */
export function lineCount(text: string, width: number, size: number, bold = false): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const piece of breakable(paragraph)) {
      const w = textWidth(piece, size, bold);
      if (used > 0 && used + w > width) {
        lines++;
        used = 0;
      }
      // A word wider than the line breaks inside itself.
      if (w > width) {
        lines += Math.floor(w / width);
        used = w % width;
      } else used += w;
    }
  }
  return lines;
}

export interface FitOptions {
  /** Line height as a multiple of the size (default 1.25). */
  lineHeight?: number;
  /** Space after each paragraph, as a multiple of the size (default 0.5). */
  gap?: number;
  bold?: boolean;
  /** Width taken by a bullet or number before each paragraph, in pixels. */
  indent?: number;
}

/** How tall `paragraphs` are in `width` pixels at `size`. */
export function textHeight(paragraphs: string[], width: number, size: number, options: FitOptions = {}): number {
  const { lineHeight = 1.25, gap = 0.5, bold = false, indent = 0 } = options;
  const lines = paragraphs.reduce((sum, p) => sum + lineCount(p, width - indent, size, bold), 0);
  return lines * size * lineHeight + Math.max(0, paragraphs.length - 1) * size * gap;
}

/** The largest size, from `preferred` down to `min` pixels, at which `paragraphs` fit the box. */
export function fitSize(
  paragraphs: string[],
  box: { w: number; h: number },
  preferred: number,
  min: number,
  options: FitOptions = {},
): number {
  for (let size = preferred; size > min; size -= 1) {
    if (textHeight(paragraphs, box.w, size, options) <= box.h) return size;
  }
  return min;
}

/**
 * One line of text in `width` pixels: at the largest size from `preferred` down to `min` at
 * which it fits, else at `min` and cut short with an ellipsis (as the HTML deck's CSS does).
 */
export function fitLine(
  text: string,
  width: number,
  preferred: number,
  min: number,
  bold = false,
): { text: string; size: number } {
  for (let size = preferred; size >= min; size -= 1) {
    if (textWidth(text, size, bold) <= width) return { text, size };
  }
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, min, bold) > width) chars.pop();
  return { text: `${chars.join('').trimEnd()}…`, size: min };
}
