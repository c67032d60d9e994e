import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facesFor, fontFaceCss } from '../../src/fonts/font-faces.ts';

const files = (text: string) => facesFor(text).map((face) => basename(face.file));

describe('the font subsets a deck embeds', () => {
  it('takes Latin text from Inter alone', () => {
    expect(files('Acme')).toEqual([
      'inter-latin-400-normal.woff2',
      'inter-latin-600-normal.woff2',
      'inter-latin-700-normal.woff2',
    ]);
  });

  it('takes 📊 from Noto Emoji, not from the Arabic subset that claims it without a glyph', () => {
    expect(files('📊')).toEqual(['noto-emoji-3-400-normal.woff2', 'noto-emoji-3-700-normal.woff2']);
  });

  it('takes ⏱ from Noto Emoji too', () => {
    expect(files('⏱')).toEqual(['noto-emoji-3-400-normal.woff2', 'noto-emoji-3-700-normal.woff2']);
  });

  it('reads a character after an emoji (two UTF-16 units) as itself', () => {
    const inter = ['inter-latin-400-normal.woff2', 'inter-latin-600-normal.woff2', 'inter-latin-700-normal.woff2'];
    const emoji = ['noto-emoji-3-400-normal.woff2', 'noto-emoji-3-700-normal.woff2'];
    expect(files('📊A')).toEqual([...inter, ...emoji]);
    expect(files('A📊')).toEqual([...inter, ...emoji]);
  });

  it('chooses, for mixed text, the faces its characters choose one by one', () => {
    for (const text of ['Acme 📊 東京 محمد ⏱ €', '📊📊A\u00e9', '\udc4aZ\ud83d', 'ÅÄÖ 万 📊']) {
      const oneByOne = new Set([...text].flatMap((char) => files(char)));
      expect(new Set(files(text))).toEqual(oneByOne);
    }
  });

  it('passes over a lone half of a surrogate pair', () => {
    expect(files('\ud83dA')).toEqual(files('A'));
  });

  it('inlines each chosen subset with its unicode-range', () => {
    const css = fontFaceCss('📊');
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain("font-family:'Noto Emoji'");
    expect(css).toContain('U+1f4bb-1f4da');
    expect(css).not.toContain('Noto Sans Arabic');
  });
});
