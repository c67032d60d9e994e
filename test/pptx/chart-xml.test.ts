import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../../src/chart/chart-data.ts';
import { finishChartSheet, finishChartXml, mendAxisIds, styleSeries } from '../../src/pptx/chart-xml.ts';

/** Axis ids as pptxgenjs writes them (gitbrent/PptxGenJS#1534). */
const CAT = '<c:catAx><c:axId val="2094734554"/><c:crossAx val="2094734552"/></c:catAx>';
const VAL = '<c:valAx><c:axId val="2094734552"/><c:crossAx val="2094734554"/></c:valAx>';
const VAL2 = '<c:valAx><c:axId val="2094734553"/><c:crossAx val="2094734555"/></c:valAx>';
const CAT2 = '<c:catAx><c:axId val="2094734555"/><c:delete val="1"/><c:crossAx val="2094734553"/></c:catAx>';
const plot = (inside: string) => `<c:chartSpace><c:chart><c:plotArea>${inside}</c:plotArea></c:chart></c:chartSpace>`;

const line = (overrides: Partial<ChartSeries>): ChartSeries => ({
  name: 'x',
  type: 'line',
  values: [],
  color: '#1f3a5f',
  outline: null,
  width: 2,
  line: 'solid',
  marker: 'none',
  markerRadius: 0,
  axis: 'primary',
  ...overrides,
});

describe('axis ids (a chart type may only name axes that exist, and every axis is used)', () => {
  it('drops the third, orphan axis id of a bar chart', () => {
    const xml = plot(
      `<c:barChart><c:barDir val="col"/><c:axId val="2094734554"/><c:axId val="2094734552"/><c:axId val="2094734556"/></c:barChart>${CAT}${VAL}`,
    );
    expect(mendAxisIds(xml)).toBe(
      plot(
        `<c:barChart><c:barDir val="col"/><c:axId val="2094734554"/><c:axId val="2094734552"/></c:barChart>${CAT}${VAL}`,
      ),
    );
  });

  it('drops it from every type of a bar and line combination', () => {
    const xml = plot(
      `<c:barChart><c:axId val="2094734554"/><c:axId val="2094734552"/><c:axId val="2094734556"/></c:barChart><c:lineChart><c:axId val="2094734554"/><c:axId val="2094734552"/><c:axId val="2094734556"/></c:lineChart>${CAT}${VAL}`,
    );
    expect(mendAxisIds(xml).match(/2094734556/g)).toBeNull();
    expect(mendAxisIds(xml).match(/<c:axId val="2094734552"\/>/g)).toHaveLength(3);
  });

  it('drops a secondary pair of axes no series uses', () => {
    const xml = plot(
      `<c:barChart><c:axId val="2094734554"/><c:axId val="2094734552"/></c:barChart>${CAT}${VAL}${VAL2}${CAT2}`,
    );
    expect(mendAxisIds(xml)).toBe(
      plot(`<c:barChart><c:axId val="2094734554"/><c:axId val="2094734552"/></c:barChart>${CAT}${VAL}`),
    );
  });

  it('keeps a secondary pair that a line uses', () => {
    const xml = plot(
      `<c:barChart><c:axId val="2094734554"/><c:axId val="2094734552"/></c:barChart><c:lineChart><c:axId val="2094734555"/><c:axId val="2094734553"/></c:lineChart>${CAT}${VAL}${VAL2}${CAT2}`,
    );
    expect(mendAxisIds(xml)).toBe(xml);
  });
});

describe('series styles, one series at a time', () => {
  const ser = (idx: number) =>
    `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/><c:tx><c:v>s</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:ln w="25400"><a:prstDash val="solid"/></a:ln></c:spPr><c:invertIfNegative val="0"/><c:marker><c:symbol val="circle"/></c:marker><c:val/></c:ser>`;
  const xml = `<c:lineChart>${ser(0)}${ser(1)}</c:lineChart>`;
  const styled = styleSeries(xml, [
    line({ width: 3, marker: 'circle', markerRadius: 4 }),
    line({ color: '#1d7a46', width: 1.5, line: 'longDash' }),
  ]);
  const [first, second] = styled.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!;

  it('dashes only the series drawn dashed', () => {
    expect(first).toContain(
      '<a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="1F3A5F"/></a:solidFill><a:prstDash val="solid"/>',
    );
    expect(second).toContain(
      '<a:ln w="14288" cap="rnd"><a:solidFill><a:srgbClr val="1D7A46"/></a:solidFill><a:prstDash val="lgDash"/>',
    );
  });

  it('gives each its marker, and no marker to a level line', () => {
    expect(first).toContain('<c:marker><c:symbol val="circle"/><c:size val="6"/>');
    expect(second).toContain('<c:marker><c:symbol val="none"/></c:marker>');
  });

  it('takes invertIfNegative (bars only) out of line series', () => {
    expect(styled).not.toContain('invertIfNegative');
  });
});

describe('a finished chart part', () => {
  const xml = plot(
    `<c:lineChart><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:val><c:numRef><c:numCache><c:ptCount val="3"/><c:pt idx="0"><c:v>0</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt><c:pt idx="2"><c:v>7.5</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:axId val="2094734554"/><c:axId val="2094734552"/></c:lineChart>${CAT}${VAL}<c:txPr><a:latin typeface="Arial"/></c:txPr>`,
  );
  const finished = finishChartXml(xml, [line({})]);

  it('has the grouping a line chart needs, first', () => {
    expect(finished).toContain('<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>');
  });

  it('leaves a missing value out rather than writing it empty, and keeps zero', () => {
    expect(finished).toContain('<c:pt idx="0"><c:v>0</c:v></c:pt><c:pt idx="2"><c:v>7.5</c:v></c:pt>');
    expect(finished).not.toContain('<c:v></c:v>');
  });

  it("writes its text in the theme's fonts, whatever the script", () => {
    expect(finished).toContain('<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>');
    expect(finished).not.toContain('Arial');
  });
});

describe("a chart's workbook", () => {
  it('keeps zeros (pptxgenjs writes them empty) and leaves gaps empty', () => {
    const sheet =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v></v></c></row><row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><v>5</v></c></row><row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4"><v></v></c></row>';
    const finished = finishChartSheet(sheet, [line({ values: [0, 5, null] })]);
    expect(finished).toBe(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>0</v></c></row><row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><v>5</v></c></row><row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4"/></row>',
    );
  });
});
