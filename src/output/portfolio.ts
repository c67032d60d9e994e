/**
 * `out/<quarter>/index.html`: every account of a quarter on one self-contained page, linking
 * to its decks. The table is in its order without script; one small script, allowed by its
 * hash in the page's Content-Security-Policy (default-src 'none'), adds sorting and the owner filter.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { fontFaceCss } from '../fonts/font-faces.ts';
import type { Language } from '../i18n/languages.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { keptTemplate } from '../render/precompiled-templates.ts';
import type { Manifest } from './manifest.ts';
import { keyElement, portfolioKey } from './portfolio-key.ts';
import { portfolioView, type PortfolioColors, type PortfolioView } from './portfolio-view.ts';

interface PortfolioTemplates {
  page: Handlebars.TemplateDelegate;
  css: string;
  script: string;
  /** Every character the template itself prints, for choosing font subsets. */
  text: string;
}

let templates: PortfolioTemplates | null = null;

function loadTemplates(): PortfolioTemplates {
  const read = (file: string) => readFileSync(join(TEMPLATES_DIR, file), 'utf8');
  const page = read('portfolio.hbs');
  return {
    page: keptTemplate(Handlebars.create(), 'portfolio.hbs', page, { strict: false }),
    css: read('portfolio.css'),
    script: read('portfolio.js').trim(),
    text: page,
  };
}

/** `'sha256-…'`: a CSP source that allows exactly this inline element's text. */
export const cspHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page, in `language` (the config's), worst health first, so the accounts that need attention lead. */
export function renderPortfolio(manifest: Manifest, language: Language, colors?: PortfolioColors): string {
  return renderPortfolioView(portfolioView(manifest, language, colors));
}

/** The page of a view already built (portfolioView), as publish builds it to compare keys first. */
export function renderPortfolioView(view: PortfolioView): string {
  templates ??= loadTemplates();
  const fontCss = fontFaceCss(`${templates.text + JSON.stringify(view)}↑↓`);
  // The brand's colours as the deck sets them (hex colours, checked by the config's schema).
  const brand = `:root { --primary: ${view.colors.primary}; --accent: ${view.colors.accent}; }\n`;
  const css = brand + templates.css + pageFooterCss(view.footer, view.dir);
  const { script } = templates;
  const csp = [
    "default-src 'none'",
    `style-src ${cspHash(fontCss)} ${cspHash(css)}`,
    'font-src data:',
    `script-src ${cspHash(script)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return templates.page({
    ...view,
    fontCss,
    css,
    script,
    csp,
    keyElement: new Handlebars.SafeString(keyElement(portfolioKey(view))),
  });
}

/**
 * The printed pages' footer, in CSS page-margin boxes: "Portfolio · Q4 2026" and "Page 3 of 47", `{page}` and `{pages}` the
 * printer's counters; mirrored for a right-to-left page (margin boxes are physical).
 */
function pageFooterCss(footer: PortfolioView['footer'], dir: PortfolioView['dir']): string {
  // Our own words, never data; written as CSS strings that cannot close the style element.
  const text = (s: string) => JSON.stringify(s).replace(/</g, '\\3c ');
  const right = footer.right
    .split(/\{(pages?)\}/)
    .map((part, i) => (i % 2 === 1 ? `counter(${part})` : text(part)))
    .join(' ');
  const [start, end] = dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  return `\n@page { @bottom-${start} { content: ${text(footer.left)}; } @bottom-${end} { content: ${right}; } }\n`;
}
