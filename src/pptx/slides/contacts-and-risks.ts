/** Account team prep: contact gaps and known risks (templates/slides/contacts-and-risks.hbs). */
import { addHeading, contentTop, slideWords } from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { COLORS, CONTENT_WIDTH, PAGE, TEXT } from '../style.ts';
import { addText, paragraphs, type Run } from '../text.ts';
import { fitSize } from '../text-fit.ts';

const GAP = 56;
const SEVERITY_COLORS: Record<string, string> = { high: COLORS.bad, medium: COLORS.warn, low: COLORS.muted };

export const contactsAndRisksSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const words = slideWords(view, ['contacts', 'risks', 'noRisks']);
  const top = contentTop(view) + 8;
  const width = (CONTENT_WIDTH - GAP) / 2;
  const box = { w: width, h: PAGE.bottom - top - 26 };
  const gaps = (view.gaps as string[] | undefined) ?? [];
  addText(slide, context, words.contacts, { x: PAGE.left, y: top, w: width, h: 24 }, TEXT.label);
  const gapSize = fitSize(gaps, box, 19, 12, { lineHeight: 1.3, gap: 0.63, indent: 22 });
  addText(
    slide,
    context,
    paragraphs(gaps, { ...TEXT.body, size: gapSize }),
    { x: PAGE.left, y: top + 26, ...box },
    { ...TEXT.body, size: gapSize },
    { lineHeight: 1.3, gap: 12, list: { type: 'bullet' } },
  );
  const right = PAGE.left + width + GAP;
  addText(slide, context, words.risks, { x: right, y: top, w: width, h: 24 }, TEXT.label);
  const risks =
    (view.risks as
      | Array<{ description: string; mitigation: string; severity: string; severityWord: string }>
      | undefined) ?? [];
  if (!risks.length) {
    addText(slide, context, words.noRisks, { x: right, y: top + 26, w: width, h: 30 }, TEXT.note);
    return [];
  }
  const size = fitSize(
    risks.flatMap((r) => [`${r.severityWord} ${r.description}`, r.mitigation]),
    box,
    19,
    11,
    { lineHeight: 1.3, gap: 0.3 },
  );
  const runs: Run[] = risks.flatMap((r) => [
    {
      text: `${r.severityWord.toLocaleUpperCase(context.deck.lang)}  `,
      style: { size: Math.round(size * 0.65), bold: true, color: SEVERITY_COLORS[r.severity] ?? COLORS.muted },
    },
    { text: r.description, style: { size }, paragraph: !r.mitigation, after: 14 },
    ...(r.mitigation
      ? [
          {
            text: r.mitigation,
            style: { size: Math.round(size * 0.74), color: COLORS.muted },
            lineBreak: true,
            paragraph: true,
          },
        ]
      : []),
  ]);
  addText(slide, context, runs, { x: right, y: top + 26, ...box }, { size }, { lineHeight: 1.3, gap: 14 });
  return [];
};
