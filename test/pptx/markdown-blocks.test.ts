import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../src/pptx/markdown-blocks.ts';
import { fixturePath, runCli, scratchProject } from '../helpers.ts';

const BODY = `Was wir **gemeinsam** vorhaben:

- Bremen im **ersten Halbjahr**
- Mengen *vorhersagen*

> Planung am Montag.

| Standort | Start |
|---|---|
| Bremen | **März** |
`;

const span = (text: string, bold = false, italic = false) => ({ text, bold, italic });

describe("a custom slide's Markdown for the PowerPoint", () => {
  it('keeps paragraphs, list items, quotes and tables apart, with bold and italic', () => {
    expect(markdownBlocks(BODY)).toEqual([
      { kind: 'paragraph', spans: [span('Was wir '), span('gemeinsam', true), span(' vorhaben:')] },
      { kind: 'item', marker: '•', spans: [span('Bremen im '), span('ersten Halbjahr', true)] },
      { kind: 'item', marker: '•', spans: [span('Mengen '), span('vorhersagen', false, true)] },
      { kind: 'quote', spans: [span('Planung am Montag.')] },
      { kind: 'table', head: [[span('Standort')], [span('Start')]], rows: [[[span('Bremen')], [span('März', true)]]] },
    ]);
  });

  it('numbers an ordered list from its start', () => {
    expect(markdownBlocks('3. a\n4. b\n').map((b) => ('marker' in b ? b.marker : ''))).toEqual(['3.', '4.']);
  });
});

describe('the custom slide in the PPTX', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('holds the body as editable text, bold where it was, and the table as a native table', async () => {
    const dir = scratchProject({});
    made.push(dir);
    const account = readFileSync(fixturePath('valid'), 'utf8');
    writeFileSync(
      join(dir, 'data', 'good.yaml'),
      `${account}custom_slides:\n  - id: roadmap\n    title: Roadmap\n    body: |\n${BODY.split('\n')
        .map((l) => `      ${l}`)
        .join('\n')}\n`,
    );
    const run = await runCli(['good', '--format', 'pptx'], dir);
    expect(run.status, run.stderr).toBe(0);
    const file = readdirSync(join(dir, 'out'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.pptx'))!;
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', file)));
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const roadmap = slides.find((xml) => xml.includes('>Roadmap<'))!;
    expect(roadmap).toMatch(/<a:rPr[^>]* b="1"[^>]*>(?:(?!<\/a:r>).)*<a:t>gemeinsam<\/a:t>/s);
    expect(roadmap).toMatch(/<a:rPr[^>]* i="1"[^>]*>(?:(?!<\/a:r>).)*<a:t>vorhersagen<\/a:t>/s);
    expect(roadmap).toContain('<a:tbl>');
    expect(roadmap).toContain('<a:t>Planung am Montag.</a:t>');
  });
});
