import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, formatError } from '../../src/errors.ts';
import { loadAccount } from '../../src/validate/load-account.ts';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name, 'account.yaml');

/** One fault per fixture: where the first problem must be reported. */
const CASES: Array<{ scenario: string; line: number; column: number; path: string; says: string }> = [
  {
    scenario: 'promise-target-string',
    line: 11,
    column: 13,
    path: 'promises[0].target',
    says: 'expected a number, got "sixty"',
  },
  { scenario: 'unknown-key', line: 2, column: 1, path: 'colour', says: 'unknown key "colour"' },
  { scenario: 'misspelled-key', line: 15, column: 1, path: 'stakeholder', says: 'did you mean "stakeholders"?' },
  {
    scenario: 'bad-quarter',
    line: 12,
    column: 10,
    path: 'promises[0].due',
    says: 'expected a quarter written YYYY-Qn',
  },
  {
    scenario: 'impossible-date',
    line: 3,
    column: 10,
    path: 'contract.start',
    says: 'is not a real calendar date, got "2025-02-30"',
  },
  {
    scenario: 'duplicate-promise-id',
    line: 15,
    column: 9,
    path: 'promises[1].id',
    says: 'duplicate promise id "downtime"',
  },
  { scenario: 'missing-required', line: 2, column: 1, path: 'contract.annual_value', says: 'is required' },
  {
    scenario: 'actual-before-contract',
    line: 15,
    column: 16,
    path: 'promises[0].actuals.2024-Q4',
    says: "2024-Q4 is before acme's contract starts (2025-Q1)",
  },
  {
    scenario: 'value-outside-list',
    line: 16,
    column: 32,
    path: 'stakeholders[0].role',
    says: 'expected one of executive_sponsor, decision_maker',
  },
  {
    scenario: 'yaml-syntax',
    line: 10,
    column: 5,
    path: '',
    says: 'YAML syntax: flow sequence in block collection must be sufficiently indented and end with a ]',
  },
  { scenario: 'empty-file', line: 1, column: 1, path: '', says: 'the file is empty' },
  { scenario: 'negative-seats', line: 18, column: 24, path: 'adoption.2025-Q1.licensed', says: 'must not be negative' },
  {
    scenario: 'csat-out-of-range',
    line: 20,
    column: 32,
    path: 'support.2025-Q1.csat',
    says: 'must be between 0 and 5',
  },
  {
    scenario: 'done-without-completed',
    line: 22,
    column: 5,
    path: 'commitments[0].completed',
    says: 'is required when status is done',
  },
  { scenario: 'duplicate-key', line: 11, column: 5, path: '', says: 'keys must be unique' },
  {
    scenario: 'bad-actuals-key',
    line: 14,
    column: 7,
    path: 'promises[0].actuals.2025-Q7',
    says: 'expected a quarter written YYYY-Qn',
  },
  {
    scenario: 'comma-in-braces',
    line: 22,
    column: 27,
    path: 'commitments[0].then certify the second shift',
    says: 'a comma starts a new key',
  },
  { scenario: 'annual-value-zero', line: 4, column: 17, path: 'contract.annual_value', says: 'must be more than 0' },
  {
    scenario: 'annual-value-absurd',
    line: 4,
    column: 17,
    path: 'contract.annual_value',
    says: 'must be at most 1e15 (a thousand trillion), got 1e+300',
  },
  { scenario: 'top-level-list', line: 1, column: 1, path: '', says: 'expected a mapping' },
  { scenario: 'missing-name', line: 1, column: 1, path: 'name', says: 'is required' },
  { scenario: 'bad-currency', line: 2, column: 11, path: 'currency', says: 'expected an ISO 4217 currency code' },
  {
    scenario: 'language-unknown',
    line: 2,
    column: 11,
    path: 'language',
    says: 'expected one of en, de, fr, es, ja, ar, he; got "jp" (did you mean "ja"?)',
  },
  {
    scenario: 'slide-kind-unknown',
    line: 23,
    column: 34,
    path: 'slides[3]',
    says: 'got "scorcard" (did you mean "scorecard"?)',
  },
  {
    scenario: 'slide-kind-twice',
    line: 27,
    column: 5,
    path: 'slides[3]',
    says: 'duplicate slide "summary" (also slides[1])',
  },
  {
    scenario: 'custom-slide-id-twice',
    line: 25,
    column: 11,
    path: 'custom_slides[1].id',
    says: 'duplicate custom slide id "roadmap" (also custom_slides[0].id)',
  },
  {
    scenario: 'next-review-timezone-invalid',
    line: 26,
    column: 13,
    path: 'next_review.timezone',
    says: 'expected an IANA time zone, like Europe/Berlin or UTC (did you mean "Europe/Berlin"?)',
  },
  {
    scenario: 'next-review-time-invalid',
    line: 25,
    column: 9,
    path: 'next_review.time',
    says: 'expected a time written HH:MM (24-hour), like 15:00, got "3pm"',
  },
  {
    scenario: 'custom-slide-id-invalid',
    line: 24,
    column: 11,
    path: 'custom_slides[0].id',
    says: 'expected lower-case letters, digits and hyphens',
  },
];

async function errorOf(scenario: string): Promise<DataError> {
  const error = await loadAccount(fixture(scenario)).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DataError)) throw new Error(`${scenario}: expected a DataError, got ${String(error)}`);
  return error;
}

describe('account file errors', () => {
  it('accepts the valid base that every fault fixture changes once', async () => {
    const { account } = await loadAccount(fixture('valid'));
    expect(account.id).toBe('account');
    expect(account.promises[0]?.direction).toBe('lower');
  });

  it.each(CASES)('$scenario: reported at $line:$column $path', async ({ scenario, line, column, path, says }) => {
    const error = await errorOf(scenario);
    const first = error.issues[0]!;
    expect({ line: first.line, column: first.column, path: first.path }).toEqual({ line, column, path });
    expect(first.message).toContain(says);
    expect(first.file).toBe(relative(process.cwd(), fixture(scenario)));
  });

  it.each(CASES.map((c) => c.scenario))('%s: message and code frame', async (scenario) => {
    const text = formatError(await errorOf(scenario)).replaceAll(
      relative(process.cwd(), fixture(scenario)),
      `${scenario}/account.yaml`,
    );
    expect(text).toMatchSnapshot();
  });

  it('reports the rules that span fields beside a structural error, each at its place, sorted by line', async () => {
    const error = await errorOf('structural-and-cross-field');
    expect(error.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`)).toEqual([
      '8:12 contract.renewal: must be after contract.start, got "2024-12-31"',
      '15:13 promises[0].target: expected a number, got "sixty"',
      '17:9 promises[1].id: duplicate promise id "downtime" (also promises[0])',
      '26:5 commitments[0].completed: is required when status is done',
    ]);
    const text = formatError(error).replaceAll(
      relative(process.cwd(), fixture('structural-and-cross-field')),
      'structural-and-cross-field/account.yaml',
    );
    expect(text).toMatchSnapshot();
  });

  it('reports every problem in a file, sorted by line', async () => {
    const { parseSource } = await import('../../src/load/source-file.ts');
    const { validateSource } = await import('../../src/validate/validate-source.ts');
    const { accountSchema } = await import('../../src/validate/account-schema.ts');
    const text =
      'name: X\ncontract: { start: 2025-13-01, annual_value: -1 }\npromises:\n  - { id: A, name: a, unit: m, baseline: 1, target: 2, due: 2025-Q1 }\n';
    const issues = (() => {
      try {
        validateSource(parseSource(text, 'x.yaml', '/x.yaml'), accountSchema);
        return [];
      } catch (e) {
        return (e as DataError).issues;
      }
    })();
    expect(issues.map((i) => `${i.line}:${i.column} ${i.path}`)).toEqual([
      '2:20 contract.start',
      '2:46 contract.annual_value',
      '4:11 promises[0].id',
      '4:29 promises[0].unit',
    ]);
  });
});
