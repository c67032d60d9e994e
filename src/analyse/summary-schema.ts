/**
 * The summary JSON (section 3 of docs/data-format.md): the only source of the `Summary` type and
 * of `schema/summary.schema.json`, which CI jobs rely on. Numbers are unrounded.
 */
import { z } from 'zod';
import { UNITS } from '../validate/account-schema.ts';
import { COMMITMENT_STATES } from './commitment-state.ts';

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

const detail = z.string().describe("One sentence a person can read, in the deck's language");
const promiseIds = z.array(z.string()).describe('The ids of the promises concerned');

/** One signal: its id, `params` (the numbers behind its sentence, unrounded, with the thresholds they were held against) and `detail`. */
const signal = <Id extends (typeof SIGNAL_IDS)[number], P extends z.ZodObject>(id: Id, params: P) =>
  z.object({ id: z.literal(id), params, detail });

export const signalSchema = z.discriminatedUnion('id', [
  signal('unfulfilled_promise', z.object({ missed: z.number(), total: z.number(), promises: promiseIds })),
  signal('promise_at_risk', z.object({ at_risk: z.number(), total: z.number(), promises: promiseIds })),
  signal(
    'below_par_experience',
    z.object({
      quarter,
      csat: z.number().nullable().describe('Set when below csat_min'),
      csat_min: z.number(),
      sla_breaches: z.number().nullable().describe('Set when above sla_breaches_max'),
      sla_breaches_max: z.number(),
    }),
  ),
  signal(
    'value_below_price',
    z.object({ roi: z.number(), roi_min: z.number(), delivered: z.number(), invested: z.number() }),
  ),
  signal(
    'communication_gap',
    z.object({
      touchpoints_last_4_quarters: z.number(),
      touchpoints_min: z
        .number()
        .describe("Touchpoints wanted: the rhythm's share for a contract younger than four quarters"),
      contract_quarters: z
        .number()
        .describe("Quarters from the contract's start quarter to the review quarter, both included"),
      days_since_last_touch: z.number().nullable(),
      days_without_contact: z
        .number()
        .describe("Days to the quarter's end from the last touch or the contract's start, whichever is later"),
      days_since_touch_max: z.number(),
    }),
  ),
  signal(
    'single_threaded',
    z.object({ stakeholders: z.number(), stakeholders_min: z.number(), has_executive_sponsor: z.boolean() }),
  ),
  signal(
    'low_adoption',
    z.object({ quarter, active: z.number(), licensed: z.number(), rate: z.number(), adoption_min: z.number() }),
  ),
  signal(
    'broken_commitment',
    z.object({ overdue: z.number(), commitments: z.array(z.string()).describe('Their descriptions') }),
  ),
]);

/** One quarter's figures: the summary without its comparison to the quarter before. */
export const quarterSummarySchema = z.object({
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

const health = z.number().int().min(0).max(100);
const signalIds = z.array(z.enum(SIGNAL_IDS));

/** The quarter before the one under review, summarised from the same file by the same functions. */
export const previousSchema = z.object({
  quarter,
  health,
  signals: signalIds.describe('The ids of the signals raised then'),
  promises: z.array(z.object({ id: z.string(), status: z.enum(PROMISE_STATUSES), latest: z.number().nullable() })),
});

/** What moved between the previous quarter and the one under review. */
export const changesSchema = z.object({
  health: z.number().int().describe('Health now minus health then'),
  signals_raised: signalIds.describe('Raised now, not then'),
  signals_cleared: signalIds.describe('Raised then, not now'),
  promises: z
    .array(z.object({ id: z.string(), from: z.enum(PROMISE_STATUSES), to: z.enum(PROMISE_STATUSES) }))
    .describe('Each promise whose status changed'),
  commitments: z
    .array(z.object({ description: z.string(), status: z.enum(COMMITMENT_STATES) }))
    .describe(
      'The commitments agreed at or after the previous quarter, and where each stands at the end of the quarter under review',
    ),
});

export const summarySchema = quarterSummarySchema.extend({
  previous: previousSchema.nullable().describe("null when the quarter under review is the contract's first"),
  changes: changesSchema.nullable().describe("null when the quarter under review is the contract's first"),
});

export type Summary = z.infer<typeof summarySchema>;
export type QuarterSummary = z.infer<typeof quarterSummarySchema>;
export type PreviousQuarter = z.infer<typeof previousSchema>;
export type Changes = z.infer<typeof changesSchema>;
export type PromiseResult = z.infer<typeof promiseResultSchema>;
export type PromiseStatus = PromiseResult['status'];
export type Signal = z.infer<typeof signalSchema>;
export type SignalId = Signal['id'];
/** The params of the signal `id`. */
export type SignalParams<Id extends SignalId> = Extract<Signal, { id: Id }>['params'];
