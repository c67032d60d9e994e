import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS } from '../../src/config/config-schema.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { DataError } from '../../src/errors.ts';

const folderWith = (text: string | null) => {
  const dir = mkdtempSync(join(tmpdir(), 'qbr-config-'));
  if (text !== null) writeFileSync(join(dir, 'qbr.config.yaml'), text);
  return dir;
};

describe('qbr.config.yaml', () => {
  it('gives the contract defaults when there is no file', async () => {
    const config = await loadConfig(folderWith(null));
    expect(config.thresholds).toEqual({ csat_min: 4, sla_breaches_max: 0, roi_min: 1, touchpoints_min: 4, days_since_touch_max: 90, stakeholders_min: 2, adoption_min: 0.6 });
    expect(config.questions).toEqual(DEFAULT_QUESTIONS);
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
    expect(config.output.pptx_fonts).toEqual({ latin: 'Aptos', japanese: 'Yu Gothic', chinese: 'Microsoft YaHei', arabic: 'Arial' });
  });

  it('refuses a font name that would break the file it is written into', async () => {
    const error = await loadConfig(folderWith('output:\n  pptx_fonts:\n    latin: \'Cali"bri\'\n')).catch((e: unknown) => e);
    expect((error as DataError).issues[0]).toMatchObject({ line: 3, path: 'output.pptx_fonts.latin', message: expect.stringContaining('expected a font name') });
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
    expect(issue).toMatchObject({ line: 3, column: 14, path: 'company.colors.primary', message: 'expected a colour written #rrggbb, got "blue"' });
    expect((error as DataError).code).toBe('QBR_INVALID_CONFIG');
  });

  it('treats an empty file as no settings', async () => {
    expect((await loadConfig(folderWith(''))).company.name).toBe('Your company');
  });
});
