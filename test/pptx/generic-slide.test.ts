import { describe, expect, it } from 'vitest';
import { renderPptx } from '../../src/pptx/render-pptx.ts';
import { htmlParagraphs } from '../../src/pptx/slides/generic.ts';
import type { DeckView } from '../../src/render/deck-view.ts';
import type { SlideKind } from '../../src/render/slide.ts';

/** A kind this deck has no builder for (a Markdown slide, or one added later). */
const unknown = (kind: string) => kind as SlideKind;
import { defaultConfig, openPackage, wordsOf } from './pptx-package.ts';

const SVG_LOGO = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#0b7285"/></svg>').toString('base64')}`;

const view = (slides: DeckView['slides']): DeckView => ({
  lang: 'en-US',
  dir: 'ltr',
  title: 'Globex: Quarterly Business Review Q1 2026',
  customer: 'Globex',
  quarter: 'Q1 2026',
  company: 'Vendor Inc',
  companyLogo: SVG_LOGO,
  customerLogo: '',
  colors: { primary: '#1f3a5f', accent: '#0b7285' },
  presenters: [{ name: 'Dana Whitfield', role: 'Account manager' }],
  cutoff: 'Mar 31, 2026',
  internal: false,
  words: {
    footer: 'Globex · Quarterly Business Review Q1 2026',
    internalBand: 'Internal: account team only. Do not share with the customer.',
    previousSlide: 'Previous slide',
    nextSlide: 'Next slide',
    slideControls: 'Slides',
    dataAsOf: 'Data as of Mar 31, 2026',
  },
  slides: slides.map((s, i) => ({ ...s, number: i + 1 })),
  slideCount: slides.length,
});

/** The title slide's words as deckView makes them (src/render/deck-view.ts). */
const TITLE = {
  kind: 'title' as const,
  title: 'Globex',
  heading: 'Globex',
  noFooter: true,
  words: {
    kicker: 'Quarterly Business Review · Q1 2026',
    internalCopy: 'Internal copy',
    presentedBy: 'Presented by Vendor Inc',
    dataAsOf: 'Data as of Mar 31, 2026',
    customerLogo: 'Globex logo',
    companyLogo: 'Vendor Inc logo',
  },
};

const options = { fonts: defaultConfig().output.pptx_fonts, date: '2026-03-31', author: 'Vendor Inc', subject: 'QBR' };

describe('slides of a kind without a builder', () => {
  it('become a slide of their heading and text, not an error', async () => {
    const bytes = await renderPptx(
      view([
        TITLE,
        {
          kind: unknown('custom'),
          heading: 'Our roadmap',
          title: 'Our roadmap',
          id: 'plan-2027',
          size: 'small',
          label: 'Slide 2: Our roadmap',
          fit: 'fit-heading-long',
          body: '<p>Line <strong>one</strong> &amp; more</p><ul><li>First step</li><li>Second step</li></ul>',
        },
        {
          kind: unknown('mystery'),
          title: 'Something new',
          heading: 'Something new',
          items: ['An item', 'Another item'],
          note: 'A note',
          count: 3,
        },
      ]),
      options,
    );
    const pptx = await openPackage(bytes);
    expect(pptx.slides).toHaveLength(3);
    const custom = wordsOf(await pptx.text(pptx.slides[1]!));
    expect(custom).toContain('Our roadmap');
    expect(custom).toContain('Line one & more');
    expect(custom).toContain('• First step');
    expect(custom.match(/Our roadmap/g)).toHaveLength(1);
    // What the HTML gives the code and the screen reader, not the slide.
    for (const word of ['plan-2027', 'small', 'Slide 2', 'fit-heading-long']) expect(custom).not.toContain(word);
    const mystery = wordsOf(await pptx.text(pptx.slides[2]!));
    for (const words of ['Something new', 'An item', 'Another item', 'A note']) expect(mystery).toContain(words);
  });

  it('read sanitised HTML as paragraphs of text', () => {
    expect(
      htmlParagraphs('<h2>Plan</h2><p>Ship &lt;v2&gt;<br>then&nbsp;grow &#x1F680;</p><ol><li>One</li></ol>'),
    ).toEqual(['Plan', 'Ship <v2>', 'then\u00a0grow 🚀', '• One']);
  });
});

describe('logos', () => {
  it('draws an SVG logo to PNG for the slide master, so no SVG part is in the file', async () => {
    const pptx = await openPackage(await renderPptx(view([TITLE]), options));
    const media = pptx.names.filter((n) => n.startsWith('ppt/media/'));
    expect(media.length).toBeGreaterThan(0);
    expect(media.every((n) => n.endsWith('.png'))).toBe(true);
    const png = await pptx.zip.file(media[0]!)!.async('uint8array');
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
  });
});
