/**
 * Where an account's outputs go: `<out>/<quarter>/<id>-qbr-<quarter>.<ext>`, and the internal
 * copy's deck `<id>-qbr-<quarter>-internal.<ext>`. Made only of the account id and the quarter,
 * both checked against their patterns, so nothing lands outside `<out>`.
 */
import { join } from 'node:path';
import type { Audience, Format } from '../config/config-schema.ts';

export interface OutputNames {
  /** The quarter's folder: `<out>/<quarter>`. */
  dir: string;
  /** The file name of each format asked for. */
  files: Partial<Record<Format, string>>;
}

/** The summary (json) has no audience: both copies share it. */
export function outputNames(outDir: string, id: string, quarter: string, formats: readonly Format[], audience: Audience): OutputNames {
  const stem = `${id}-qbr-${quarter}`;
  const deckStem = audience === 'internal' ? `${stem}-internal` : stem;
  const files = Object.fromEntries(formats.map((format) => [format, format === 'json' ? `${stem}.json` : `${deckStem}.${format}`]));
  return { dir: join(outDir, quarter), files };
}
