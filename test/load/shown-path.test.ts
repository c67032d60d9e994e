import { afterEach, describe, expect, it } from 'vitest';
import { shownPath } from '../../src/load/shown-path.ts';

describe('shownPath', () => {
  it('is relative inside the working folder and absolute outside it, never ../', () => {
    expect(shownPath('/work/qbr/data/acme.yaml', '/work/qbr')).toBe('data/acme.yaml');
    expect(shownPath('/tmp/qbr-test-1/data/acme.yaml', '/work/qbr')).toBe('/tmp/qbr-test-1/data/acme.yaml');
    expect(shownPath('/work/qbr-other/acme.yaml', '/work/qbr')).toBe('/work/qbr-other/acme.yaml');
    expect(shownPath('/work/qbr', '/work/qbr')).toBe('/work/qbr');
  });

  describe('by default, under npm run qbr', () => {
    const saved = { event: process.env.npm_lifecycle_event, init: process.env.INIT_CWD };
    afterEach(() => {
      for (const [name, value] of [
        ['npm_lifecycle_event', saved.event],
        ['INIT_CWD', saved.init],
      ] as const)
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
    });

    it('is relative to the folder the user typed it in (INIT_CWD), not the package root npm runs it from', () => {
      process.env.npm_lifecycle_event = 'qbr';
      process.env.INIT_CWD = '/work/qbr/examples/brand';
      expect(shownPath('/work/qbr/examples/brand/data/kranich.yaml')).toBe('data/kranich.yaml');
    });
  });
});
