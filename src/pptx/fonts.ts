/**
 * The fonts a PowerPoint names. It embeds none, so it names fonts its viewers have, in the
 * theme's three slots: Latin text, East Asian text and complex scripts (Arabic). Every run of
 * text refers to the theme, so PowerPoint picks the slot by each character's script.
 */
import type { Config } from '../config/config-schema.ts';

export type PptxFontConfig = Config['output']['pptx_fonts'];

/** The theme's fonts: `latin`, `eastAsian` (`<a:ea>`) and `complex` (`<a:cs>`). */
export interface ThemeFonts {
  latin: string;
  eastAsian: string;
  complex: string;
}

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/u;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * Chooses by the deck's text and language: Han characters are drawn in the Japanese font when
 * the deck has kana or is in Japanese, else in the Chinese one.
 */
export function themeFonts(text: string, lang: string, fonts: PptxFontConfig): ThemeFonts {
  const japanese = KANA.test(text) || /^ja\b/i.test(lang) || !(HAN.test(text) || /^zh\b/i.test(lang));
  return { latin: fonts.latin, eastAsian: japanese ? fonts.japanese : fonts.chinese, complex: fonts.arabic };
}
