import { describe, expect, it } from 'vitest';
import { entryDigest, sha256 } from '../../src/output/output-digest.ts';

describe('output digests', () => {
  it('hashes bytes as sha256sum does', () => {
    // printf 'health 41' | sha256sum
    expect(sha256('health 41')).toBe('6303ff5b55603c0fee79bd4dff9a24b1ceb43e5213715e0bfcbb45ac22805123');
  });

  it("hashes an entry the same whatever its fields' order, without its own entry_sha256, and differently once a figure changes", () => {
    const entry = { account: 'a', health: 41, value: { roi: 0.5, delivered: 1 } };
    const digest = entryDigest(entry);
    expect(entryDigest({ value: { delivered: 1, roi: 0.5 }, health: 41, account: 'a', entry_sha256: 'x' })).toBe(
      digest,
    );
    expect(entryDigest({ ...entry, health: 99 })).not.toBe(digest);
  });
});
