import { describe, expect, it } from 'vitest';
import type { DeckView } from '../../src/render/deck-view.ts';
import { printedText } from '../../src/render/render-html.ts';

describe('the text a deck prints (for its font subsets)', () => {
  const view = {
    title: 'Quarterly Business Review: 東京 Works',
    customerLogo: 'data:image/png;base64,iVBORw0KGgo=',
    charts: {
      value: {
        svg: '<svg viewBox="0 0 10 10"><path d="M 0 0 L 1 1"/><title>ملخص</title></svg>',
        alt: 'Value delivered: €487,000',
      },
    },
  } as unknown as DeckView;

  it("holds the words and the charts' text alternatives", () => {
    expect(printedText(view)).toContain('東京 Works');
    expect(printedText(view)).toContain('Value delivered: €487,000');
  });

  it('leaves out images and chart markup, which are no text and most of the bytes', () => {
    expect(printedText(view)).not.toContain('base64');
    expect(printedText(view)).not.toContain('<path');
    expect(printedText(view)).not.toContain('ملخص');
  });
});
