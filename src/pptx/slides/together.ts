/** Working together (templates/slides/together.hbs): contacts, their chart, the people on both sides. */
import type { Chart } from '../../chart/chart-renderer.ts';
import { addHeading, contentTop, labelItem, slideWords, stackRuns, type StackItem } from '../blocks.ts';
import type { PptxContext, SlideBuilder } from '../context.ts';
import { addNativeChart } from '../native-chart.ts';
import type * as P from '../pptxgenjs.ts';
import { COLORS, PAGE, TEXT } from '../style.ts';
import { addText, type Run } from '../text.ts';
import { fitSize, lineCount } from '../text-fit.ts';

interface Contact {
  date: string;
  type: string;
  summary: string;
  /** "with Grace Liu", ready in the deck's language; empty when nobody is named. */
  people: string;
}
interface Person {
  name: string;
  title?: string;
  role: string;
}

const LEFT = { x: PAGE.left, w: 560 };
const RIGHT = { x: PAGE.left + 560 + 48, w: PAGE.right - PAGE.left - 560 - 48 };
const CHART_HEIGHT = 228;

export const togetherSlide: SlideBuilder = (slide, view, context) => {
  addHeading(slide, view, context);
  const words = slideWords(view, ['contacts', 'rhythm', 'latest', 'theirs', 'ours']);
  let y = contentTop(view);
  const head: StackItem[] = [
    labelItem(words.contacts),
    {
      runs: [
        { text: `${String(view.contacts)} `, style: { ...TEXT.big, color: context.deck.colors.primary } },
        { text: words.rhythm, style: { size: 18, color: COLORS.muted } },
      ],
      after: 0,
    },
  ];
  addText(slide, context, stackRuns(head), { x: LEFT.x, y, w: LEFT.w, h: 84 }, TEXT.body, { lineHeight: 1.1 });
  y += 84;
  const chart = view.chart as Chart | null | undefined;
  if (chart) {
    addNativeChart(slide, context, chart, { x: LEFT.x, y, w: LEFT.w, h: CHART_HEIGHT });
    y += CHART_HEIGHT + 14;
  }
  addRecent(slide, context, words.latest, (view.recent as Contact[] | undefined) ?? [], y);
  addPeople(
    slide,
    context,
    [
      [words.theirs, (view.theirs as Person[] | undefined) ?? []],
      [words.ours, (view.ours as Person[] | undefined) ?? []],
    ],
    contentTop(view),
  );
  return chart ? [chart.alt] : [];
};

function addRecent(slide: P.Slide, context: PptxContext, label: string, recent: Contact[], y: number): void {
  if (!recent.length) return;
  addText(slide, context, label, { x: LEFT.x, y, w: LEFT.w, h: 24 }, TEXT.label);
  const box = { x: LEFT.x, y: y + 26, w: LEFT.w, h: PAGE.bottom - y - 26 };
  const line = (c: Contact) => `${c.date} · ${c.type} ${c.summary} ${c.people}`;
  const size = fitSize(recent.map(line), box, 15, 10, { lineHeight: 1.25, gap: 0.4 });
  const runs: Run[] = recent.flatMap((c) => [
    { text: `${c.date} · ${c.type} `, style: { size, bold: true } },
    { text: c.summary, style: { size }, paragraph: !c.people },
    ...(c.people
      ? [{ text: `  ${c.people}`, style: { size: Math.max(10, size - 1), color: COLORS.muted }, paragraph: true }]
      : []),
  ]);
  addText(slide, context, runs, box, { size }, { lineHeight: 1.25, gap: 6 });
}

/** Their people and ours under their labels, each list in two columns of name over title and role. */
function addPeople(slide: P.Slide, context: PptxContext, teams: Array<[string, Person[]]>, top: number): void {
  let y = top;
  const column = (RIGHT.w - 24) / 2;
  for (const [label, people] of teams) {
    if (!people.length) continue;
    addText(slide, context, label, { x: RIGHT.x, y, w: RIGHT.w, h: 24 }, TEXT.label);
    y += 26;
    // Filled column by column, as CSS columns: the first half of the people on the left.
    const rows = Math.ceil(people.length / 2);
    const detail = (p: Person) => [p.title, p.role].filter(Boolean).join(' · ');
    const height = (p: Person) =>
      lineCount(p.name, column, 17, true) * 17 * 1.2 + lineCount(detail(p), column, 14) * 14 * 1.2 + 10;
    const heights = Array.from({ length: rows }, (_, r) =>
      Math.max(...[people[r], people[r + rows]].filter((p): p is Person => !!p).map(height)),
    );
    people.forEach((p, i) => {
      const x = RIGHT.x + Math.floor(i / rows) * (column + 24);
      const top = y + heights.slice(0, i % rows).reduce((a, b) => a + b, 0);
      const runs: Run[] = [
        { text: p.name, style: { size: 17, bold: true }, paragraph: true },
        { text: detail(p), style: { size: 14, color: COLORS.muted } },
      ];
      addText(slide, context, runs, { x, y: top, w: column, h: height(p) }, { size: 17 }, { lineHeight: 1.2 });
    });
    y += heights.reduce((a, b) => a + b, 0) + 18;
  }
}
