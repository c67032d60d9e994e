/**
 * The optional `qbr.config.yaml`: the only source of the `Config` type and of
 * `schema/config.schema.json`. Merge order, written once: built-in defaults (below), then this
 * file, then command-line flags (src/cli.ts).
 */
import { z } from 'zod';
import { fiscalYearSchema } from '../analyse/fiscal-year.ts';
import { thresholdsSchema } from '../analyse/thresholds.ts';
import { hexColor, text } from '../validate/fields.ts';

export const FORMATS = ['pdf', 'html', 'json'] as const;
export const AUDIENCES = ['customer', 'internal'] as const;

export const DEFAULT_QUESTIONS = [
  'What has changed in your business since we last met?',
  'How are budgets for next year shaping up, and who decides them?',
  'How do you plan to buy: more of the same, new teams, or a change of terms?',
  'Who has joined or left the people we work with, and who should we meet next?',
];

export const configSchema = z.strictObject({
  company: z
    .strictObject({
      /** Our company's name, on the title slide and in the PDF's author field (default "Your company"). */
      name: text.default('Your company'),
      /** Our logo, relative to the config file. */
      logo: text.optional(),
      /** Brand colours (defaults: deep blue and teal). */
      colors: z
        .strictObject({ primary: hexColor.default('#1f3a5f'), accent: hexColor.default('#0b7285') })
        .prefault({}),
    })
    .prefault({}),
  /** Signal thresholds (defaults: those of the data contract). */
  thresholds: thresholdsSchema.prefault({}),
  /** Discovery questions for the closing slide, when an account has none of its own. */
  questions: z.array(text).default(DEFAULT_QUESTIONS),
  output: z
    .strictObject({
      /** Where decks are written (default `out`). */
      dir: text.default('out'),
      /** Which outputs (default all three). */
      formats: z.array(z.enum(FORMATS)).min(1).default([...FORMATS]),
      /** Which copy (default customer). */
      audience: z.enum(AUDIENCES).default('customer'),
    })
    .prefault({}),
  browser: z
    .strictObject({
      /** Path to Chrome or Chromium; found automatically when absent. */
      executable: text.optional(),
      /** Milliseconds one deck may take to print before it is abandoned (default 60000). */
      timeout_ms: z.number().int().positive().default(60_000),
    })
    .prefault({}),
  /** The fiscal year every quarter is counted in (default: calendar quarters, start_month 1). */
  fiscal_year: fiscalYearSchema.prefault({}),
});

export type Config = z.output<typeof configSchema> & { /** The folder relative paths in the file resolve from. */ baseDir: string };
export type Format = (typeof FORMATS)[number];
export type Audience = (typeof AUDIENCES)[number];
