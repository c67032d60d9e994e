/**
 * Any slide kind without a builder of its own (a Markdown slide, a kind added later): its
 * heading and its text, so the PowerPoint keeps one slide per page whatever the deck holds.
 */
import type { Slide } from '../../render/slide.ts';
import { addHeading, contentTop } from '../blocks.ts';
import type { SlideBuilder } from '../context.ts';
import { CONTENT_WIDTH, PAGE, TEXT } from '../style.ts';
import { addText, paragraphs } from '../text.ts';
import { fitSize } from '../text-fit.ts';

/**
 * Fields every slide has, or that hold no words: `label` is the HTML's slide label (its heading
 * again), `fit` CSS classes, a custom slide's `id` and `size` are names for the code.
 */
const NOT_TEXT = new Set([
  'kind',
  'heading',
  'internal',
  'number',
  'noFooter',
  'chart',
  'layout',
  'quoteSize',
  'label',
  'fit',
  'id',
  'size',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Sanitised HTML as paragraphs of plain text: blocks and list items apart, tags gone. */
export function htmlParagraphs(html: string): string[] {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n• ')
    .replace(/<\/(p|div|h[1-6]|li|tr|blockquote|pre|ul|ol|table)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
}

/** The words a slide of an unknown kind holds: HTML as text, strings and lists of strings as they are. */
export function slideText(view: Slide): string[] {
  return Object.entries(view)
    .filter(([key]) => !NOT_TEXT.has(key))
    .flatMap(([, value]) => {
      if (typeof value === 'string') return /<[a-z][^>]*>/i.test(value) ? htmlParagraphs(value) : [value];
      if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
      return [];
    })
    .filter((text) => text.trim() !== '' && text !== view.heading && !text.startsWith('data:'));
}

export const genericSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const text = slideText(view);
  const top = contentTop(view) + 8;
  const box = { x: PAGE.left, y: top, w: CONTENT_WIDTH, h: PAGE.bottom - top };
  const size = fitSize(text, box, 19, 10, { lineHeight: 1.3, gap: 0.5 });
  addText(
    slide,
    context,
    paragraphs(text, { ...TEXT.body, size }),
    box,
    { ...TEXT.body, size },
    { lineHeight: 1.3, gap: size * 0.5 },
  );
  return [];
};
