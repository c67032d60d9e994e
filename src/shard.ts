/**
 * `--shard I/N`: the accounts split over N machines. An account's shard depends on its id and N
 * alone (a hash of the id), so it is the same on every run and every machine, and every account
 * is in exactly one shard whatever the other accounts are.
 */
import { createHash } from 'node:crypto';
import { QbrError } from './errors.ts';

/** Shard `index` of `count`, counted from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** `2/3` -> { index: 2, count: 3 }; anything else is a usage error. */
export function parseShard(text: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) {
    throw new QbrError(
      'QBR_USAGE',
      `--shard takes I/N, shard I of N counted from 1 (like 2/3); got "${text}"`,
      'Run `npm run qbr -- --help` for the flags.',
    );
  }
  return { index, count };
}

/** The shard (1 to `count`) an account id belongs to. */
export function shardOf(id: string, count: number): number {
  return (createHash('sha256').update(id).digest().readUInt32BE(0) % count) + 1;
}

export const inShard = (id: string, shard: Shard): boolean => shardOf(id, shard.count) === shard.index;

/** `2/3`, as written in the manifest. */
export const shardLabel = (shard: Shard): string => `${shard.index}/${shard.count}`;
