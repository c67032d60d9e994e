/** The signal thresholds of docs/data-format.md; the config file may change each one. */
import { z } from 'zod';

export const thresholdsSchema = z.strictObject({
  /** below_par_experience: csat below this, of 5 (default 4.0). */
  csat_min: z.number().min(0).max(5).default(4),
  /** below_par_experience: SLA breaches in the quarter above this (default 0). */
  sla_breaches_max: z.number().int().nonnegative().default(0),
  /** value_below_price: return below this (default 1). */
  roi_min: z.number().nonnegative().default(1),
  /** communication_gap: fewer touchpoints than this a year (default 4); a younger contract wants its share. */
  touchpoints_min: z.number().int().nonnegative().default(4),
  /** communication_gap: more days than this since the last touch (default 90). */
  days_since_touch_max: z.number().int().nonnegative().default(90),
  /** single_threaded: fewer stakeholders than this (default 2). */
  stakeholders_min: z.number().int().nonnegative().default(2),
  /** low_adoption: adoption rate below this (default 0.6). */
  adoption_min: z.number().min(0).max(1).default(0.6),
});

export type Thresholds = z.output<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = thresholdsSchema.parse({});
