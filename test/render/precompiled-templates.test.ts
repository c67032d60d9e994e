import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/paths.ts';
import { fromSpec, keepSpecs, keptSpecs, specsFile, specsKey } from '../../src/render/precompiled-templates.ts';
import { tempDir } from '../temp-dirs.ts';

const folder = () => `/test/templates-${Math.random().toString(36).slice(2)}`;
const cache = tempDir('qbr-specs-');
const FILES = [
  { path: 'deck.hbs', source: '<h1>{{title}}</h1>{{> footer}}' },
  { path: 'slides/footer.hbs', source: '<p>{{shout note}}</p>' },
];

describe('precompiled templates', () => {
  it("are keyed by every file's path and text", () => {
    const key = specsKey(FILES);
    expect(specsKey(FILES.map((f) => ({ ...f })))).toBe(key);
    expect(specsKey([FILES[0]!, { ...FILES[1]!, source: '<p>{{note}}</p>' }])).not.toBe(key);
    expect(specsKey([FILES[0]!, { ...FILES[1]!, path: 'slides/other.hbs' }])).not.toBe(key);
  });

  it("are kept for the next run, in the project's cache folder, and given back only for the same files", async () => {
    expect(specsFile(null)).toContain(join(ROOT, 'node_modules', '.cache', 'qbr'));
    const dir = folder();
    const key = specsKey(FILES);
    const specs = { 'deck.hbs': Handlebars.precompile(FILES[0]!.source) as string };
    await keepSpecs(dir, key, specs, cache);
    expect(keptSpecs(dir, key, cache)).toEqual(specs);
    expect(keptSpecs(dir, specsKey([FILES[0]!]), cache)).toBeNull();
    expect(keptSpecs(folder(), key, cache)).toBeNull();
  });

  it('are no cache when their file is not one', async () => {
    const dir = folder();
    const key = specsKey(FILES);
    await keepSpecs(dir, key, { 'deck.hbs': '{}' }, cache);
    expect(keptSpecs(dir, key, cache)).not.toBeNull();
    writeFileSync(specsFile(dir, cache), '{not json');
    expect(keptSpecs(dir, key, cache)).toBeNull();
  });

  it('are kept for twenty folders at most, the oldest going first', async () => {
    const own = tempDir('qbr-specs-');
    for (let n = 0; n < 23; n++) {
      await keepSpecs(`/test/folder-${n}`, 'k', { 'deck.hbs': '{}' }, own);
      // A second apart, so their order by age is certain.
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n));
      utimesSync(specsFile(`/test/folder-${n}`, own), at, at);
    }
    expect(readdirSync(own).filter((name) => name.startsWith('templates-'))).toHaveLength(20);
    expect(keptSpecs('/test/folder-22', 'k', own)).not.toBeNull();
    expect(keptSpecs('/test/folder-0', 'k', own)).toBeNull();
  });

  it('render as the templates compiled from their text, escaping, helpers and partials alike', () => {
    const env = Handlebars.create();
    env.registerHelper('shout', (text: string) => text.toUpperCase());
    const compile = (source: string) => env.compile(Handlebars.parse(source), { strict: false, preventIndent: true });
    const precompiled = (source: string) =>
      fromSpec(env, Handlebars.precompile(Handlebars.parse(source), { strict: false, preventIndent: true }) as string);
    env.registerPartial('footer', precompiled(FILES[1]!.source));
    const data = { title: '<b>R&D</b>', note: 'due q3' };
    expect(precompiled(FILES[0]!.source)(data)).toBe('<h1>&lt;b&gt;R&amp;D&lt;/b&gt;</h1><p>DUE Q3</p>');
    expect(precompiled(FILES[0]!.source)(data)).toBe(compile(FILES[0]!.source)(data));
  });
});
