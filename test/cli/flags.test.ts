import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.ts';
import { parseFlags } from '../../src/cli/flags.ts';
import { QbrError } from '../../src/errors.ts';
import { runCli } from '../helpers.ts';

const SPEC = { out: { type: 'string' }, force: { type: 'boolean' } } as const;

function refusal(argv: string[]): { code: string; message: string; hint?: string } {
  try {
    parseFlags('merge', SPEC, argv);
  } catch (error) {
    if (error instanceof QbrError) return { code: error.code, message: error.message, hint: error.hint };
    throw error;
  }
  throw new Error(`parseFlags accepted ${argv.join(' ')}`);
}

describe('parseFlags', () => {
  it('gives the flags typed and the other words as positionals', () => {
    expect(parseFlags('merge', SPEC, ['a', '--out', 'o', 'b', '--force'])).toEqual({
      values: { out: 'o', force: true },
      positionals: ['a', 'b'],
      help: false,
    });
  });

  it.each([
    [['--colour'], '--colour is not a flag of qbr merge'],
    [['--forse'], '--forse is not a flag of qbr merge (did you mean "force"?)'],
    [['-x'], '-x is not a flag of qbr merge'],
    [['--out'], '--out needs a value, like --out VALUE'],
    [['--out', '--force'], '--out needs a value, like --out VALUE'],
    [['--force=yes'], '--force takes no value; got "yes"'],
  ])("refuses %j as a usage error pointing at the command's help", (argv, message) => {
    expect(refusal(argv)).toEqual({
      code: 'QBR_USAGE',
      message,
      hint: 'Run `npm run qbr -- merge --help` for its flags.',
    });
  });

  it('takes a value starting with a dash when written --flag=value', () => {
    expect(parseFlags('merge', SPEC, ['--out=-odd']).values.out).toBe('-odd');
  });

  it('answers -h and --help for every command, before refusing its other flags', () => {
    expect(parseFlags('merge', SPEC, ['-h', '--colour']).help).toBe(true);
    expect(parseFlags('merge', SPEC, ['--help']).help).toBe(true);
  });
});

describe('the command table', () => {
  it.each(Object.keys(COMMANDS))('%s --help prints its own usage and exits 0', async (name) => {
    const { status, stdout } = await runCli([name, '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: npm run qbr -- ${name} `));
  });

  it.each(Object.keys(COMMANDS))('%s exits 2 for an unknown flag, naming the command', async (name) => {
    const { status, stderr } = await runCli([name, 'x', '--colour']);
    expect(status).toBe(2);
    expect(stderr).toBe(
      `--colour is not a flag of qbr ${name}\n  Run \`npm run qbr -- ${name} --help\` for its flags.\n`,
    );
  });

  it('lists every command in the main help', async () => {
    const { stdout } = await runCli(['--help']);
    expect(stdout).toContain('  import FILE.csv ...');
    expect(stdout).toContain('  new ID');
    expect(stdout).toContain('  preview ACCOUNT');
    expect(stdout).toContain('  merge DIR ... --out OUT');
  });

  it('merge takes its exit status from the catalogue: a missing config file is a usage error (2)', async () => {
    const { status, stderr } = await runCli(['merge', 'out', '--out', 'merged', '--config', 'nowhere.yaml']);
    expect(stderr).toContain('nowhere.yaml: no such config file');
    expect(status).toBe(2);
  });
});
