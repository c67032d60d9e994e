import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../src/shard.ts';

describe('shards', () => {
  it('reads I/N', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/3', '4/3', 'x', '1/0', '-1/3', '1.5/3', '2/', ''])('refuses %j as a usage error', (text) => {
    expect(() => parseShard(text)).toThrow(expect.objectContaining({ code: 'QBR_USAGE' }));
  });

  it('puts an account in the shard its id gives: the first four bytes of its SHA-256, mod N, plus 1', () => {
    // Worked out with `printf acme | openssl dgst -sha256`: 822b33ad... is 2183869357; mod 3 is 1, so shard 2.
    expect(shardOf('acme', 3)).toBe(2);
    expect(shardOf('bramble-foods', 3)).toBe(1); // 229db14f = 580759887; mod 3 = 0
    expect(shardOf('helios-freight', 3)).toBe(2); // 384f2b4e = 944712526; mod 3 = 1
    expect(shardOf('helios-freight', 2)).toBe(1); // 944712526 mod 2 = 0
  });

  it('puts every account in exactly one shard, whatever the other accounts are', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `account-${i}`);
    for (const count of [1, 2, 3, 7]) {
      for (const id of ids) {
        const shards = Array.from({ length: count }, (_, i) => i + 1).filter((index) => inShard(id, { index, count }));
        expect(shards).toHaveLength(1);
      }
      // Every shard gets some of 60 accounts: the hash spreads them.
      const used = new Set(ids.map((id) => shardOf(id, count)));
      expect(used.size).toBe(count);
    }
  });
});
