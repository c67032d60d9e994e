import { describe, expect, it } from 'vitest';
import { EditError, insertValueEntry, setNumberIn, yamlString } from '../../src/import/yaml-edit.ts';

const actuals = { flowFrom: Infinity };
const entries = { flowFrom: 1 };

describe('editing an account file in place', () => {
  it('replaces a number and keeps the comment after it', () => {
    expect(setNumberIn('a:\n  2025-Q1: 1   # estimate\n', ['a', '2025-Q1'], 1.5, actuals)).toBe(
      'a:\n  2025-Q1: 1.5   # estimate\n',
    );
  });

  it('adds a quarter in time order, at the indentation of its neighbours', () => {
    const text = 'promises:\n  - id: a\n    actuals:\n      2025-Q1: 1\n      2025-Q3: 3\n\nvalue: []\n';
    const once = setNumberIn(text, ['promises', 0, 'actuals', '2025-Q2'], 2, actuals);
    expect(setNumberIn(once, ['promises', 0, 'actuals', '2025-Q4'], 4, actuals)).toBe(
      'promises:\n  - id: a\n    actuals:\n      2025-Q1: 1\n      2025-Q2: 2\n      2025-Q3: 3\n      2025-Q4: 4\n\nvalue: []\n',
    );
  });

  it('adds a missing map in the style of the map it goes into', () => {
    expect(
      setNumberIn('promises:\n  - { id: b, unit: count }\n', ['promises', 0, 'actuals', '2025-Q1'], 7, actuals),
    ).toBe('promises:\n  - { id: b, unit: count, actuals: { 2025-Q1: 7 } }\n');
    expect(
      setNumberIn('promises:\n  - id: c\n    unit: count\n', ['promises', 0, 'actuals', '2025-Q1'], 8, actuals),
    ).toBe('promises:\n  - id: c\n    unit: count\n    actuals:\n      2025-Q1: 8\n');
  });

  it('writes a new entry like its neighbours: flow beside flow, block beside block, fields in their usual order', () => {
    const flow = 'adoption:\n  2025-Q1: { licensed: 1, active: 2 }\n';
    const withActive = setNumberIn(flow, ['adoption', '2025-Q2', 'active'], 9, entries);
    expect(setNumberIn(withActive, ['adoption', '2025-Q2', 'licensed'], 10, entries)).toBe(
      'adoption:\n  2025-Q1: { licensed: 1, active: 2 }\n  2025-Q2: { licensed: 10, active: 9 }\n',
    );
    const block = 'support:\n  2025-Q1:\n    tickets: 3\n';
    expect(setNumberIn(block, ['support', '2025-Q2', 'csat'], 4.5, entries)).toBe(
      'support:\n  2025-Q1:\n    tickets: 3\n  2025-Q2:\n    csat: 4.5\n',
    );
  });

  it('turns an empty {} or [] into block lines, keeping the comment on its line', () => {
    expect(setNumberIn('support: {}   # none yet\nrisks: []\n', ['support', '2025-Q2', 'csat'], 4.5, entries)).toBe(
      'support:   # none yet\n  2025-Q2: { csat: 4.5 }\nrisks: []\n',
    );
    expect(insertValueEntry('value: []\nrisks: []\n', { quarter: '2025-Q1', amount: 50, description: 'Early' })).toBe(
      'value:\n  - { quarter: 2025-Q1, amount: 50, description: Early }\nrisks: []\n',
    );
  });

  it('adds a missing section at the end, after a blank line, also to a file without a final newline', () => {
    expect(
      setNumberIn('name: X\ncontract:\n  start: 2025-01-01', ['adoption', '2025-Q1', 'licensed'], 5, entries),
    ).toBe('name: X\ncontract:\n  start: 2025-01-01\n\nadoption:\n  2025-Q1: { licensed: 5 }\n');
    expect(insertValueEntry('name: X\n', { quarter: '2025-Q1', amount: 5, description: undefined })).toBe(
      'name: X\n\nvalue:\n  - { quarter: 2025-Q1, amount: 5 }\n',
    );
  });

  it('inserts a value entry in quarter order, as a block map beside block maps', () => {
    const text = 'value:\n  - quarter: 2025-Q1\n    amount: 1\n  - quarter: 2025-Q3\n    amount: 3\n';
    expect(insertValueEntry(text, { quarter: '2025-Q2', amount: 2, description: 'Saved, a lot' })).toBe(
      'value:\n  - quarter: 2025-Q1\n    amount: 1\n  - quarter: 2025-Q2\n    amount: 2\n    description: "Saved, a lot"\n  - quarter: 2025-Q3\n    amount: 3\n',
    );
    expect(
      insertValueEntry('value: [{ quarter: 2025-Q1, amount: 1 }]\n', {
        quarter: '2025-Q2',
        amount: 2,
        description: undefined,
      }),
    ).toBe('value: [{ quarter: 2025-Q1, amount: 1 }, { quarter: 2025-Q2, amount: 2 }]\n');
  });

  it('quotes a description only when YAML would read it otherwise', () => {
    expect(
      ['Line 3 pilot', 'Überstunden gespart', "Tom's team", 'a, b', 'x: y', 'yes', '2025', '#1', ' lead'].map(
        yamlString,
      ),
    ).toEqual([
      'Line 3 pilot',
      'Überstunden gespart',
      "Tom's team",
      '"a, b"',
      '"x: y"',
      '"yes"',
      '"2025"',
      '"#1"',
      '" lead"',
    ]);
  });

  it('refuses to write through an alias', () => {
    expect(() => setNumberIn('base: &b { 2025-Q1: 1 }\nsupport: *b\n', ['support', '2025-Q1'], 2, entries)).toThrow(
      EditError,
    );
  });
});
