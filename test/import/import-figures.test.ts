import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractExample, fixturePath, ROOT, runCli } from '../helpers.ts';
import { account, accountText, addExport, importProject } from './helpers.ts';

describe('import: figures from CSV exports into the account files', () => {
  it('reads a long file: promise actuals, % for a percent promise, value entries with notes, seats; an empty cell is no value', async () => {
    const dir = importProject();
    const { status, stdout } = await runCli(['import', addExport(dir, 'long')], dir);
    expect(status).toBe(0);
    expect(stdout).toBe('acme: 6 added, 1 changed, 0 unchanged (data/acme.yaml)\nwrote 1 account file\n');
    const acme = await account(dir);
    const actuals = (id: string) => acme.promises.find((p) => p.id === id)!.actuals;
    expect(actuals('downtime')['2027-Q1']).toBe(52);
    expect(actuals('downtime')['2026-Q4']).toBe(54);
    expect(actuals('first-time-fix')['2027-Q1']).toBe(88);
    expect('2027-Q1' in actuals('mttr')).toBe(false);
    expect(acme.value.filter((v) => v.quarter === '2027-Q1')).toEqual([
      { quarter: '2027-Q1', amount: 98000, description: 'Stoppages avoided, line 4 live' },
      { quarter: '2027-Q1', amount: 1234.5, description: 'Spare parts' },
    ]);
    expect(acme.adoption['2027-Q1']).toEqual({ licensed: 240, active: 219 });
  });

  it('reads a wide file as a German spreadsheet saves it: ; and decimal commas, a byte-order mark, CRLF, upper-case header', async () => {
    const dir = importProject();
    const { status, stdout } = await runCli(['import', addExport(dir, 'wide-semicolon')], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('acme: 4 added, 0 changed, 0 unchanged (data/acme.yaml)');
    const acme = await account(dir);
    expect(acme.promises.find((p) => p.id === 'first-time-fix')!.actuals['2027-Q1']).toBe(87.5);
    expect(acme.support['2027-Q1']).toEqual({ first_response_hours: 2.1, csat: 4.6 });
    expect(acme.value.at(-1)).toEqual({ quarter: '2027-Q1', amount: 1234.5, description: 'Überstunden gespart' });
    expect(acme.support['2026-Q4']).toEqual({
      tickets: 13,
      resolved: 12,
      sla_breaches: 1,
      first_response_hours: 2.4,
      csat: 4.4,
    });
  });

  it('reads a tab-delimited file with thousands separators', async () => {
    const dir = importProject();
    expect((await runCli(['import', addExport(dir, 'wide-tab')], dir)).status).toBe(0);
    const acme = await account(dir);
    expect(acme.adoption['2027-Q1']).toEqual({ licensed: 1240, active: 1100 });
    expect(acme.support['2027-Q1']).toEqual({ tickets: 12 });
  });

  it("writes new entries in the neighbours' style and changes no other line", async () => {
    const dir = importProject();
    const before = accountText(dir);
    writeCsv(dir, 'tickets.csv', 'account,quarter,support.tickets\nacme,2027-Q1,12\n');
    expect((await runCli(['import', addExport(dir, 'long'), 'tickets.csv'], dir)).status).toBe(0);
    const expected = edit(before, [
      ['      2026-Q4: 55\n', '      2026-Q4: 54\n      2027-Q1: 52\n'],
      ['      2026-Q4: 86\n', '      2026-Q4: 86\n      2027-Q1: 88\n'],
      [
        "line 4 pilot savings' }\n",
        `line 4 pilot savings' }\n  - { quarter: 2027-Q1, amount: 98000, description: "Stoppages avoided, line 4 live" }\n  - { quarter: 2027-Q1, amount: 1234.5, description: Spare parts }\n`,
      ],
      [
        '  2026-Q4: { licensed: 240, active: 214 }\n',
        '  2026-Q4: { licensed: 240, active: 214 }\n  2027-Q1: { licensed: 240, active: 219 }\n',
      ],
      ['csat: 4.4 }\n', 'csat: 4.4 }\n  2027-Q1: { tickets: 12 }\n'],
    ]);
    expect(accountText(dir)).toBe(expected);
  });

  it('keeps comments, their alignment, quoting, folded text and blank lines of every untouched line byte for byte', async () => {
    const dir = importProject({ 'acme.yaml': fixturePath('contract-example'), ...contractExample() });
    const before = accountText(dir);
    writeCsv(
      dir,
      'q.csv',
      'account,metric,quarter,value,note\nacme,downtime,2025-Q3,86,\nacme,downtime,2025-Q4,80,\nacme,value,2025-Q3,52000,Line 3 stoppages avoided\nacme,support.csat,2025-Q3,4.7,\nacme,adoption.licensed,2025-Q4,220,\nacme,adoption.active,2025-Q4,181,\n',
    );
    const { status } = await runCli(['import', 'q.csv'], dir);
    expect(status).toBe(0);
    expect(accountText(dir)).toBe(
      edit(before, [
        ['      2025-Q3: 88\n', '      2025-Q3: 86\n      2025-Q4: 80\n'],
        [
          'Maintenance overtime avoided }\n',
          'Maintenance overtime avoided }\n  - { quarter: 2025-Q3, amount: 52000, description: Line 3 stoppages avoided }\n',
        ],
        [
          '  2025-Q3: { licensed: 200, active: 164 }\n',
          '  2025-Q3: { licensed: 200, active: 164 }\n  2025-Q4: { licensed: 220, active: 181 }\n',
        ],
        ['first_response_hours: 2.5, csat: 4.6 }', 'first_response_hours: 2.5, csat: 4.7 }'],
      ]),
    );
    expect((await runCli(['--check', 'acme'], dir)).status).toBe(0);
  });

  it('is idempotent: importing the same files again changes no byte', async () => {
    const dir = samplesWithExports();
    const files = ['crm-results.csv', 'helpdesk-seats.csv'];
    await runCli(['import', ...files], dir);
    const once = ['acme', 'helios-freight', 'bramble-foods'].map((id) => accountText(dir, id));
    const again = await runCli(['import', ...files], dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(
      [
        'acme: 0 added, 0 changed, 12 unchanged (data/acme.yaml)',
        'helios-freight: 0 added, 0 changed, 11 unchanged (data/helios-freight.yaml)',
        'bramble-foods: 0 added, 0 changed, 10 unchanged (data/bramble-foods.yaml)',
        'nothing to change: every figure is in its file already',
        '',
      ].join('\n'),
    );
    expect(['acme', 'helios-freight', 'bramble-foods'].map((id) => accountText(dir, id))).toEqual(once);
  });

  it('keeps Windows line endings in a file saved with them', async () => {
    const dir = importProject();
    const file = join(dir, 'data', 'acme.yaml');
    writeFileSync(file, accountText(dir).replaceAll('\n', '\r\n'));
    expect((await runCli(['import', addExport(dir, 'long')], dir)).status).toBe(0);
    const text = accountText(dir);
    expect(text).toContain('      2026-Q4: 54\r\n      2027-Q1: 52\r\n');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect((await runCli(['import', 'long.csv'], dir)).stdout).toContain('0 added, 0 changed, 7 unchanged');
    expect(accountText(dir)).toBe(text);
  });

  it('replaces a value entry matched by quarter and description, and adds one whose description differs', async () => {
    const dir = importProject();
    writeCsv(
      dir,
      'v.csv',
      'account,metric,quarter,value,note\nacme,value,2026-Q4,96000,"Stoppages avoided, line 4 pilot savings"\nacme,value,2026-Q4,500,Training\n',
    );
    const { stdout } = await runCli(['import', 'v.csv', '--dry-run'], dir);
    expect(stdout).toBe(
      [
        'acme: 1 added, 1 changed, 0 unchanged (data/acme.yaml)',
        '  ~ value 2026-Q4 "Stoppages avoided, line 4 pilot savings": 95000 → 96000',
        '  + value 2026-Q4 "Training": 500',
        'dry run: nothing written',
        '',
      ].join('\n'),
    );
    await runCli(['import', 'v.csv'], dir);
    expect((await account(dir)).value.filter((v) => v.quarter === '2026-Q4').map((v) => v.amount)).toEqual([
      96000, 500,
    ]);
  });

  it('--dry-run lists each change per account and writes nothing', async () => {
    const dir = importProject();
    const before = accountText(dir);
    const { status, stdout } = await runCli(['import', addExport(dir, 'long'), '--dry-run'], dir);
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        'acme: 6 added, 1 changed, 0 unchanged (data/acme.yaml)',
        '  ~ promises.downtime.actuals 2026-Q4: 55 → 54',
        '  + promises.downtime.actuals 2027-Q1: 52',
        '  + promises.first-time-fix.actuals 2027-Q1: 88',
        '  + value 2027-Q1 "Stoppages avoided, line 4 live": 98000',
        '  + value 2027-Q1 "Spare parts": 1234.5',
        '  + adoption 2027-Q1.licensed: 240',
        '  + adoption 2027-Q1.active: 219',
        'dry run: nothing written',
        '',
      ].join('\n'),
    );
    expect(accountText(dir)).toBe(before);
  });

  it('finds an account by the id inside its file, and in another folder with --data', async () => {
    const dir = importProject({});
    copyFileSync(join(ROOT, 'data', 'acme.yaml'), join(dir, 'data', 'acme-manufacturing.yaml'));
    const { status, stdout } = await runCli(['import', addExport(dir, 'wide-tab'), '--data', 'data'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('(data/acme-manufacturing.yaml)');
  });

  it('imports the sample exports into copies of the samples: the next quarter, passing --check', async () => {
    const dir = samplesWithExports();
    const imported = await runCli(['import', 'crm-results.csv', 'helpdesk-seats.csv'], dir);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('wrote 3 account files');
    const check = await runCli(['--check', '--all'], dir);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('data/acme.yaml (2027-Q1)');
    expect(check.stdout).toContain('data/helios-freight.yaml (2027-Q1)');
    expect(check.stdout).toContain('data/bramble-foods.yaml (2027-Q1)');
    const [acme, helios, bramble] = [
      await account(dir),
      await account(dir, 'helios-freight'),
      await account(dir, 'bramble-foods'),
    ];
    expect(acme.promises.map((p) => p.actuals['2027-Q1'])).toEqual([52, 88, 6.4, 61]);
    expect(acme.support['2027-Q1']).toEqual({
      tickets: 10,
      resolved: 10,
      sla_breaches: 0,
      first_response_hours: 2.1,
      csat: 4.6,
    });
    expect(helios.promises.map((p) => p.actuals['2027-Q1'])).toEqual([2.49, 17.1, 95.3]);
    expect(helios.value.at(-1)).toEqual({
      quarter: '2027-Q1',
      amount: 151000,
      description: 'Diesel, empty runs and overtime',
    });
    expect(helios.adoption['2027-Q1']).toEqual({ licensed: 380, active: 369 });
    expect(bramble.support['2027-Q1']).toEqual({
      tickets: 16,
      resolved: 11,
      sla_breaches: 2,
      first_response_hours: 6.9,
      csat: 3.3,
    });
  });
});

/** Copies of the three samples, and the sample exports beside data/. */
function samplesWithExports(): string {
  const dir = importProject(Object.fromEntries(readdirSync(join(ROOT, 'data')).map((f) => [f, join(ROOT, 'data', f)])));
  for (const file of readdirSync(join(ROOT, 'examples', 'exports')))
    copyFileSync(join(ROOT, 'examples', 'exports', file), join(dir, file));
  return dir;
}

function writeCsv(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}

/** The original text with each hand-written replacement made once (each must be found). */
function edit(text: string, replacements: Array<[string, string]>): string {
  return replacements.reduce((result, [from, to]) => {
    expect(result.split(from).length, `"${from}" appears once`).toBe(2);
    return result.replace(from, to);
  }, text);
}
