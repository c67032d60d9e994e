/**
 * Stage 5b, render: the view model through Handlebars into one self-contained HTML file.
 * Only template files are compiled (ours, or a config's `templates:` folder over them); data is
 * always escaped output, never a template.
 */
import Handlebars from 'handlebars';
import { QbrError } from '../errors.ts';
import { fontFaceCss } from '../fonts/font-faces.ts';
import type { DeckView } from './deck-view.ts';
import { loadTemplates } from './load-templates.ts';
import { withDeckPolicy } from './page-policy.ts';

/** The deck as one HTML document: styles, fonts, images and charts inside it. `folder`: the config's templates, if any. */
export function renderHtml(view: DeckView, folder: string | null = null): string {
  const templates = loadTemplates(folder);
  const fontCss = fontFaceCss(templates.text + printedText(view));
  // Our CSS and fonts are the only raw text the deck template prints; they are marked as such.
  const context = {
    ...view,
    css: new Handlebars.SafeString(templates.css),
    fontCss: new Handlebars.SafeString(fontCss),
    presentScript: new Handlebars.SafeString(templates.present.script),
    presentHash: new Handlebars.SafeString(templates.present.hash),
  };
  try {
    return withDeckPolicy(templates.deck(context), templates.present.hash, folder);
  } catch (error) {
    // A partial named only as the deck is rendered (`{{> (lookup . 'kind')}}`) is missing.
    if (error instanceof Handlebars.Exception)
      throw new QbrError(
        'QBR_TEMPLATE',
        `${folder ?? 'templates'}: ${error.message}`,
        'Fix the template that names it, or add the file.',
      );
    throw error;
  }
}

/**
 * The text a deck prints, to choose its font subsets by. Images (data URLs) and charts' SVG
 * markup are no text, and are most of a deck's bytes; a chart's labels are in its `text`.
 */
export function printedText(view: DeckView): string {
  const isPicture = (value: string) => value.startsWith('data:') || value.startsWith('<svg');
  return JSON.stringify(view, (_key, value: unknown) => (typeof value === 'string' && isPicture(value) ? '' : value));
}
