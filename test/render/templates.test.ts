/** A config's `templates:` folder over the package's: overrides, theme, escaping, errors, re-rendering. */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, ROOT, runCli } from '../helpers.ts';
import { tempDir } from '../temp-dirs.ts';

/** A scratch project: the fixture's config and templates, and the hostile-names account as data/hostile.yaml. */
function project(scenario: string): string {
  const dir = tempDir('qbr-templates-');
  cpSync(join(ROOT, 'test', 'fixtures', scenario), dir, { recursive: true });
  mkdirSync(join(dir, 'data'));
  cpSync(fixturePath('hostile-names'), join(dir, 'data', 'hostile.yaml'));
  return dir;
}
const deckOf = (dir: string) => join(dir, 'out', '2025-Q1', 'customer', 'hostile-qbr-2025-Q1.html');
const html = ['hostile', '--format', 'html'];

describe('a templates folder', () => {
  it("replaces the package's file of the same path and adds theme.css after our CSS", async () => {
    const dir = project('templates-override');
    expect((await runCli(html, dir)).status).toBe(0);
    const deck = readFileSync(deckOf(dir), 'utf8');
    expect(deck).toContain('<p class="brand-mark">Brand title</p>');
    expect(deck).not.toContain('Presented by'); // the package's title slide is gone
    expect(deck).toContain('<h2>Promise scorecard</h2>'); // the other slides are the package's
    expect(deck.indexOf('--brand-theme: loaded')).toBeGreaterThan(
      deck.indexOf('.slide--title { background: var(--primary)'),
    );
  });

  it('keeps data escaped whatever the template does with {{ }}, {{{ }}} or {{& }}', async () => {
    const dir = project('templates-override');
    expect((await runCli(html, dir)).status).toBe(0);
    const deck = readFileSync(deckOf(dir), 'utf8');
    const name = '&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; {{constructor}}';
    expect(deck).toContain(`<h1>${name}</h1>`);
    expect(deck).toContain(`<p class="brand-raw">${name}</p>`);
    expect(deck).toContain(`<p class="brand-amp">${name}</p>`);
    expect(deck).not.toContain('<img src=x');
  });

  it('renders again when a template file changes, and not before', async () => {
    const dir = project('templates-override');
    expect((await runCli(html, dir)).stdout).toContain('1 rendered, 0 unchanged');
    expect((await runCli(html, dir)).stdout).toContain('0 rendered, 1 unchanged');
    writeFileSync(join(dir, 'brand', 'theme.css'), '.slide--title { background: #123456; }\n');
    expect((await runCli(html, dir)).stdout).toContain('1 rendered, 0 unchanged');
    expect(readFileSync(deckOf(dir), 'utf8')).toContain('#123456');
    writeFileSync(join(dir, 'brand', 'slides', 'summary.hbs'), '<h2>{{heading}}</h2>\n');
    expect((await runCli(html, dir)).stdout).toContain('1 rendered, 0 unchanged');
  });

  it.each([
    [
      'templates-parse-error',
      "brand/slides/title.hbs:3:6 if doesn't match each",
      '> 3 |   {{#if deck.company}}by {{deck.company}}{{/each}}',
    ],
    ['templates-syntax-error', 'brand/slides/title.hbs:2:14 parse error: Expecting', '> 2 | <p>by {{deck.company</p>'],
    [
      'templates-unclosed-each',
      'brand/slides/title.hbs:3:3 {{#each}} is never closed: no {{/each}} after it',
      '> 3 |   {{#each deck.team}}<li>{{name}}</li>',
    ],
    [
      'templates-unknown-partial',
      'brand/slides/title.hbs:3:5 unknown partial "brand-logo"',
      '> 3 |     {{> brand-logo}}',
    ],
    [
      'templates-unknown-helper',
      'brand/slides/title.hbs:2:4 unknown helper "upper"',
      '> 2 | <p>{{upper deck.company}}</p>',
    ],
  ])('%s: names the file and line, exits 1 and writes nothing for the account', async (scenario, says, frame) => {
    const dir = project(scenario);
    const { status, stderr } = await runCli(html, dir);
    expect(status).toBe(1);
    expect(stderr).toContain(says);
    expect(stderr).toContain(frame);
    expect(existsSync(deckOf(dir))).toBe(false);
  });
});
