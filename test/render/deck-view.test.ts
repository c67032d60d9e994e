import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, ROOT } from '../helpers.ts';
import { viewOf } from './view-of.ts';

describe('the deck view', () => {
  it('asks the questions of its language when neither config nor account sets any', async () => {
    const ahead = (await viewOf(join(ROOT, 'data', 'acme.yaml'), '2026-Q4', 'de')).slides.find(
      (s) => s.kind === 'ahead',
    )!;
    expect((ahead.questions as string[])[0]).toBe(
      'Was hat sich in Ihrem Geschäft seit unserem letzten Treffen verändert?',
    );
    const configured = (
      await viewOf(join(ROOT, 'data', 'acme.yaml'), '2026-Q4', 'de', { questions: ['Wie geht es weiter?'] })
    ).slides.find((s) => s.kind === 'ahead')!;
    expect(configured.questions).toEqual(['Wie geht es weiter?']);
  });

  it("shows the next quarter's plan, and without one says it is to be agreed in the meeting", async () => {
    const acme = join(ROOT, 'data', 'acme.yaml');
    const next = (
      await viewOf(acme, '2026-Q4', 'de', { plan: { '2026-Q4': ['Alt'], '2027-Q1': ['Neu'] } })
    ).slides.find((s) => s.kind === 'ahead')!;
    expect(next.plan).toEqual(['Neu']);
    expect(next.words).toMatchObject({ plan: 'Unser Plan für Q1 2027' });
    const none = (await viewOf(acme, '2026-Q4', 'de', { plan: { '2026-Q4': ['Alt'] } })).slides.find(
      (s) => s.kind === 'ahead',
    )!;
    expect(none.plan).toEqual([]);
    expect(none.words).toMatchObject({ plan: 'Unser Plan für Q1 2027', noPlan: 'Legen wir heute gemeinsam fest.' });
  });

  it('lists each section once in the agenda, by its title, while its pages are headed "(1 von 2)"', async () => {
    const view = await viewOf(fixturePath('many-promises'), '2025-Q3', 'de');
    const scorecards = view.slides.filter((s) => s.kind === 'scorecard');
    expect(scorecards.map((s) => s.heading)).toEqual([
      'Zusagen im Überblick (1 von 2)',
      'Zusagen im Überblick (2 von 2)',
    ]);
    expect(scorecards.map((s) => s.title)).toEqual(['Zusagen im Überblick', 'Zusagen im Überblick']);
    const agenda = view.slides.find((s) => s.kind === 'agenda')!.items as string[];
    expect(agenda.filter((item) => item.startsWith('Zusagen im Überblick'))).toEqual(['Zusagen im Überblick']);
    expect(view.slides[0]!.label).toBe(
      'Folie 1: The Extraordinarily Long-Named International Consolidated Holdings Group of Manufacturing Companies: Quartalsgespräch, Q3 2025',
    );
  });
});
