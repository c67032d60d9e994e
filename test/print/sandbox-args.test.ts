import { describe, expect, it } from 'vitest';
import { sandboxArgs } from '../../src/print/printer.ts';

describe("Chromium's sandbox and zygote flags", () => {
  it('leaves both to Chromium when not run as root', () => {
    expect(sandboxArgs(false, 1)).toEqual([]);
    expect(sandboxArgs(false, undefined)).toEqual([]);
  });

  it('goes without the zygote, as root, for a run that prints fewer documents than a page prints', () => {
    expect(sandboxArgs(true, 1)).toEqual(['--no-sandbox', '--no-zygote']);
    expect(sandboxArgs(true, 9)).toEqual(['--no-sandbox', '--no-zygote']);
  });

  it('keeps the zygote, as root, for a run that opens pages as it goes, or of unknown length', () => {
    expect(sandboxArgs(true, 10)).toEqual(['--no-sandbox']);
    expect(sandboxArgs(true, 500)).toEqual(['--no-sandbox']);
    expect(sandboxArgs(true, undefined)).toEqual(['--no-sandbox']);
  });
});
