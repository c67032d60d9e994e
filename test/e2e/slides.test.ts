/** `slides:` and `custom_slides:` in a printed deck: order, agenda, numbers, bookmarks, internal pages last. */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, ROOT, scratchProject } from '../helpers.ts';
import { pdfBookmarks, pdfInfo, plainSpaces } from './pdf-tools.ts';
import { qbr } from './render.ts';

const dir = scratchProject({ 'many.yaml': fixturePath('many-promises'), 'acme.yaml': join(ROOT, 'data', 'acme.yaml') });
const pdf = (id: string, quarter: string) => join(dir, 'out', quarter, 'team', `${id}-qbr-${quarter}-internal.pdf`);
/** One page's text, in reading order (the agenda has two columns). */
const pageText = (file: string, page: number) =>
  plainSpaces(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }));
/** The agenda's numbered lines, by their numbers (its two columns read in any order). */
const agendaOf = (text: string) =>
  [...text.matchAll(/^(\d+)\. (.+)$/gm)].sort((a, b) => Number(a[1]) - Number(b[1])).map((m) => `${m[1]}. ${m[2]}`);
const INTERNAL = [
  'Account team prep: health',
  'Account team prep: signals and talking points',
  'Account team prep: contacts and risks',
];

beforeAll(async () => {
  writeFileSync(join(dir, 'qbr.config.yaml'), 'slides: [title, scorecard, agenda, summary, custom, ahead]\n');
  // acme's own list replaces the config's; its custom slides stand where `custom` does.
  appendFileSync(
    join(dir, 'data', 'acme.yaml'),
    `
slides: [title, agenda, custom, summary, ahead]
custom_slides:
  - id: roadmap
    title: Roadmap 2027
    body: |
      - Predictive alerts on **every line** <script>alert(1)</script>
      - [Our roadmap](https://example.com/roadmap) and [a trap](javascript:alert(1))
  - id: pilot
    title: Line 4 pilot
    body: |
      ### Results
      Stoppages down by a *third* in six weeks.
`,
  );
  // One run each: a run of both would review both in acme's latest quarter (2026-Q4).
  for (const account of ['many', 'acme']) {
    const run = await qbr([
      '--config',
      join(dir, 'qbr.config.yaml'),
      join(dir, 'data', `${account}.yaml`),
      '--out',
      join(dir, 'out'),
      '--format',
      'pdf,html',
      '--audience',
      'internal',
    ]);
    expect(run.status, run.stderr).toBe(0);
  }
});

describe("the config's slides, with a scorecard of two pages", () => {
  const file = () => pdf('many', '2025-Q3');

  it('come in the order listed, the internal pages after them, each a bookmark', async () => {
    expect(await pdfBookmarks(file())).toEqual([
      'The Extraordinarily Long-Named International Consolidated Holdings Group of Manufacturing Companies',
      'Promise scorecard (1 of 2)',
      'Promise scorecard (2 of 2)',
      'Agenda',
      'Executive summary',
      'Looking ahead',
      ...INTERNAL,
    ]);
    expect(pdfInfo(file()).Pages).toBe('9');
  });

  it('number every page in order, and the agenda lists what is shown after the title', () => {
    expect(pageText(file(), 3)).toMatch(/3 ?\/ ?9\n/);
    expect(pageText(file(), 4)).toMatch(/4 ?\/ ?9\n/);
    expect(agendaOf(pageText(file(), 4))).toEqual(['1. Promise scorecard', '2. Executive summary', '3. Looking ahead']);
  });
});

describe("an account's own slides and custom slides", () => {
  const file = () => pdf('acme', '2026-Q4');

  it("replace the config's list, custom slides in file order where `custom` stands; a body's heading is no bookmark", async () => {
    expect(await pdfBookmarks(file())).toEqual([
      'Acme Manufacturing',
      'Agenda',
      'Roadmap 2027',
      'Line 4 pilot',
      'Executive summary',
      'Looking ahead',
      ...INTERNAL,
    ]);
    expect(agendaOf(pageText(file(), 2))).toEqual([
      '1. Roadmap 2027',
      '2. Line 4 pilot',
      '3. Executive summary',
      '4. Looking ahead',
    ]);
  });

  it('print Markdown in the deck, with HTML shown as text and no javascript: link', () => {
    const roadmap = pageText(file(), 3);
    expect(roadmap).toContain('Predictive alerts on every line <script>alert(1)</script>');
    expect(roadmap).toContain('[a trap](javascript:alert(1))');
    expect(roadmap).toMatch(/3 ?\/ ?9\n/);
    const html = readFileSync(file().replace(/\.pdf$/, '.html'), 'utf8');
    expect(html).toContain(
      '<li>Predictive alerts on <strong>every line</strong> &lt;script&gt;alert(1)&lt;/script&gt;</li>',
    );
    expect(html).toContain('<a href="https://example.com/roadmap">Our roadmap</a>');
    expect(html).not.toContain('href="javascript');
    expect(pageText(file(), 4)).toContain('Stoppages down by a third in six weeks.');
  });
});
