import { describe, expect, it } from 'vitest';
import { EXIT, QbrError, type ErrorCode } from '../src/errors.ts';

describe('exit statuses', () => {
  // The data contract: 0 all rendered, 1 an account failed, 2 a usage error; 130 for Ctrl-C.
  it('are those of the data contract', () => {
    expect(EXIT).toEqual({ ok: 0, failed: 1, usage: 2, stopped: 130 });
  });

  it.each([
    ['QBR_USAGE', 2],
    ['QBR_NO_ACCOUNT', 2],
    ['QBR_NO_CONFIG', 2],
    ['QBR_INVALID_DATA', 1],
    ['QBR_INVALID_CONFIG', 1],
    ['QBR_QUARTER_BEFORE_START', 1],
    ['QBR_NO_QUARTER', 1],
    ['QBR_LOGO', 1],
    ['QBR_NO_BROWSER', 1],
    ['QBR_BROWSER_FAILED', 1],
    ['QBR_TEMPLATE', 1],
    ['QBR_INVALID_IMPORT', 1],
    ['QBR_EXISTS', 1],
    ['QBR_PORT_IN_USE', 1],
  ] as Array<[ErrorCode, number]>)('%s ends a run with status %i', (code, status) => {
    expect(new QbrError(code, 'message').exitStatus).toBe(status);
  });
});
