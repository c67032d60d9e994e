/**
 * Text that fits: classes for a slide's `<section>`, chosen by how much text it holds, that
 * make its type smaller and its line clamps tighter (templates/deck.css, "Fit"). The clamps
 * alone keep every item inside its slide; these classes choose how much of each item shows.
 * Estimates are rough on purpose (an average letter width), and err towards smaller type.
 */
import type { Slide } from './slide.ts';

/** A text's width in ems, roughly: wide (CJK, emoji) characters one, capitals and digits 0.62, the rest 0.55. */
export function textEms(text: string): number {
  let ems = 0;
  for (const char of text)
    ems +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u.test(
        char,
      )
        ? 1
        : /[A-Z0-9]/.test(char)
          ? 0.62
          : 0.55;
  return ems;
}

/** About how many lines `text` takes at `fontPx` in a column `widthPx` wide. */
export function lineCount(text: string, fontPx: number, widthPx: number): number {
  return Math.max(1, Math.ceil((textEms(text) * fontPx) / widthPx));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const field = (items: unknown, key: string): string[] =>
  Array.isArray(items) ? items.map((item) => String((item as Record<string, unknown>)[key] ?? '')) : [];

type Rule = (slide: Slide, customer: string) => Array<string | false>;

/** The working-together slide's recent contacts, each as the one line it prints. */
function recentLines(slide: Slide): string[] {
  const [dates, types, summaries, people] = (['date', 'type', 'summary', 'people'] as const).map((key) =>
    field(slide.recent, key),
  );
  return dates!.map((date, i) => `${date} · ${types![i]} ${summaries![i]} ${people![i]}`);
}

/** The height of the working-together slide's people column, between its heading and footer. */
const PEOPLE_ROOM = 465;

/**
 * About how tall the people column stands when no line is clamped to one: two labels, then two
 * people a row, each a name over a line (title · role) that may take two lines of its 260 px.
 */
function peopleHeight(slide: Slide): number {
  const roles = field(slide.theirs, 'role');
  const theirs = field(slide.theirs, 'title').map((title, i) => `${title} · ${roles[i]}`);
  const lines = [...theirs, ...field(slide.ours, 'role')];
  const perPerson = lines.some((line) => lineCount(line, 14, 260) > 1) ? 2 : 1;
  const rows = Math.ceil(roles.length / 2) + Math.ceil(field(slide.ours, 'role').length / 2);
  return 2 * 48 + rows * (35 + 20 * perPerson);
}

/**
 * Whether the executive summary's promise names may take a second line: some name is longer
 * than its 258 px at 17 px, and the list still fits under the headline figures (205 px: four
 * rows of 45, one of them 25 taller), the note on more promises beside it.
 */
function promiseNamesWrap(slide: Slide): boolean {
  const names = field(slide.promises, 'name');
  const wrapped = names.filter((name) => lineCount(name, 17, 258) > 1).length;
  return wrapped > 0 && names.length * 45 + wrapped * 25 <= 205;
}

/** Per kind: the classes its text calls for. Widths are those of deck.css's columns. */
const RULES: Partial<Record<Slide['kind'], Rule>> = {
  title: (_slide, customer) => {
    const ems = textEms(customer);
    return [ems > 105 ? 'fit-name-s' : ems > 60 ? 'fit-name-m' : ems > 33 ? 'fit-name-l' : false];
  },
  agenda: (slide) => {
    const lines = sum(strings(slide.items).map((item) => lineCount(item, 24, 520)));
    return [lines > 18 && 'fit-dense', lines > 28 && 'fit-many'];
  },
  summary: (slide) => {
    const longest = Math.max(0, ...field(slide.kpis, 'value').map(textEms));
    const highlights = strings(slide.highlights);
    return [
      longest > 7 ? 'fit-figures-s' : longest >= 5.5 && 'fit-figures-m',
      (highlights.length > 3 || sum(highlights.map((h) => lineCount(h, 19, 520))) > 6) && 'fit-dense',
      promiseNamesWrap(slide) && 'fit-promise-names',
    ];
  },
  success: (slide) => [
    (strings(slide.products).length > 5 || sum(strings(slide.products).map((p) => lineCount(p, 20, 330))) > 6) &&
      'fit-dense',
  ],
  // The total wraps when it is wider than the side column: less room for this quarter's entries.
  value: (slide) => [textEms(String(slide.delivered)) * 44 > 350 && 'fit-dense'],
  together: (slide) => [
    // A recent contact is one flowing line: its date, type, summary and people together.
    recentLines(slide).some((line) => lineCount(line, 15, 560) > 1) && 'fit-dense',
    peopleHeight(slide) > PEOPLE_ROOM && 'fit-dense-people',
  ],
  ahead: (slide) => {
    const lines = sum([...strings(slide.plan), ...strings(slide.questions)].map((t) => lineCount(t, 19, 540)));
    return [lines > 14 && 'fit-dense'];
  },
  signals: (slide) => [Array.isArray(slide.signals) && slide.signals.length > 4 && 'fit-dense'],
  'contacts-and-risks': (slide) => {
    const risks = Array.isArray(slide.risks) ? slide.risks.length : 0;
    return [risks > 5 ? 'fit-many' : risks > 3 && 'fit-dense'];
  },
};

/** The fit classes of one slide, space-separated ('' when its text fits at full size). */
export function fitClasses(slide: Slide, customer: string): string {
  const heading = slide.kind !== 'title' && lineCount(slide.heading, 36, 1152) > 1 ? ['fit-heading-long'] : [];
  const own = RULES[slide.kind]?.(slide, customer) ?? [];
  return [...heading, ...own].filter((c): c is string => typeof c === 'string' && c !== '').join(' ');
}
