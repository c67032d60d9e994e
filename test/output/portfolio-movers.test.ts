import { describe, expect, it } from 'vitest';
import { portfolioMovers } from '../../src/output/portfolio-movers.ts';
import { entry } from './portfolio-manifest.ts';

const byName = (a: string, b: string) => a.localeCompare(b, 'en');
const moved = (entries: ReturnType<typeof entry>[]) =>
  portfolioMovers(entries, byName).map((m) => [m.entry.account, m.drop, m.raised]);

describe('the accounts that moved most', () => {
  it('lists health down by 10 or more, largest fall first, and signals newly raised', () => {
    expect(
      moved([
        entry('nine', { health: 61, health_previous: 70 }), // down 9: not enough
        entry('ten', { health: 60, health_previous: 70 }),
        entry('twenty', { health: 40, health_previous: 60, signals_raised: ['low_adoption'] }),
        entry('risen', { health: 90, health_previous: 60 }),
        entry('raised', { health: 70, health_previous: 72, signals_raised: ['single_threaded'] }),
        entry('first', { health: 20, health_previous: null }), // the contract's first quarter: nothing to fall from
      ]),
    ).toEqual([
      ['twenty', 20, ['low_adoption']],
      ['ten', 10, []],
      ['raised', null, ['single_threaded']],
    ]);
  });

  it('leaves out failed and not-started accounts', () => {
    expect(
      moved([entry('gone', { status: 'failed', health: null, health_previous: 80, signals_raised: ['low_adoption'] })]),
    ).toEqual([]);
    expect(moved([entry('later', { status: 'not_started', health: 0, health_previous: 50 })])).toEqual([]);
  });
});
