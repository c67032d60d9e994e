import { describe, expect, it } from 'vitest';
import { shownPath } from '../../src/load/shown-path.ts';

describe('shownPath', () => {
  it('is relative inside the working folder and absolute outside it, never ../', () => {
    expect(shownPath('/work/qbr/data/acme.yaml', '/work/qbr')).toBe('data/acme.yaml');
    expect(shownPath('/tmp/qbr-test-1/data/acme.yaml', '/work/qbr')).toBe('/tmp/qbr-test-1/data/acme.yaml');
    expect(shownPath('/work/qbr-other/acme.yaml', '/work/qbr')).toBe('/work/qbr-other/acme.yaml');
    expect(shownPath('/work/qbr', '/work/qbr')).toBe('/work/qbr');
  });
});
