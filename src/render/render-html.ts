/**
 * Stage 5b, render: the view model through Handlebars into one self-contained HTML file.
 * Only our own template files are compiled; data is always escaped output, never a template.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { fontFaceCss } from '../fonts/font-faces.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import type { Chart } from '../chart/chart-renderer.ts';
import type { DeckView } from './deck-view.ts';


/** Icons shared by two states. */
const ICON_ALIASES: Record<string, string> = { done: 'met', overdue: 'at_risk' };

interface Templates {
  deck: Handlebars.TemplateDelegate;
  css: string;
  /** Every character the templates themselves print, for choosing font subsets. */
  text: string;
  /** templates/present.js, inlined, and its hash for the page's Content-Security-Policy. */
  present: { script: string; hash: string };
}

let templates: Templates | null = null;

function loadTemplates(): Templates {
  const env = Handlebars.create();
  // `{{chart-svg chart}}` places a chart's SVG, drawn by src/chart from shapes (its text is
  // glyph shapes, no data strings), with its text alternative escaped like any data.
  env.registerHelper('chart-svg', (chart: Chart) =>
    new Handlebars.SafeString(chart.svg.replace('<svg ', `<svg role="img" aria-label="${Handlebars.escapeExpression(chart.alt)}" `)),
  );
  const read = (path: string) => readFileSync(join(TEMPLATES_DIR, path), 'utf8');
  const sources: string[] = [];
  for (const file of readdirSync(join(TEMPLATES_DIR, 'slides'))) {
    sources.push(read(`slides/${file}`));
    env.registerPartial(basename(file, '.hbs'), sources.at(-1)!);
  }
  for (const file of readdirSync(join(TEMPLATES_DIR, 'icons'))) env.registerPartial(`icon-${basename(file, '.hbs')}`, read(`icons/${file}`));
  for (const [alias, icon] of Object.entries(ICON_ALIASES)) env.registerPartial(`icon-${alias}`, read(`icons/${icon}.hbs`));
  const deck = read('deck.hbs');
  const script = read('present.js');
  const present = { script, hash: `sha256-${createHash('sha256').update(script).digest('base64')}` };
  return { deck: env.compile(deck, { strict: false, preventIndent: true }), css: read('deck.css'), text: deck + sources.join(''), present };
}

/** The deck as one HTML document: styles, fonts, images and charts inside it. */
export function renderHtml(view: DeckView): string {
  templates ??= loadTemplates();
  const fontCss = fontFaceCss(templates.text + printedText(view));
  return templates.deck({ ...view, css: templates.css, fontCss, presentScript: templates.present.script, presentHash: templates.present.hash });
}

/**
 * The text a deck prints, to choose its font subsets by. Images (data URLs) and charts (SVG
 * markup, their labels drawn as glyph shapes) are no text, and are most of a deck's bytes.
 */
export function printedText(view: DeckView): string {
  const isPicture = (value: string) => value.startsWith('data:') || value.startsWith('<svg');
  return JSON.stringify(view, (_key, value: unknown) => (typeof value === 'string' && isPicture(value) ? '' : value));
}
