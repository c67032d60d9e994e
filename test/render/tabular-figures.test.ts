/** Inter's tabular forms widen the hyphen too ("go - live"): they belong only where figures line up. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

/** The selectors of every rule in a style sheet that asks for tabular figures. */
function tabularSelectors(file: string): string[] {
  const css = readFileSync(join(ROOT, 'templates', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter((m) => /font-variant-numeric:\s*tabular-nums/.test(m[2]!))
    .flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
}

describe('tabular figures', () => {
  it("are asked for in the deck's table cells and headline figures, not on its body", () => {
    expect(tabularSelectors('deck.css').sort()).toEqual(['.big', '.figures dd', '.kpi-value', '.table td']);
  });

  it("are asked for in the portfolio's table cells only", () => {
    expect(tabularSelectors('portfolio.css')).toEqual(['td']);
  });
});
