/** `slides:` in the config and in an account file: which customer slides, in which order. */
import { z } from 'zod';

/** Every customer slide kind, in the default meeting order; `custom` is where an account's own slides go. */
export const CUSTOMER_SLIDE_KINDS = [
  'title',
  'agenda',
  'since-last',
  'summary',
  'success',
  'scorecard',
  'promise-charts',
  'value',
  'adoption',
  'support',
  'commitments',
  'together',
  'custom',
  'ahead',
] as const;

export type CustomerSlideKind = (typeof CUSTOMER_SLIDE_KINDS)[number];

/** A list of slide kinds, each at most once; a kind left out is hidden. */
export const slideList = z.array(z.enum(CUSTOMER_SLIDE_KINDS)).check(
  // Runs even when another entry is misspelt, so both faults are reported in one run.
  z.superRefine((kinds: unknown[], ctx) => noRepeats(kinds, ctx, { name: 'slides', what: 'slide' }), {
    when: (payload) => Array.isArray(payload.value),
  }),
);

/**
 * Adds an issue at each repeat of a value already in the list `name` (`what`: "slide",
 * "custom slide id"), at `[i, ...inside]` of the list.
 */
export function noRepeats(
  values: unknown[],
  ctx: z.core.$RefinementCtx,
  { name, what, inside = [] }: { name: string; what: string; inside?: string[] },
): void {
  const first = new Map<unknown, number>();
  values.forEach((value, i) => {
    if (typeof value !== 'string') return; // a missing or mistyped entry has its own issue
    const seen = first.get(value);
    if (seen === undefined) first.set(value, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [i, ...inside],
        message: `duplicate ${what} "${String(value)}" (also ${name}[${seen}]${inside.map((k) => `.${k}`).join('')})`,
      });
  });
}
