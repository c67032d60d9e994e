import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, templateFolder } from '../../src/config/load-config.ts';
import { DataError, QbrError } from '../../src/errors.ts';
import { tempDir } from '../temp-dirs.ts';

const folderWith = (text: string | null) => {
  const dir = tempDir('qbr-config-');
  if (text !== null) writeFileSync(join(dir, 'qbr.config.yaml'), text);
  return dir;
};

describe('qbr.config.yaml', () => {
  it('gives the contract defaults when there is no file', async () => {
    const config = await loadConfig(folderWith(null));
    expect(config.thresholds).toEqual({
      csat_min: 4,
      sla_breaches_max: 0,
      roi_min: 1,
      touchpoints_min: 4,
      days_since_touch_max: 90,
      stakeholders_min: 2,
      adoption_min: 0.6,
    });
    // Unset, so the deck takes the questions of its own language.
    expect(config.questions).toBeUndefined();
    expect(config.language).toBe('en');
    expect(config.output).toEqual({
      dir: 'out',
      formats: ['pdf', 'html', 'json'],
      audience: 'customer',
      pptx_fonts: { latin: 'Calibri', japanese: 'Yu Gothic', chinese: 'Microsoft YaHei', arabic: 'Arial' },
    });
  });

  it('takes pptx as an output format, and fonts for the PowerPoint by script', async () => {
    const config = await loadConfig(folderWith('output:\n  formats: [pptx]\n  pptx_fonts:\n    latin: Aptos\n'));
    expect(config.output.formats).toEqual(['pptx']);
    expect(config.output.pptx_fonts).toEqual({
      latin: 'Aptos',
      japanese: 'Yu Gothic',
      chinese: 'Microsoft YaHei',
      arabic: 'Arial',
    });
  });

  it('refuses a font name that would break the file it is written into', async () => {
    const error = await loadConfig(folderWith("output:\n  pptx_fonts:\n    latin: 'Cali\"bri'\n")).catch(
      (e: unknown) => e,
    );
    expect((error as DataError).issues[0]).toMatchObject({
      line: 3,
      path: 'output.pptx_fonts.latin',
      message: expect.stringContaining('expected a font name'),
    });
  });

  it('overrides one threshold and keeps the other defaults', async () => {
    const config = await loadConfig(folderWith('thresholds:\n  csat_min: 3.5\ncompany:\n  name: Vendor Inc\n'));
    expect(config.thresholds.csat_min).toBe(3.5);
    expect(config.thresholds.adoption_min).toBe(0.6);
    expect(config.company.name).toBe('Vendor Inc');
    expect(config.company.colors.primary).toBe('#1f3a5f');
  });

  it('reports a bad value with its position', async () => {
    const error = await loadConfig(folderWith('company:\n  colors:\n    primary: blue\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const [issue] = (error as DataError).issues;
    expect(issue).toMatchObject({
      line: 3,
      column: 14,
      path: 'company.colors.primary',
      message: 'expected a colour written #rrggbb, got "blue"',
    });
    expect((error as DataError).code).toBe('QBR_INVALID_CONFIG');
  });

  it('reports a --config file that does not exist as such, not as a missing account', async () => {
    const error = await loadConfig(folderWith(null), 'settings/qbr.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QbrError);
    expect(error).toMatchObject({
      code: 'QBR_NO_CONFIG',
      message: 'settings/qbr.yaml: no such config file (given with --config)',
    });
    expect((error as QbrError).hint).not.toContain('account');
  });

  it('takes the language it names, and refuses one it does not know with its position and a guess', async () => {
    expect((await loadConfig(folderWith('language: ja\n'))).language).toBe('ja');
    const error = await loadConfig(folderWith('company:\n  name: Vendor\nlanguage: dee\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).issues[0]).toMatchObject({
      line: 3,
      column: 11,
      path: 'language',
      message: 'expected one of en, de, fr, es, ja, ar, he; got "dee" (did you mean "de"?)',
    });
  });

  it('treats an empty file as no settings', async () => {
    // Unset: the deck writes "Your company" in its own language.
    expect((await loadConfig(folderWith(''))).company.name).toBeUndefined();
  });

  it('lists every customer slide in meeting order by default', async () => {
    const config = await loadConfig(folderWith(null));
    expect(config.slides).toEqual([
      'title',
      'agenda',
      'since-last',
      'summary',
      'success',
      'scorecard',
      'promise-charts',
      'value',
      'adoption',
      'support',
      'commitments',
      'together',
      'custom',
      'ahead',
    ]);
    expect(config.templates).toBeUndefined();
  });

  it('reports an unknown slide kind and a repeated one in the same run, each at its place', async () => {
    const error = await loadConfig(folderWith('slides:\n  - title\n  - scorcard\n  - title\n')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect(
      (error as DataError).issues.map(({ line, column, path, message }) => ({ line, column, path, message })),
    ).toEqual([
      {
        line: 3,
        column: 5,
        path: 'slides[1]',
        message:
          'expected one of title, agenda, since-last, summary, success, scorecard, promise-charts, value, adoption, support, commitments, together, custom, ahead; got "scorcard" (did you mean "scorecard"?)',
      },
      { line: 4, column: 5, path: 'slides[2]', message: 'duplicate slide "title" (also slides[0])' },
    ]);
  });

  it('resolves the templates folder from the config file, and refuses one that does not exist', async () => {
    const dir = folderWith('templates: brand\n');
    const missing = await loadConfig(dir).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(DataError);
    expect((missing as DataError).issues[0]).toMatchObject({
      line: 1,
      column: 12,
      path: 'templates',
      message: `no folder ${join(dir, 'brand')}`,
    });
    mkdirSync(join(dir, 'brand'));
    const config = await loadConfig(join(dir, '..'), join(dir, 'qbr.config.yaml'));
    expect(templateFolder(config)).toBe(join(dir, 'brand'));
  });
});

describe('fiscal_year', () => {
  it('is the calendar by default', async () => {
    expect((await loadConfig(folderWith(null))).fiscal_year).toEqual({ start_month: 1, named_by: 'end' });
  });

  it('takes a start month and how years are named', async () => {
    const config = await loadConfig(folderWith('fiscal_year:\n  start_month: 4\n  named_by: start\n'));
    expect(config.fiscal_year).toEqual({ start_month: 4, named_by: 'start' });
  });

  it('refuses month 13 with its position', async () => {
    const error = await loadConfig(folderWith('company:\n  name: Vendor Inc\nfiscal_year:\n  start_month: 13\n')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).code).toBe('QBR_INVALID_CONFIG');
    expect((error as DataError).issues).toMatchObject([
      { line: 4, column: 16, path: 'fiscal_year.start_month', message: 'must be a month, 1 to 12, got 13' },
    ]);
  });

  it('refuses a naming it does not know, with the ones it does', async () => {
    const error = (await loadConfig(folderWith('fiscal_year: { start_month: 2, named_by: finish }\n')).catch(
      (e: unknown) => e,
    )) as DataError;
    expect(error.issues[0]).toMatchObject({ line: 1, column: 42, path: 'fiscal_year.named_by' });
    expect(error.issues[0]!.message).toContain('start, end');
  });
});
