/**
 * The summary JSON (section 3 of the data contract): the only source of the `Summary` type and
 * of `schema/summary.schema.json`, which CI jobs rely on. Numbers are unrounded.
 */
import { z } from 'zod';
import { UNITS } from '../validate/account-schema.ts';

const quarter = z.string().regex(/^\d{4}-Q[1-4]$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PROMISE_STATUSES = ['no_data', 'met', 'missed', 'on_track', 'at_risk'] as const;
export const SIGNAL_IDS = [
  'unfulfilled_promise',
  'promise_at_risk',
  'below_par_experience',
  'value_below_price',
  'communication_gap',
  'single_threaded',
  'low_adoption',
  'broken_commitment',
] as const;

export const promiseResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.enum(UNITS),
  direction: z.enum(['higher', 'lower']),
  status: z.enum(PROMISE_STATUSES).describe('First rule that applies: no_data, met, missed, on_track, at_risk'),
  latest: z.number().nullable().describe('Actual of the latest quarter at or before the review quarter'),
  latest_quarter: quarter.nullable(),
  baseline: z.number(),
  target: z.number(),
  due: quarter,
  attainment: z.number().nullable().describe('(latest - baseline) / (target - baseline)'),
  projected: z.number().nullable().describe('Least-squares value at the due quarter'),
  met: z.boolean(),
  source: z.string().nullable(),
});

export const signalSchema = z.object({
  id: z.enum(SIGNAL_IDS),
  detail: z.string().describe('One sentence a person can read'),
});

export const summarySchema = z.object({
  account: z.string(),
  name: z.string(),
  quarter,
  /** The last day of the quarter under review: "today" for every calculation. */
  as_of: isoDate,
  currency: z.string(),
  promises: z.array(promiseResultSchema),
  value: z.object({ delivered: z.number(), invested: z.number(), roi: z.number() }),
  adoption: z.object({ quarter, licensed: z.number(), active: z.number(), rate: z.number().nullable() }).nullable(),
  support: z
    .object({
      quarter,
      tickets: z.number().nullable(),
      resolved: z.number().nullable(),
      sla_breaches: z.number().nullable(),
      first_response_hours: z.number().nullable(),
      csat: z.number().nullable(),
    })
    .nullable()
    .describe('The support entry of the review quarter itself'),
  engagement: z.object({
    touchpoints_last_4_quarters: z.number(),
    days_since_last_touch: z.number().nullable(),
    stakeholders: z.number(),
    has_executive_sponsor: z.boolean(),
  }),
  commitments: z.object({ done: z.number(), open: z.number(), overdue: z.number(), dropped: z.number() }),
  signals: z.array(signalSchema),
  health: z.number().int().min(0).max(100),
});

export type Summary = z.infer<typeof summarySchema>;
export type PromiseResult = z.infer<typeof promiseResultSchema>;
export type PromiseStatus = PromiseResult['status'];
export type Signal = z.infer<typeof signalSchema>;
export type SignalId = Signal['id'];
