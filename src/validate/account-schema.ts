/**
 * The account file's schema: the only source of the `Account` type and of
 * `schema/account.schema.json`. Section 1 of docs/data-format.md, field for field.
 */
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages.ts';
import { crossFieldIssues } from './cross-field-checks.ts';
import {
  amount,
  byQuarter,
  count,
  currency,
  isoDate,
  locale,
  measurement,
  nonNegative,
  price,
  quarter,
  text,
  timeOfDay,
  timeZone,
} from './fields.ts';
import { noRepeats, slideList } from './slide-list.ts';

/** An account id: it names the output files, so nothing that could leave the output folder. */
export const ACCOUNT_ID = /^[a-z0-9][a-z0-9-]*$/;
const id = z.string().regex(ACCOUNT_ID, 'expected lower-case letters, digits and hyphens, like acme-corp');
const promiseId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected lower-case letters, digits, _ and -');

export const STAKEHOLDER_ROLES = [
  'executive_sponsor',
  'decision_maker',
  'champion',
  'user',
  'finance',
  'other',
] as const;
export const UNITS = ['percent', 'currency', 'count', 'hours', 'days', 'minutes', 'score', 'number'] as const;
export const TOUCHPOINT_TYPES = ['call', 'email', 'meeting', 'qbr', 'visit', 'event', 'note'] as const;

const person = z.strictObject({
  name: text.describe('Full name'),
  role: text.optional().describe('Their role on our side, e.g. Account manager'),
  email: z.email('expected an email address').optional(),
});

const contract = z.strictObject({
  start: isoDate.describe('First day of the contract; its quarter is the baseline quarter'),
  renewal: isoDate.optional().describe('Renewal date'),
  annual_value: price.describe('What the customer pays per year, in `currency`'),
  products: z.array(text).optional().describe('What was bought'),
});

const stakeholder = z.strictObject({
  name: text,
  title: text.optional(),
  role: z.enum(STAKEHOLDER_ROLES),
  email: z.email('expected an email address').optional(),
});

const promise = z.strictObject({
  id: promiseId.describe('Unique in the file; used in the summary JSON'),
  name: text.describe('What the customer calls this metric'),
  unit: z.enum(UNITS),
  direction: z.enum(['higher', 'lower']).default('higher').describe('Which way is better (default higher)'),
  baseline: measurement.describe('The measured value at sale'),
  target: measurement.describe('The promised value'),
  due: quarter.describe('The quarter by which the target was promised'),
  source: text.optional().describe('Where the promise was written down'),
  actuals: byQuarter(measurement).default({}).describe('Quarter -> measured value; gaps allowed'),
});

const valueEntry = z.strictObject({
  quarter,
  amount: amount.describe('Value delivered, in `currency`'),
  description: text.optional(),
});

const adoption = z.strictObject({ licensed: count, active: count });

const support = z.strictObject({
  tickets: count.optional(),
  resolved: count.optional(),
  sla_breaches: count.optional(),
  first_response_hours: nonNegative.max(100_000, 'must be at most 100000 hours').optional(),
  csat: z.number().min(0, 'must be between 0 and 5').max(5, 'must be between 0 and 5').optional(),
});

const touchpoint = z.strictObject({
  date: isoDate,
  type: z.enum(TOUCHPOINT_TYPES),
  with: z.array(text).optional().describe('Customer people present'),
  summary: text.optional(),
});

const commitment = z.strictObject({
  description: text,
  owner: z.enum(['vendor', 'customer']),
  agreed: quarter.optional().describe('The quarter it was agreed in'),
  due: isoDate,
  status: z.enum(['open', 'done', 'dropped']),
  completed: isoDate.optional().describe('Required when status is done'),
});

const risk = z.strictObject({
  description: text,
  mitigation: text.optional(),
  severity: z.enum(['low', 'medium', 'high']).default('medium'),
});

const nextReview = z.strictObject({
  date: isoDate.describe('The day of the review meeting'),
  time: timeOfDay.default('10:00').describe('When it starts, HH:MM at `timezone` (default 10:00)'),
  duration_minutes: z
    .number()
    .int('must be a whole number')
    .min(5, 'must be at least 5')
    .max(1440, 'must be at most 1440 (a day)')
    .default(60)
    .describe('How long it lasts (default 60)'),
  timezone: timeZone.default('UTC').describe('IANA time zone name, like Europe/Berlin (default UTC)'),
  location: text.optional().describe('A room or a link'),
});

const customSlide = z.strictObject({
  id: id.describe('Unique in the file; lower-case letters, digits and hyphens'),
  title: text.describe("The slide's heading, agenda line and PDF bookmark"),
  body: text.describe('Markdown: paragraphs, lists, **bold**, *italic*, links; raw HTML is shown as text'),
});

const customSlides = z.array(customSlide).check(
  z.superRefine(
    (slides: unknown[], ctx) =>
      noRepeats(
        slides.map((s) => (s as { id?: unknown } | null)?.id),
        ctx,
        { name: 'custom_slides', what: 'custom slide id', inside: ['id'] },
      ),
    {
      when: (payload) => Array.isArray(payload.value),
    },
  ),
);

export const accountSchema = z
  .strictObject({
    name: text.describe('Customer name, shown on every slide'),
    id: id.optional().describe('Defaults to the file name'),
    industry: text.optional(),
    currency: currency.default('USD').describe('ISO 4217 code (default USD)'),
    locale: locale
      .optional()
      .describe("BCP 47 tag for numbers, money and dates (default: the language's, en-US for en)"),
    language: z
      .enum(LANGUAGES)
      .optional()
      .describe("The deck's language, replacing the config's (en, de, fr, es, ja, ar, he)"),
    logo: text.optional().describe('Image path, relative to this file'),
    team: z.array(person).default([]).describe('Our side: who presents the review'),
    contract,
    success_definition: text.optional().describe("The customer's own words, at sale, for success"),
    stakeholders: z.array(stakeholder).default([]),
    promises: z.array(promise).default([]).describe('The success metrics agreed at sale'),
    value: z.array(valueEntry).default([]),
    adoption: byQuarter(adoption).default({}),
    support: byQuarter(support).default({}),
    touchpoints: z.array(touchpoint).default([]),
    commitments: z.array(commitment).default([]),
    highlights: byQuarter(z.array(text)).default({}),
    plan: byQuarter(z.array(text)).default({}),
    risks: z.array(risk).default([]),
    questions: z.array(text).optional().describe('Replaces the default discovery questions'),
    slides: slideList.optional().describe("The customer slides, in order; replaces the config's list for this account"),
    custom_slides: customSlides.default([]).describe('Slides of your own, shown where `custom` stands in `slides`'),
    next_review: nextReview.optional().describe('The meeting the deck is for: the email draft invites to it'),
  })
  // Also run on a file that fails elsewhere, by validateSource (see cross-field-checks.ts).
  .superRefine((account, ctx) => {
    for (const { path, message } of crossFieldIssues(account)) ctx.addIssue({ code: 'custom', path, message });
  });

/** A validated account file, defaults applied. */
export type Account = z.output<typeof accountSchema> & { id: string };
export type AccountPromise = Account['promises'][number];
export type Commitment = Account['commitments'][number];
export type NextReview = NonNullable<Account['next_review']>;
