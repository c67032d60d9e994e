/** Reading a PowerPoint back for tests, with JSZip rather than qbr's own zip code. */
import JSZip from 'jszip';
import { join } from 'node:path';
import { reviewAccount } from '../../src/analyse/review.ts';
import { quarterUnderReview } from '../../src/analyse/review-quarter.ts';
import { configSchema, type Audience, type Config } from '../../src/config/config-schema.ts';
import { renderDeck } from '../../src/deck.ts';
import { deckLanguage } from '../../src/i18n/languages.ts';
import { accountLogo } from '../../src/render/logo.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { ROOT } from '../helpers.ts';

export interface Package {
  zip: JSZip;
  names: string[];
  text: (name: string) => Promise<string>;
  /** Slide parts in slide order. */
  slides: string[];
}

export async function openPackage(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const slides = names
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  return { zip, names, slides, text: (name) => zip.file(name)!.async('string') };
}

/** The words of a slide part, each text run's text joined by spaces. */
export const wordsOf = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) =>
      m[1]!
        .replaceAll('&amp;', '&')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&apos;', "'"),
    )
    .join(' ');

export const defaultConfig = (overrides: object = {}): Config => ({ ...configSchema.parse(overrides), baseDir: ROOT });

/** The PowerPoint of an account (a sample id or a path), built as the CLI builds it (in its language), without a browser. */
export async function pptxOf(
  account: string,
  audience: Audience = 'customer',
  config: Config = defaultConfig(),
): Promise<Uint8Array> {
  const file = account.endsWith('.yaml') ? account : join(ROOT, 'data', `${account}.yaml`);
  const { account: data, source } = await loadAccount(file);
  const reviewed = reviewAccount(
    data,
    quarterUnderReview(data, undefined, config.fiscal_year),
    config.thresholds,
    deckLanguage(data, config),
    config.fiscal_year,
  );
  const logos = { customer: await accountLogo(data.logo, source), company: '' };
  const deck = await renderDeck(reviewed, { config, logos, audience, printer: null, html: false, pptx: true });
  return deck.pptx!;
}

/**
 * Why `xml` is not well-formed, if it is not: tags that do not nest, a `<` or `&` left
 * unescaped in text or in an attribute. Enough to catch data written into XML unescaped.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const entity = /^&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/;
  const checkAmpersands = (text: string, where: string) => {
    for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
      if (!entity.test(text.slice(at)))
        problems.push(`unescaped & in ${where}: ${text.slice(Math.max(0, at - 20), at + 20)}`);
    }
  };
  const token =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|</g;
  for (const m of xml.matchAll(token)) {
    const [whole, closing, name, attributes, selfClosing, text] = m;
    if (text !== undefined) checkAmpersands(text, 'text');
    else if (name === undefined) {
      if (!whole.startsWith('<?') && !whole.startsWith('<!'))
        problems.push(`stray < at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
    } else if (closing) {
      if (open.pop() !== name) problems.push(`</${name}> closes nothing open`);
    } else {
      checkAmpersands(attributes ?? '', `<${name}>`);
      if (!selfClosing) open.push(name);
    }
  }
  return [...problems, ...open.map((name) => `<${name}> never closed`)];
}
