import { describe, expect, it } from 'vitest';
import type { AccountChange } from '../../src/changes/account-change.ts';
import { changesMarkdown } from '../../src/changes/changes-markdown.ts';
import { changesText } from '../../src/changes/changes-text.ts';

/** A new account file with one promise actual, as `new` writes it. */
const added: AccountChange = {
  account: 'globex-corp',
  name: 'Globex Corp',
  file: 'data/globex-corp.yaml',
  kind: 'added',
  quarter: '2026-Q4',
  health: { before: null, after: 53 },
  promises: [],
  signalsRaised: [],
  signalsCleared: [],
  figures: [{ kind: 'added', label: 'promises.first-promise.actuals 2026-Q4', before: null, after: 10 }],
};
const report = { base: 'HEAD', changes: [added], unchanged: 3, failures: [] };

describe("a whole file's figures, counted", () => {
  it('say "1 figure" for one, in the text and in Markdown', () => {
    expect(changesText(report)).toContain('\n  1 figure\n');
    expect(changesMarkdown(report)).toContain('\n1 figure added.\n');
  });

  it('say "2 figures" for two', () => {
    const two = { ...added, figures: [...added.figures, { ...added.figures[0]!, label: 'value 2026-Q4', after: 5 }] };
    expect(changesText({ ...report, changes: [two] })).toContain('\n  2 figures\n');
  });
});
