import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUSTOMER_SLIDE_KINDS } from '../../src/validate/slide-list.ts';
import type { Chart } from '../../src/chart/chart-renderer.ts';
import { describe, expect, it } from 'vitest';
import { reviewAccount } from '../../src/analyse/review.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import { createFormatter } from '../../src/format.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { deckView } from '../../src/render/deck-view.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { ROOT } from '../helpers.ts';

const TEMPLATES = join(ROOT, 'templates');
/** The `words.x` a template prints (`{{words.x}}`, `{{../words.x}}`, `{{@root.words.x}}`). */
const wordsIn = (file: string) =>
  [...readFileSync(join(TEMPLATES, file), 'utf8').matchAll(/words\.(\w+)/g)].map((m) => m[1]!);

describe.each(LANGUAGES)('the words each template prints, in %s', (language) => {
  it('are all in its view, none empty', async () => {
    const { account } = await loadAccount(join(ROOT, 'data', 'acme.yaml'));
    const r = reviewAccount(account, '2026-Q4', DEFAULT_THRESHOLDS, language);
    const chart = {
      svg: '<svg></svg>',
      alt: '',
      width: 1,
      height: 1,
      data: {
        labels: [],
        series: [],
        categoryMarks: [],
        valueMarks: [],
        primary: { min: 0, max: 1, exact: false, step: null },
        secondary: null,
      },
    } as unknown as Chart;
    const charts = {
      promises: account.promises.map(() => chart),
      value: chart,
      adoption: chart,
      support: chart,
      touchpoints: chart,
    };
    const company = { name: 'Vendor', logo: '', colors: { primary: '#000000', accent: '#000000' } };
    const view = deckView({
      review: r,
      f: createFormatter(r.locale, account.currency, language),
      charts,
      audience: 'internal',
      company,
      customerLogo: '',
      questions: undefined,
      slides: CUSTOMER_SLIDE_KINDS,
    });
    for (const name of wordsIn('deck.hbs'))
      expect(view.words[name as keyof typeof view.words], `deck.hbs words.${name}`).toMatch(/\S/);
    const kinds = new Set(view.slides.map((s) => s.kind));
    for (const file of readdirSync(join(TEMPLATES, 'slides')).filter((f) =>
      kinds.has(f.replace('.hbs', '') as never),
    )) {
      for (const slide of view.slides.filter((s) => `${s.kind}.hbs` === file)) {
        const words = (slide.words ?? {}) as Record<string, string>;
        for (const name of wordsIn(`slides/${file}`)) expect(words[name], `slides/${file} words.${name}`).toMatch(/\S/);
      }
    }
    // Every customer and internal slide kind of acme was checked, the title slide among them.
    expect([...kinds].sort()).toEqual([
      'adoption',
      'agenda',
      'ahead',
      'commitments',
      'contacts-and-risks',
      'health',
      'promise-charts',
      'scorecard',
      'signals',
      'since-last',
      'success',
      'summary',
      'support',
      'title',
      'together',
      'value',
    ]);
  });
});
