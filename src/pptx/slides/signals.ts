/** Account team prep: every signal with its detail and a talking point (templates/slides/signals.hbs). */
import { addHeading, contentTop, slideWords } from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { COLORS, CONTENT_WIDTH, PAGE, TEXT } from '../style.ts';
import { addRect, addText, type Run } from '../text.ts';
import { textHeight } from '../text-fit.ts';

interface Signal {
  title: string;
  /** "new this quarter", "raised 3 quarters in a row, since Q2 2026". */
  streak: string;
  detail: string;
  talkingPoint: string;
}

const GAP = { row: 14, column: 32 };

export const signalsSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const words = slideWords(view, ['say', 'none']);
  const signals = (view.signals as Signal[] | undefined) ?? [];
  const top = contentTop(view);
  if (!signals.length) {
    addText(slide, context, words.none, { x: PAGE.left, y: top, w: CONTENT_WIDTH, h: 40 }, TEXT.mid);
    return [];
  }
  const width = (CONTENT_WIDTH - GAP.column) / 2;
  const inner = width - 18;
  const heightAt = (s: Signal, size: number) =>
    textHeight([titleLine(s)], inner, size + 2, { bold: true, lineHeight: 1.25 }) +
    textHeight([s.detail, `${words.say} ${s.talkingPoint}`], inner, size, { lineHeight: 1.25, gap: 0.3 }) +
    8;
  const layout = (size: number) => {
    const rows: number[] = [];
    for (const [i, s] of signals.entries())
      rows[Math.floor(i / 2)] = Math.max(rows[Math.floor(i / 2)] ?? 0, heightAt(s, size));
    return rows;
  };
  let size = 15;
  while (size > 10 && layout(size).reduce((a, b) => a + b + GAP.row, 0) > PAGE.bottom - top) size--;
  const rows = layout(size);
  signals.forEach((s, i) => {
    const row = Math.floor(i / 2);
    const x = PAGE.left + (i % 2) * (width + GAP.column);
    const y = top + rows.slice(0, row).reduce((a, b) => a + b + GAP.row, 0);
    addRect(slide, context, { x, y, w: 4, h: rows[row]! - 4 }, COLORS.bad);
    const runs: Run[] = [
      ...(s.streak
        ? [
            { text: s.title, style: { size: size + 2, bold: true } },
            { text: ` · ${s.streak}`, style: { size, color: COLORS.muted }, paragraph: true },
          ]
        : [{ text: s.title, style: { size: size + 2, bold: true }, paragraph: true }]),
      { text: s.detail, style: { size }, paragraph: true, after: 4 },
      { text: `${words.say} `, style: { size, bold: true, color: COLORS.body } },
      { text: s.talkingPoint, style: { size, color: COLORS.body } },
    ];
    addText(slide, context, runs, { x: x + 18, y, w: inner, h: rows[row]! }, { size }, { lineHeight: 1.2 });
  });
  // The notes say it as the slide does, a line each: what it is, why, and what to say.
  return signals.map((s) => [titleLine(s), s.detail, `${words.say} ${s.talkingPoint}`].join('\n'));
};

const titleLine = (s: Signal) => (s.streak ? `${s.title} · ${s.streak}` : s.title);
