import { describe, expect, it } from 'vitest';
import { agendaItems, orderSlides, type SlideMakers } from '../../src/render/slide-order.ts';
import { translator } from '../../src/i18n/translator.ts';
import { paginate, single, type Slide } from '../../src/render/slide.ts';
import { CUSTOMER_SLIDE_KINDS } from '../../src/validate/slide-list.ts';

/** Every kind makes one slide headed by its name, except: scorecard has two pages, value none, custom two slides. */
function makers(): SlideMakers {
  const one = (kind: Slide['kind'], title: string) => () => [single(title, { kind })];
  return {
    title: one('title', 'Acme: QBR'),
    agenda: (items) => single('Agenda', { kind: 'agenda', items }),
    'since-last': one('since-last', 'Since our last review'),
    summary: one('summary', 'Executive summary'),
    success: one('success', 'Your definition of success'),
    scorecard: () =>
      paginate([1, 2, 3, 4, 5, 6], 5, 'Promise scorecard', translator('en'), (rows) => ({ kind: 'scorecard', rows })),
    'promise-charts': one('promise-charts', 'Results against promises'),
    value: () => [],
    adoption: one('adoption', 'Adoption'),
    support: one('support', 'Service and support'),
    commitments: one('commitments', 'What we committed to'),
    together: one('together', 'Working together'),
    custom: () => [single('Roadmap 2027', { kind: 'custom' }), single('Pilot results', { kind: 'custom' })],
    ahead: one('ahead', 'Looking ahead'),
  };
}

const headings = (slides: Slide[]) => slides.map((s) => s.heading);

describe('the customer slides in the order of `slides:`', () => {
  it('follows the default order, a paginated kind keeping its pages together, a kind with nothing to show left out', () => {
    expect(headings(orderSlides(CUSTOMER_SLIDE_KINDS, makers()))).toEqual([
      'Acme: QBR',
      'Agenda',
      'Since our last review',
      'Executive summary',
      'Your definition of success',
      'Promise scorecard (1 of 2)',
      'Promise scorecard (2 of 2)',
      'Results against promises',
      'Adoption',
      'Service and support',
      'What we committed to',
      'Working together',
      'Roadmap 2027',
      'Pilot results',
      'Looking ahead',
    ]);
  });

  it('shows only the kinds listed, in their order, and the agenda lists just those after the title', () => {
    const slides = orderSlides(['title', 'custom', 'scorecard', 'agenda', 'ahead'], makers());
    expect(headings(slides)).toEqual([
      'Acme: QBR',
      'Roadmap 2027',
      'Pilot results',
      'Promise scorecard (1 of 2)',
      'Promise scorecard (2 of 2)',
      'Agenda',
      'Looking ahead',
    ]);
    expect(slides.find((s) => s.kind === 'agenda')?.items).toEqual([
      'Roadmap 2027',
      'Pilot results',
      'Promise scorecard',
      'Looking ahead',
    ]);
  });

  it('makes a deck without title or agenda, and shows nothing for `custom` when there are no custom slides', () => {
    const none = { ...makers(), custom: () => [] };
    expect(headings(orderSlides(['ahead', 'custom', 'summary'], none))).toEqual(['Looking ahead', 'Executive summary']);
  });
});

describe('agenda lines', () => {
  it('names the pages of one section once, and two sections of the same title twice when apart', () => {
    const slides: Slide[] = [
      { kind: 'scorecard', title: 'Promise scorecard', heading: 'Promise scorecard (1 of 2)' },
      { kind: 'scorecard', title: 'Promise scorecard', heading: 'Promise scorecard (2 of 2)' },
      single('Notes', { kind: 'custom' }),
      single('Looking ahead', { kind: 'ahead' }),
      single('Notes', { kind: 'custom' }),
    ];
    expect(agendaItems(slides)).toEqual(['Promise scorecard', 'Notes', 'Looking ahead', 'Notes']);
  });
});
