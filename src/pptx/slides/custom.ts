/**
 * A custom slide (the account's `custom_slides`): its heading and its Markdown body as editable
 * text, with bold, italic, list markers and quotes, and each table as a native table below it.
 */
import type { DeckView } from '../../render/deck-view.ts';
import { addHeading, contentTop } from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { markdownBlocks, type Block, type Span } from '../markdown-blocks.ts';
import { genericSlide } from './generic.ts';
import { CONTENT_WIDTH, PAGE, TEXT, type TextStyle } from '../style.ts';
import { cell, columnWidth, addTable } from '../table.ts';
import { addText, type Run } from '../text.ts';
import { fitSize, textHeight } from '../text-fit.ts';

type Slide = DeckView['slides'][number];

export const customSlide: SlideBuilder = (slide, view, context) => {
  // A view without its Markdown (made by other code than customer-slides.ts) has its HTML's text.
  if (typeof view.markdown !== 'string') return genericSlide(slide, view, context);
  addHeading(slide, view, context);
  const blocks = markdownBlocks(view.markdown);
  const text = blocks.filter((b) => b.kind !== 'table');
  const tables = blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  let top = contentTop(view as Slide) + 8;
  const room = PAGE.bottom - top;
  const textRoom = tables.length ? room * 0.5 : room;
  const lines = text.map(plain);
  const size = fitSize(lines, { w: CONTENT_WIDTH, h: textRoom }, 19, 10, { lineHeight: 1.3, gap: 0.5 });
  const runs = text.flatMap((block) => runsOf(block, { ...TEXT.body, size }));
  if (runs.length) {
    addText(
      slide,
      context,
      runs,
      { x: PAGE.left, y: top, w: CONTENT_WIDTH, h: textRoom },
      { ...TEXT.body, size },
      { lineHeight: 1.3, gap: size * 0.5 },
    );
    top += Math.min(textRoom, textHeight(lines, CONTENT_WIDTH, size, { lineHeight: 1.3, gap: 0.5 })) + 12;
  }
  for (const table of tables) {
    const style: TextStyle = { ...TEXT.body, size: Math.min(size, 16) };
    const rows = table.rows.map((row) => row.map((spans) => cell([spanRuns(spans, style)])));
    const count = Math.max(table.head.length, ...table.rows.map((r) => r.length));
    const widths = Array.from({ length: count }, (_, i) =>
      columnWidth(
        rows.map((r) => r[i]?.lines[0] ?? []),
        80,
        CONTENT_WIDTH,
      ),
    );
    const scale = Math.min(1, CONTENT_WIDTH / widths.reduce((a, b) => a + b, 0));
    const head = table.head.length ? table.head.map((spans) => spans.map((s) => s.text).join('')) : null;
    top +=
      addTable(slide, context, head, rows, {
        x: PAGE.left,
        y: top,
        columns: widths.map((w) => w * scale),
        maxHeight: PAGE.bottom - top,
      }) + 12;
  }
  return [];
};

const plain = (block: Block) =>
  block.kind === 'table' ? '' : ('marker' in block ? `${block.marker} ` : '') + block.spans.map((s) => s.text).join('');

function spanRuns(spans: Span[], style: TextStyle, italic = false): Run[] {
  return spans.map((s) => ({
    text: s.text,
    style: { ...style, bold: s.bold || style.bold === true, italic: s.italic || italic },
  }));
}

/** A block as runs of one paragraph: a list item after its marker, a quote in italics, a heading bold. */
function runsOf(block: Exclude<Block, { kind: 'table' }>, style: TextStyle): Run[] {
  const own = block.kind === 'heading' ? { ...style, bold: true } : style;
  const runs = [
    ...(block.kind === 'item' ? [{ text: `${block.marker} `, style: own }] : []),
    ...(block.kind === 'quote' ? [{ text: '“', style: own }] : []),
    ...spanRuns(block.spans, own, block.kind === 'quote'),
    ...(block.kind === 'quote' ? [{ text: '”', style: own }] : []),
  ];
  runs[runs.length - 1] = { ...runs.at(-1)!, paragraph: true };
  return runs;
}
