import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.ts';
import { fixturePath, runCli } from '../helpers.ts';

// Every fixture folder is a fault, but these: valid files the other tests use, and config
// folders with templates (test/render/templates.test.ts), and CSV exports (test/fixtures/import/).
const VALID = new Set([
  'valid',
  'contract-example',
  'international',
  'emoji-blocks',
  'hostile-names',
  'hostile-script',
  'logo-ok',
  'many-promises',
  'stress-long-text',
  'layout-brand',
  'templates-override',
  'templates-parse-error',
  'templates-syntax-error',
  'templates-unknown-helper',
  'templates-unknown-partial',
  'contract-not-started',
  'fiscal-february',
  'chromium-pdf',
  'changes',
  'rtl-arabic',
  'rtl-hebrew',
]);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const FAULTS = readdirSync(FIXTURES, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && !VALID.has(entry.name) && existsSync(join(FIXTURES, entry.name, 'account.yaml')),
  )
  .map((entry) => entry.name)
  .sort();

describe('the bad-input corpus', () => {
  it('holds at least thirty faulty files', () => {
    expect(FAULTS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(FAULTS)('%s: a positioned message and exit 1, never a stack trace', async (scenario) => {
    const { status, stderr } = await runCli(['--check', fixturePath(scenario)]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/account\.yaml:\d+:\d+ /);
    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(stderr).not.toContain('qbr bug');
  });

  it('answers a billion laughs quickly, without expanding it', async () => {
    const started = process.cpuUsage();
    const { stderr } = await runCli(['--check', fixturePath('billion-laughs')]);
    expect(stderr).toContain('too many aliases');
    // CPU time, which other work on the machine does not stretch; expanding it would take minutes.
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(5_000);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const { scratchProject } = await import('../helpers.ts');
    const { writeFileSync } = await import('node:fs');
    const dir = scratchProject({});
    writeFileSync(join(dir, 'data', 'big.yaml'), `name: Big\nnotes: "${'x'.repeat(1_100_000)}"\n`);
    const { status, stderr } = await runCli(['--check', 'big'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('the limit is 1048576');
  });

  it('refuses an id taken from a file name that is not a safe id', async () => {
    const { scratchProject } = await import('../helpers.ts');
    const dir = scratchProject({ 'Acme Corp.yaml': fixturePath('valid') });
    const { status, stderr } = await runCli(['--check', 'data/Acme Corp.yaml'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('the file name gives the id "Acme Corp"');
  });

  it.each([
    ['logo-outside', 'is outside the folder it may come from'],
    ['logo-symlink-escape', 'is outside the folder it may come from'],
    ['logo-not-image', 'is not a PNG, JPEG or SVG image'],
    ['logo-missing', 'no such file'],
  ])('%s: the logo is refused at its line', async (scenario, says) => {
    const { stderr } = await runCli(['--check', fixturePath(scenario)]);
    expect(stderr).toMatch(/account\.yaml:2:7 logo: /);
    expect(stderr).toContain(says);
  });

  it('accepts a PNG logo inside the data folder', async () => {
    expect((await runCli(['--check', fixturePath('logo-ok')])).status).toBe(0);
  });

  it('refuses a logo over the size limit', async () => {
    const { scratchProject } = await import('../helpers.ts');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const dir = scratchProject({ 'a.yaml': fixturePath('logo-ok') });
    writeFileSync(
      join(dir, 'data', 'logo.png'),
      Buffer.concat([
        readFileSync(join(import.meta.dirname, '..', 'fixtures', 'logo-ok', 'logo.png')),
        Buffer.alloc(2_200_000),
      ]),
    );
    const { stderr } = await runCli(['--check', 'a'], dir);
    expect(stderr).toContain('the limit is 2097152');
  });
});

describe('the loader under random mutation', () => {
  it('throws nothing but its own positioned errors', async () => {
    const { parseSource } = await import('../../src/load/source-file.ts');
    const { validateSource } = await import('../../src/validate/validate-source.ts');
    const { accountSchema } = await import('../../src/validate/account-schema.ts');
    const { crossFieldIssues } = await import('../../src/validate/cross-field-checks.ts');
    const { readFileSync } = await import('node:fs');
    const samples = ['acme', 'helios-freight', 'bramble-foods'].map((id) =>
      readFileSync(join(import.meta.dirname, '..', '..', 'data', `${id}.yaml`), 'utf8'),
    );
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.oneof(
          fc.string(),
          fc.constantFrom(
            ':',
            '- ',
            '{',
            '}',
            '[',
            '&a',
            '*a',
            '!!js/x',
            '\t',
            '\n  ',
            '"',
            "'",
            '#',
            '---\n',
            '~',
            '0x1F',
            '2025-Q9',
            '<<: *a',
          ),
        ),
      }),
      fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
    );
    const apply = (text: string, m: { kind: string; at: number; length?: number; text?: string }) => {
      const at = m.at % (text.length + 1);
      if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + (m.length ?? 1));
      if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
      const lines = text.split('\n');
      const line = m.at % lines.length;
      lines.splice(line, 0, lines[line]!);
      return lines.join('\n');
    };
    fc.assert(
      fc.property(
        fc.nat({ max: samples.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (sample, mutations) => {
          const text = mutations.reduce(apply, samples[sample]!);
          try {
            validateSource(
              parseSource(text, 'data/mutant.yaml', '/data/mutant.yaml'),
              accountSchema,
              'QBR_INVALID_DATA',
              crossFieldIssues,
            );
          } catch (error) {
            if (!(error instanceof DataError)) throw error;
            for (const issue of error.issues) {
              expect(issue.line).toBeGreaterThanOrEqual(1);
              expect(issue.column).toBeGreaterThanOrEqual(1);
              expect(issue.message.length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 400, seed: 20261126 },
    );
  }, 120_000); // 400 fixed runs: a matter of CPU, which a shared or slow machine gives slowly
});
