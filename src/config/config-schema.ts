/**
 * The optional `qbr.config.yaml`: the only source of the `Config` type and of
 * `schema/config.schema.json`. Merge order, written once: built-in defaults (below), then this
 * file, then command-line flags (src/cli.ts).
 */
import { z } from 'zod';
import { fiscalYearSchema } from '../calendar/fiscal-year.ts';
import { thresholdsSchema } from '../analyse/thresholds.ts';
import { englishMessages } from '../i18n/catalogues/en.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { sourceSchema } from '../sources/source-types.ts';
import { hexColor, text } from '../validate/fields.ts';
import { CUSTOMER_SLIDE_KINDS, slideList } from '../validate/slide-list.ts';

export const FORMATS = ['pdf', 'html', 'json', 'pptx', 'eml'] as const;
/** What a run writes when neither flags nor config say: the PowerPoint only when asked for. */
export const DEFAULT_FORMATS = ['pdf', 'html', 'json'] as const;
export const AUDIENCES = ['customer', 'internal'] as const;

/** The formats a run writes for those asked: the email draft attaches the PDF, so `eml` brings `pdf`. */
export function withRequiredFormats(formats: readonly Format[]): Format[] {
  return formats.includes('eml') && !formats.includes('pdf') ? [...formats, 'pdf'] : [...formats];
}

/** The discovery questions of an English deck; other languages take their catalogue's. */
export const DEFAULT_QUESTIONS = [
  englishMessages['ahead.question1'],
  englishMessages['ahead.question2'],
  englishMessages['ahead.question3'],
  englishMessages['ahead.question4'],
];

/** A font's family name, as a viewer's font menu shows it. */
const fontName = text.regex(/^[^<>&"]+$/, 'expected a font name, like Calibri');

/** Our brand's colours when the config names none: deep blue and teal. */
export const DEFAULT_COLORS = { primary: '#1f3a5f', accent: '#0b7285' } as const;

export const configSchema = z.strictObject({
  company: z
    .strictObject({
      /** Our company's name, on the title slide and in the PDF's author field (default: "Your company", in the deck's language). */
      name: text.optional().describe('Default: "Your company" in the deck\'s language'),
      /** Our logo, relative to the config file. */
      logo: text.optional(),
      /** Brand colours (defaults: deep blue and teal). */
      colors: z
        .strictObject({
          primary: hexColor.default(DEFAULT_COLORS.primary),
          accent: hexColor.default(DEFAULT_COLORS.accent),
        })
        .prefault({}),
    })
    .prefault({}),
  /** Signal thresholds (defaults: those of docs/data-format.md). */
  thresholds: thresholdsSchema.prefault({}),
  /** The deck's language: its words, `<html lang>` and PDF metadata (default `en`); an account may set its own. */
  language: z.enum(LANGUAGES).default('en'),
  /**
   * A folder, relative to this file, whose files replace the package's of the same path under
   * `templates/` (`slides/title.hbs`, `deck.css`, ...); its `theme.css` is added after our CSS.
   */
  templates: text.optional(),
  /** The customer slides, in order; a kind left out is hidden (default: all, in meeting order). */
  slides: slideList.default([...CUSTOMER_SLIDE_KINDS]),
  /**
   * Discovery questions for the closing slide, when an account has none of its own. Unset (the
   * default): four questions in the deck's language, in English DEFAULT_QUESTIONS.
   */
  questions: z.array(text).optional().describe("Default: four discovery questions in the deck's language"),
  output: z
    .strictObject({
      /** Where decks are written (default `out`). */
      dir: text.default('out'),
      /** Which outputs (default pdf, html and json; `pptx` adds the PowerPoint, `eml` the email draft with the PDF). */
      formats: z
        .array(z.enum(FORMATS))
        .min(1)
        .default([...DEFAULT_FORMATS]),
      /** Which copy (default customer). */
      audience: z.enum(AUDIENCES).default('customer'),
      /**
       * Fonts the PowerPoint names, by script. It embeds none (each viewer draws with its own),
       * so these should be fonts the audience has; a name it lacks is replaced by a similar one.
       */
      pptx_fonts: z
        .strictObject({
          /** Latin, Greek and Cyrillic text (default Calibri, in every Office). */
          latin: fontName.default('Calibri'),
          /** Japanese, for a deck with kana or in Japanese (default Yu Gothic). */
          japanese: fontName.default('Yu Gothic'),
          /** Chinese and other Han text (default Microsoft YaHei). */
          chinese: fontName.default('Microsoft YaHei'),
          /** Arabic and the other right-to-left and complex scripts (default Arial). */
          arabic: fontName.default('Arial'),
        })
        .prefault({}),
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
  /** Where `pull` reads figures: a name of your choice per source, each a connection and a folder of `.sql` files (default: none). */
  sources: z
    .record(z.string().regex(/^[A-Za-z0-9_-]+$/, 'expected a name of letters, digits, - and _'), sourceSchema)
    .optional(),
});

export type Config = z.output<typeof configSchema> & {
  /** The folder relative paths in the file resolve from. */ baseDir: string;
};
export type Format = (typeof FORMATS)[number];
export type Audience = (typeof AUDIENCES)[number];
