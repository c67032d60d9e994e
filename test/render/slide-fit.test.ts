import { describe, expect, it } from 'vitest';
import { fitClasses, lineCount, textEms } from '../../src/render/slide-fit.ts';

describe('estimating how much room text takes', () => {
  it('counts a Latin letter as 0.55 em and a Japanese one as 1 em', () => {
    expect(textEms('abcd')).toBeCloseTo(2.2);
    expect(textEms('東京都')).toBe(3);
  });

  it('counts lines at a size in a column', () => {
    expect(lineCount('word', 20, 500)).toBe(1);
    // 100 letters × 0.55 em × 20 px = 1100 px: three lines of 500 px.
    expect(lineCount('x'.repeat(100), 20, 500)).toBe(3);
  });
});

describe('fit classes', () => {
  const title = { kind: 'title' as const, title: 'QBR', heading: 'QBR' };

  it("shrink the title slide's name as it grows", () => {
    expect(fitClasses(title, 'Acme Manufacturing')).toBe('');
    expect(fitClasses(title, 'A'.repeat(80))).toBe('fit-name-l');
    expect(fitClasses(title, 'A'.repeat(150))).toBe('fit-name-m');
    expect(fitClasses(title, 'A'.repeat(340))).toBe('fit-name-s');
  });

  it('give a heading of more than one line a smaller size', () => {
    expect(fitClasses({ kind: 'custom', title: 'Roadmap 2027', heading: 'Roadmap 2027' }, 'Acme')).toBe('');
    expect(
      fitClasses(
        {
          kind: 'custom',
          title: 'G',
          heading: 'Gemeinsame Roadmap 2027 für die Produktionsanlagenverfügbarkeitssteigerung',
        },
        'Acme',
      ),
    ).toBe('fit-heading-long');
  });

  it('make the summary denser for many highlights and its figures smaller when long', () => {
    const kpis = (value: string) => [{ value }];
    expect(
      fitClasses(
        { kind: 'summary', title: 'S', heading: 'S', kpis: kpis('$487,000'), highlights: ['One', 'Two'] },
        'Acme',
      ),
    ).toBe('');
    expect(
      fitClasses(
        { kind: 'summary', title: 'S', heading: 'S', kpis: kpis('279.430.010 €'), highlights: ['1', '2', '3', '4'] },
        'Acme',
      ),
    ).toBe('fit-figures-s fit-dense');
    // Six digits and a three-letter code, as es-ES writes pounds: 5.5 ems, at 40 px too wide for its card.
    expect(
      fitClasses({ kind: 'summary', title: 'S', heading: 'S', kpis: kpis('19.000 GBP'), highlights: [] }, 'Acme'),
    ).toBe('fit-figures-m');
  });

  it('make working together denser when a recent contact runs past one line as it prints: date, type, summary and people together', () => {
    const recent = (summary: string, people: string) => [
      { date: '14. Apr. 2026', type: 'Quartalsgespräch', summary, people },
    ];
    const slide = (summary: string, people: string) => ({
      kind: 'together' as const,
      title: 'T',
      heading: 'T',
      recent: recent(summary, people),
    });
    expect(fitClasses(slide('Kick-off', 'mit Anna'), 'Acme')).toBe('');
    // Neither the summary nor the people fill a line alone; together they do (the brand example's German deck).
    expect(fitClasses(slide('Quartalsgespräch Q1', 'mit Dr. Katrin Albers und Henrik Wolters'), 'Acme')).toBe(
      'fit-dense',
    );
  });

  it("keep each stakeholder's title and role on up to two lines while the people column has room for them", () => {
    const people = (theirs: number, ours: number) => ({
      kind: 'together' as const,
      title: 'T',
      heading: 'T',
      theirs: Array.from({ length: theirs }, () => ({ title: 'Chief Operating Officer', role: 'Executive sponsor' })),
      ours: Array.from({ length: ours }, () => ({ role: 'Account manager' })),
    });
    // Helios Freight's five and two: four rows of two lines each, 96 + 4 × 75 = 396 px of 465.
    expect(fitClasses(people(5, 2), 'Acme')).toBe('');
    // Eight and five, the most the slide shows: seven rows, 621 px; one line each.
    expect(fitClasses(people(8, 5), 'Acme')).toBe('fit-dense-people');
  });

  it("let the executive summary's promise names take two lines only where the list still fits", () => {
    const summary = (...names: string[]) => ({
      kind: 'summary' as const,
      title: 'S',
      heading: 'S',
      kpis: [],
      highlights: [],
      promises: names.map((name) => ({ name })),
    });
    const long = 'What the customer calls this metric';
    // 35 letters at 17 px: about 337 px, for a column of 258.
    expect(fitClasses(summary(long), 'Acme')).toBe('fit-promise-names');
    expect(fitClasses(summary(long, 'Downtime', 'Fix rate', 'MTTR'), 'Acme')).toBe('fit-promise-names');
    // Four rows, two of them taller: 4 × 45 + 2 × 25 = 230 px, more than the 205 there is.
    expect(fitClasses(summary(long, long, 'Fix rate', 'MTTR'), 'Acme')).toBe('');
    expect(fitClasses(summary('Unplanned downtime', 'Planned maintenance share'), 'Acme')).toBe('');
  });

  it('tighten the risks page by how many risks there are', () => {
    const risks = (n: number) => ({
      kind: 'contacts-and-risks' as const,
      title: 'C',
      heading: 'C',
      risks: Array.from({ length: n }, () => ({})),
    });
    expect(fitClasses(risks(3), 'Acme')).toBe('');
    expect(fitClasses(risks(4), 'Acme')).toBe('fit-dense');
    expect(fitClasses(risks(8), 'Acme')).toBe('fit-many');
  });
});
