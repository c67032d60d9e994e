import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { ROOT } from '../helpers.ts';
import { viewOf } from './view-of.ts';

const TEMPLATES = join(ROOT, 'templates');
/** The `words.x` a template prints (`{{words.x}}`, `{{../words.x}}`, `{{@root.words.x}}`). */
const wordsIn = (file: string) =>
  [...readFileSync(join(TEMPLATES, file), 'utf8').matchAll(/words\.(\w+)/g)].map((m) => m[1]!);

describe.each(LANGUAGES)('the words each template prints, in %s', (language) => {
  it('are all in its view, none empty', async () => {
    const view = await viewOf(join(ROOT, 'data', 'acme.yaml'), '2026-Q4', language, { audience: 'internal' });
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
