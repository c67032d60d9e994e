import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers.ts';
import { defaultConfig, openPackage, pptxOf, wordsOf, xmlProblems, type Package } from './pptx-package.ts';

const attribute = (xml: string, tag: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*?\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

/** Every axis id a chart type names is an axis of the chart, every axis is named, and crossings exist. */
function axisProblems(xml: string): string[] {
  const axes = new Map(
    [...xml.matchAll(/<c:(catAx|valAx|dateAx|serAx)><c:axId val="(\d+)"\/>([\s\S]*?)<\/c:\1>/g)].map((m) => [
      m[2]!,
      m[3]!,
    ]),
  );
  const named = [...xml.matchAll(/<c:(\w+)Chart>([\s\S]*?)<\/c:\1Chart>/g)].flatMap((m) =>
    [...m[2]!.matchAll(/<c:axId val="(\d+)"\/>/g)].map((id) => id[1]!),
  );
  return [
    ...named.filter((id) => !axes.has(id)).map((id) => `chart type names axis ${id}, which does not exist`),
    ...[...axes.keys()].filter((id) => !named.includes(id)).map((id) => `axis ${id} is used by no chart type`),
    ...[...axes.values()].flatMap((body) =>
      attribute(body, 'c:crossAx', 'val')
        .filter((id) => !axes.has(id))
        .map((id) => `axis crosses ${id}, which does not exist`),
    ),
  ];
}

describe('the acme PowerPoint, customer copy', () => {
  let pptx: Package;
  let bytes: Uint8Array;
  const allText = async () => (await Promise.all(pptx.slides.map(pptx.text))).map(wordsOf).join('\n');
  beforeAll(async () => {
    bytes = await pptxOf('acme');
    pptx = await openPackage(bytes);
  });

  it('has a slide per page of the PDF deck, 16:9', async () => {
    expect(pptx.slides).toHaveLength(13);
    expect(await pptx.text('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
  });

  it("hangs the agenda's items by 36 pt, room for '10.' in LibreOffice's wider DejaVu Sans", async () => {
    const agenda = await pptx.text(pptx.slides[1]!);
    const hangs = [...agenda.matchAll(/<a:pPr [^>]*marL="(\d+)" indent="(-\d+)"/g)].map((m) => [m[1], m[2]]);
    // Eleven items, six in the first column and five in the second: 36 pt is 457,200 EMU.
    expect(hangs).toEqual(Array.from({ length: 11 }, () => ['457200', '-457200']));
  });

  it('shows every promise and its latest figure, and the headline figures', async () => {
    const text = await allText();
    for (const words of [
      'Unplanned downtime',
      'First-time fix rate',
      'Mean time to repair',
      'Planned maintenance share',
      '55 h',
      '86%',
      '6.7 h',
      '58%',
      '$487,000',
      '$480,000',
      '1.01×',
      '214 of 240 licensed seats',
      '4.4 / 5',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('has native charts, each with its workbook embedded and referenced', async () => {
    const charts = pptx.names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(8);
    for (const chart of charts) {
      const rels = await pptx.text(`${chart.replace('charts/', 'charts/_rels/')}.rels`);
      const [target] = attribute(rels, 'Relationship', 'Target');
      const workbook = `ppt/${target!.replace('../', '')}`;
      expect(workbook).toMatch(/^ppt\/embeddings\/.+\.xlsx$/);
      const xlsx = await openPackage(await pptx.zip.file(workbook)!.async('uint8array'));
      expect(xlsx.names).toContain('xl/worksheets/sheet1.xml');
    }
  });

  it('names no axis that is missing, and has no axis that is unused (gitbrent/PptxGenJS#1534)', async () => {
    for (const chart of pptx.names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) {
      const xml = await pptx.text(chart);
      expect(axisProblems(xml), chart).toEqual([]);
      expect(xml).not.toMatch(/<c:scatterChart>/);
    }
  });

  it('uses a secondary axis only for satisfaction, on the support chart', async () => {
    const withSecondary = [];
    for (const chart of pptx.names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) {
      if ((await pptx.text(chart)).includes('<c:axId val="2094734553"/>')) withSecondary.push(chart);
    }
    expect(withSecondary).toEqual(['ppt/charts/chart7.xml']);
    expect(await pptx.text('ppt/charts/chart7.xml')).toContain('<c:v>Satisfaction (of 5)</c:v>');
  });

  it('draws targets and levels at sale dashed and dotted, the result solid, in the brand colour', async () => {
    const xml = await pptx.text('ppt/charts/chart1.xml');
    const series = xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!;
    const named = (name: string) => series.find((s) => s.includes(`<c:v>${name}</c:v>`))!;
    expect(named('Result')).toContain('<a:srgbClr val="1F3A5F"/></a:solidFill><a:prstDash val="solid"/>');
    expect(named('Target 60 h')).toContain('<a:prstDash val="lgDash"/>');
    expect(named('At sale 120 h')).toContain('<a:prstDash val="sysDot"/>');
    expect(named('Due')).toContain('<c:v>Due</c:v>');
  });

  it("keeps a zero in the value chart's workbook", async () => {
    const xlsx = await openPackage(
      await pptx.zip.file('ppt/embeddings/Microsoft_Excel_Worksheet5.xlsx')!.async('uint8array'),
    );
    const sheet = await xlsx.text('xl/worksheets/sheet1.xml');
    // Column B is value delivered (the bars), row 2 the contract's first quarter: nothing yet.
    expect(sheet).toContain('<c r="B2"><v>0</v></c>');
    expect(sheet).not.toContain('<v></v>');
  });

  it("carries each chart's text alternative in its speaker notes", async () => {
    const notes = wordsOf(await pptx.text('ppt/notesSlides/notesSlide7.xml'));
    expect(notes).toContain(
      'Unplanned downtime by quarter: 118 h in Q1 2025 to 55 h in Q4 2026. 120 h at sale, target 60 h by Q2 2026.',
    );
    expect(wordsOf(await pptx.text('ppt/notesSlides/notesSlide8.xml'))).toContain(
      'Cumulative value delivered against fees paid',
    );
  });

  it("holds none of the account team's words, anywhere in the file", async () => {
    const everything = (await Promise.all(pptx.names.filter((n) => /\.(xml|rels)$/.test(n)).map(pptx.text))).join('\n');
    for (const words of [
      'Account team prep',
      'Internal: account team only',
      'Say:',
      'Own the miss',
      '1 of 4 promises missed',
    ])
      expect(everything).not.toContain(words);
  });

  it('lists a content type for every part, and every part it lists or refers to exists', async () => {
    const types = await pptx.text('[Content_Types].xml');
    const overrides = attribute(types, 'Override', 'PartName').map((p) => p.slice(1));
    const defaults = attribute(types, 'Default', 'Extension');
    for (const part of overrides) expect(pptx.names, part).toContain(part);
    for (const name of pptx.names)
      expect(overrides.includes(name) || defaults.includes(name.split('.').pop()!), name).toBe(true);
    for (const rels of pptx.names.filter((n) => n.endsWith('.rels'))) {
      const base = rels.replace(/(^|\/)_rels\/[^/]*\.rels$/, '$1');
      for (const target of attribute(await pptx.text(rels), 'Relationship', 'Target').filter(
        (t) => !t.startsWith('http'),
      )) {
        const resolved = new URL(target, `file:///${base}`).pathname.slice(1);
        expect(pptx.names, `${rels} -> ${target}`).toContain(resolved);
      }
    }
  });

  it('has unique shape ids and one paragraph-properties element per paragraph on every slide', async () => {
    for (const slide of pptx.slides) {
      const xml = await pptx.text(slide);
      const ids = attribute(xml, 'p:cNvPr', 'id');
      expect(new Set(ids).size, slide).toBe(ids.length);
      for (const paragraph of xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [])
        expect((paragraph.match(/<a:pPr\b/g) ?? []).length).toBeLessThanOrEqual(1);
    }
  });

  it('is dated by its data, not by the clock', async () => {
    const core = await pptx.text('docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-31T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-31T00:00:00Z</dcterms:modified>');
    for (const name of pptx.names)
      expect(pptx.zip.files[name]!.date.toISOString(), name).toBe('2000-01-01T00:00:00.000Z');
  });

  it('gives the same bytes when built again, after other decks in the same process', async () => {
    await pptxOf('bramble-foods');
    expect(Buffer.from(await pptxOf('acme')).equals(Buffer.from(bytes))).toBe(true);
  });

  it('names Calibri in its theme and takes the brand colours as its accents', async () => {
    const theme = await pptx.text('ppt/theme/theme1.xml');
    expect(theme).toContain(
      '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface="Yu Gothic"/><a:cs typeface="Arial"/>',
    );
    expect(theme).toContain(
      '<a:accent1><a:srgbClr val="1F3A5F"/></a:accent1><a:accent2><a:srgbClr val="0B7285"/></a:accent2>',
    );
  });
});

describe('the internal copy', () => {
  it("carries each signal's talking point in the signals slide's notes, and the band on its layout", async () => {
    const pptx = await openPackage(await pptxOf('acme', 'internal'));
    expect(pptx.slides).toHaveLength(16);
    const signals = wordsOf(await pptx.slides.map(pptx.text)[14]!);
    expect(signals).toContain('Account team prep: signals and talking points');
    const notes = wordsOf(await pptx.text('ppt/notesSlides/notesSlide15.xml'));
    expect(notes).toContain(
      'Say: Own the miss before they raise it: what happened, what we learned, and a dated recovery plan with a named owner.',
    );
    const layouts = await Promise.all(
      pptx.names.filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)).map(pptx.text),
    );
    expect(layouts.some((l) => l.includes('Internal: account team only. Do not share with the customer.'))).toBe(true);
  });
});

describe('fonts', () => {
  it('names the configured fonts, choosing the Japanese one for a deck with kana or in Japanese', async () => {
    const pptx = await openPackage(await pptxOf(fixturePath('international')));
    expect(await pptx.text('ppt/theme/theme1.xml')).toContain(
      '<a:latin typeface="Calibri"/><a:ea typeface="Yu Gothic"/><a:cs typeface="Arial"/>',
    );
    const config = defaultConfig({ output: { pptx_fonts: { latin: 'Aptos', japanese: 'Meiryo', arabic: 'Tahoma' } } });
    const custom = await openPackage(await pptxOf(fixturePath('international'), 'customer', config));
    expect(await custom.text('ppt/theme/theme1.xml')).toContain(
      '<a:latin typeface="Aptos"/><a:ea typeface="Meiryo"/><a:cs typeface="Tahoma"/>',
    );
    const text = (await Promise.all(custom.slides.map(custom.text))).map(wordsOf).join(' ');
    for (const name of ['神戸精密工業 🚀', '王伟', 'محمد العلي', '計画外停止 ⏱']) expect(text).toContain(name);
  });
});

describe('data that looks like markup', () => {
  it('is written as text: every part of the file, its workbooks too, is well-formed XML', async () => {
    const config = defaultConfig({ company: { name: 'Smith & Sons <Consulting> "Ltd"' } });
    const bytes = await pptxOf(fixturePath('hostile-names'), 'internal', config);
    const pptx = await openPackage(bytes);
    const parts: Array<[string, string]> = [];
    for (const name of pptx.names) {
      if (/\.(xml|rels)$/.test(name)) parts.push([name, await pptx.text(name)]);
      if (name.endsWith('.xlsx')) {
        const xlsx = await openPackage(await pptx.zip.file(name)!.async('uint8array'));
        for (const inner of xlsx.names.filter((n) => /\.(xml|rels)$/.test(n)))
          parts.push([`${name}!${inner}`, await xlsx.text(inner)]);
      }
    }
    for (const [name, xml] of parts) expect(xmlProblems(xml), name).toEqual([]);
    const text = (await Promise.all(pptx.slides.map(pptx.text))).map(wordsOf).join('\n');
    expect(text).toContain('<img src=x onerror=alert(1)> {{constructor}}');
    expect(text).toContain('<b>bold</b> & {{#each this}}x{{/each}}');
    expect(await pptx.text('docProps/app.xml')).toContain(
      '<Company>Smith &amp; Sons &lt;Consulting&gt; "Ltd"</Company>',
    );
  });

  it('is caught by the well-formedness check when left unescaped', () => {
    expect(xmlProblems('<a><b>Smith & Sons</b></a>')).toEqual(['unescaped & in text: Smith & Sons']);
    expect(xmlProblems('<a><b>x</a>')).not.toEqual([]);
  });
});
