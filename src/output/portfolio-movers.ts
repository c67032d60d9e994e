/**
 * The accounts that moved most since the previous quarter, listed above the portfolio's table:
 * health down by MOVER_DROP or more, or a signal raised that was not raised before. Largest fall
 * first, then by name, so the sales manager reads the worst news first.
 */
import type { SignalId } from '../analyse/summary-schema.ts';
import type { ManifestEntry } from './manifest.ts';

/** A fall in health of this many points or more makes an account a mover. */
export const MOVER_DROP = 10;

export interface Mover {
  entry: ManifestEntry;
  /** Points of health lost since the previous quarter; null when it fell less than MOVER_DROP (or rose). */
  drop: number | null;
  /** Signals raised this quarter that were not in the previous one. */
  raised: SignalId[];
}

/** Only a reviewed account has figures to compare; a failed or not-started one never moves. */
const reviewed = (e: ManifestEntry) => e.status === 'rendered' || e.status === 'unchanged';

export function portfolioMovers(entries: ManifestEntry[], compareNames: (a: string, b: string) => number): Mover[] {
  return entries
    .filter(reviewed)
    .map((entry) => {
      const { health, health_previous: before } = entry;
      const fall = health === null || before === null ? 0 : before - health;
      return { entry, drop: fall >= MOVER_DROP ? fall : null, raised: entry.signals_raised };
    })
    .filter((m) => m.drop !== null || m.raised.length > 0)
    .sort((a, b) => (b.drop ?? 0) - (a.drop ?? 0) || compareNames(a.entry.name, b.entry.name));
}
