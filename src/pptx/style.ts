/**
 * The deck's look in PowerPoint's units. Slides are laid out in the HTML deck's CSS pixels
 * (1280 × 720, templates/deck.css) and converted here: a 16:9 slide of 13.33 × 7.5 inches is
 * 96 of those pixels to the inch, and a pixel of type is three quarters of a point.
 */

/** The slide in CSS pixels, as the HTML deck lays it out. */
export const SLIDE = { width: 1280, height: 720 };
/** The slide's padding: content lies between these (deck.css `.slide`). */
export const PAGE = { left: 64, right: 1216, top: 48, bottom: 648 };
/** Where a slide's content starts, under its kicker and heading. */
export const CONTENT_TOP = 140;
export const CONTENT_WIDTH = PAGE.right - PAGE.left;

/** CSS pixels to inches. */
export const inch = (px: number): number => Math.round((px / 96) * 10000) / 10000;
/** CSS pixels of type to points. */
export const points = (px: number): number => Math.round(px * 0.75 * 100) / 100;
/** `#1f3a5f` (or `#fff`) as PowerPoint writes it: `1F3A5F`. */
export const hex = (color: string): string => {
  const digits = color.replace('#', '').toUpperCase();
  return digits.length === 3 ? [...digits].map((c) => c + c).join('') : digits;
};

/** `color` mixed with white: 0 is the colour, 1 is white. */
export function tint(color: string, amount: number): string {
  const channel = (i: number) => {
    const value = parseInt(hex(color).slice(i, i + 2), 16);
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(2)}${channel(4)}`;
}

/** The deck's greys and status colours (deck.css). */
export const COLORS = {
  text: '#1c2430',
  body: '#3b4452',
  muted: '#5b6573',
  footer: '#6b7480',
  rule: '#e3e7ed',
  ruleStrong: '#c9d1dc',
  internal: '#8f1d1d',
  good: '#1d7a46',
  warn: '#8a5a00',
  bad: '#a33a12',
  white: '#ffffff',
};

/** Each status's colour: the word and symbol say the same. */
export const STATUS_COLORS: Record<string, string> = {
  met: COLORS.good,
  done: COLORS.good,
  on_track: COLORS.good,
  at_risk: COLORS.warn,
  open: COLORS.warn,
  missed: COLORS.bad,
  overdue: COLORS.bad,
  no_data: COLORS.muted,
  dropped: COLORS.muted,
};

/** A run of text: its size in CSS pixels and how it looks. */
export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** Written in capitals, like CSS `text-transform: uppercase`. */
  caps?: boolean;
}

/** The deck's recurring kinds of text (deck.css classes of the same names). */
export const TEXT = {
  kicker: { size: 15, bold: true, caps: true },
  heading: { size: 36, bold: true },
  label: { size: 14, bold: true, color: COLORS.muted, caps: true },
  body: { size: 19, color: COLORS.text },
  note: { size: 15, color: COLORS.muted },
  big: { size: 44, bold: true },
  mid: { size: 24, bold: true, color: COLORS.text },
  footer: { size: 13, color: COLORS.footer },
} satisfies Record<string, TextStyle>;

/** A box on the slide, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
