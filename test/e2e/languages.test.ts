/**
 * The acme deck in German, French, Spanish and Japanese, read back from the PDF and the
 * PowerPoint: no English word of ours is left, and the document says which language it is in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { englishMessages } from '../../src/i18n/catalogues/en.ts';
import { ROOT } from '../helpers.ts';
import { pdfInfo, pdfText } from './pdf-tools.ts';
import { qbr, scratch } from './render.ts';

const out = scratch();
const acmeSource = readFileSync(join(ROOT, 'data', 'acme.yaml'), 'utf8');

/**
 * Two runs, the account's locale line taken out of each copy (so numbers and dates follow the
 * language's usual locale): German from the config file; then, under a config that says French,
 * a copy that says nothing (French, from the config), one that says Spanish and one that says
 * Japanese (an account's language wins). Each copy has an id of its own, as files of one run must.
 */
const RUNS = [
  { folder: 'de', config: 'language: de\n', accounts: [{ language: 'de', id: 'acme', says: '' }] },
  {
    folder: 'fr-es-ja',
    config: 'language: fr\n',
    accounts: [
      { language: 'fr', id: 'acme-fr', says: '' },
      { language: 'es', id: 'acme-es', says: 'language: es\n' },
      { language: 'ja', id: 'acme-ja', says: 'language: ja\n' },
    ],
  },
];
const LANGUAGES = RUNS.flatMap((run) => run.accounts.map((account) => account.language));
const runOf = (language: string) => RUNS.find((run) => run.accounts.some((a) => a.language === language))!;
const deck = (language: string, ext: string) => {
  const run = runOf(language);
  const { id } = run.accounts.find((a) => a.language === language)!;
  return join(out, run.folder, '2026-Q4', 'team', `${id}-qbr-2026-Q4-internal.${ext}`);
};

beforeAll(async () => {
  for (const { folder, config, accounts } of RUNS) {
    const dir = scratch();
    writeFileSync(join(dir, 'qbr.config.yaml'), config);
    for (const { id, says } of accounts)
      writeFileSync(
        join(dir, `${id}.yaml`),
        acmeSource.replace(/^id: acme$/m, `id: ${id}`).replace(/^locale: .*\n/m, says),
      );
    const run = await qbr([
      ...accounts.map(({ id }) => join(dir, `${id}.yaml`)),
      '--config',
      join(dir, 'qbr.config.yaml'),
      '--out',
      join(out, folder),
      '--audience',
      'internal',
      '--format',
      'pdf,html,pptx',
    ]);
    expect(run.status, run.stderr).toBe(0);
  }
});

/** The words of every English message, without its placeholders and plural or select syntax. */
function englishWords(): Set<string> {
  const words = new Set<string>();
  const walk = (elements: Array<{ type: number; value?: unknown; options?: Record<string, { value: never[] }> }>) => {
    for (const element of elements) {
      // 0 is literal text; plural and select options hold more elements.
      // An apostrophe keeps a word whole ("customer’s"), so its clitic "s" is not taken for a word of its own,
      // which would flag French elisions (s’espacent, s’est).
      if (element.type === 0)
        for (const word of String(element.value).match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []) words.add(word.toLowerCase());
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  for (const message of Object.values(englishMessages))
    walk(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst() as never);
  return words;
}

/** The words the account file itself puts on the deck (names, promises, highlights, ...), not its enum values. */
function dataWords(): Set<string> {
  const words = new Set<string>();
  const ENUMS = new Set(['unit', 'direction', 'type', 'owner', 'status', 'severity', 'id', 'currency', 'locale']);
  const walk = (value: unknown, path: string[]): void => {
    const key = path.at(-1) ?? '';
    if (typeof value === 'string') {
      if (ENUMS.has(key) || (path[0] === 'stakeholders' && key === 'role')) return;
      for (const word of value.match(/\p{L}+/gu) ?? []) words.add(word.toLowerCase());
    } else if (Array.isArray(value)) for (const [i, item] of value.entries()) walk(item, [...path, String(i)]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(parse(acmeSource), []);
  return words;
}

/** Abbreviations and units that every language writes alike. */
const EVERYWHERE = ['qbr', 'sla', 'csat', 'kpi', 'h', 'min', 'q', 'x'];
/**
 * Words spelled alike in English and that language (German "was", "an"; French "questions",
 * "action" as in "une action convenue", and "sponsor" and "finance" as French business speaks), loanwords the language's business
 * readers use as they are (German "Health Score", as customer success teams say it), and "US"
 * of the dollar as fr-FR and es-ES write it ($US, US$).
 */
const SAME_WORD: Record<string, string[]> = {
  de: ['agenda', 'status', 'signal', 'service', 'was', 'an', 'trend', 'health'],
  fr: ['satisfaction', 'action', 'actions', 'service', 'questions', 'points', 'us', 'sponsor', 'finance'],
  es: ['no', 'us'],
  ja: [],
};

/** The English words of ours in `text`: not the account's own, nor those the language spells alike. */
function englishLeft(text: string, language: string): string[] {
  const allowed = new Set([...EVERYWHERE, ...SAME_WORD[language]!, ...dataWords()]);
  return [...englishWords()].filter(
    (word) => !allowed.has(word) && new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(text),
  );
}

/** Every text of a PowerPoint: slides, layouts (footer, band), speaker notes, charts' series and categories, alternative texts. */
async function pptxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = Object.keys(zip.files).filter((n) =>
    /^ppt\/(slides|slideLayouts|notesSlides|charts)\/[^/]+\.xml$/.test(n),
  );
  const xml = await Promise.all(parts.map((n) => zip.file(n)!.async('string')));
  const texts = xml.flatMap((x) =>
    [...x.matchAll(/<(?:a:t|c:v)>([^<]*)</g), ...x.matchAll(/descr="([^"]*)"/g)].map((m) => m[1]!),
  );
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return texts.join('\n').replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);
}

describe.each(LANGUAGES)('the acme deck in %s', (language) => {
  it('has no English word of ours left, in its text or its text alternatives', () => {
    const html = readFileSync(deck(language, 'html'), 'utf8');
    // What a screen reader is given besides the text: slide labels, chart and logo alternatives.
    const attributes = [...html.matchAll(/(?:aria-label|alt)="([^"]*)"/g)].map((m) => m[1]!).join('\n');
    expect(englishLeft(`${pdfText(deck(language, 'pdf'))}\n${attributes}`, language)).toEqual([]);
  });

  it('has no English word of ours left in its PowerPoint: slides, footer and band, notes, charts', async () => {
    const text = await pptxText(deck(language, 'pptx'));
    expect(text).toContain('Acme Manufacturing');
    expect(englishLeft(text, language)).toEqual([]);
  });

  it('says its language in <html lang>', () => {
    expect(readFileSync(deck(language, 'html'), 'utf8')).toMatch(new RegExp(`<html lang="${language}" dir="ltr">`));
  });
});

describe('the success slide in German', () => {
  it('quotes the customer in German marks („…“, not English “…”)', () => {
    expect(pdfText(deck('de', 'pdf'))).toContain('„Fewer unplanned stoppages');
  });
});

describe('the PDF metadata', () => {
  it.each([
    [
      'de',
      'Acme Manufacturing: Quartalsgespräch Q4 2026 (intern)',
      'Quartalsgespräch mit Acme Manufacturing für Q4 2026, Datenstand 31. Dez. 2026',
    ],
    [
      'fr',
      'Acme Manufacturing : revue trimestrielle T4 2026 (interne)',
      'Revue trimestrielle du T4 2026 avec Acme Manufacturing, données au 31 déc. 2026',
    ],
    [
      'es',
      'Acme Manufacturing: revisión trimestral T4 2026 (interna)',
      'Revisión trimestral de Acme Manufacturing del T4 2026, con datos a 31 dic 2026',
    ],
    [
      'ja',
      'Acme Manufacturing様 四半期ビジネスレビュー 2026年第4四半期（社内用）',
      'Acme Manufacturing様 四半期ビジネスレビュー（2026年第4四半期、データ基準日：2026年12月31日）',
    ],
  ])('%s: title and subject in the language', (language, title, subject) => {
    const info = pdfInfo(deck(language, 'pdf'));
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(info.Title!)).toBe(title);
    expect(plain(info.Subject!)).toBe(subject);
  });
});

describe("the portfolio, in the config's language", () => {
  it('de: the page, its PDF title and its page footer in German', () => {
    const folder = join(out, runOf('de').folder, '2026-Q4', 'team');
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('<html lang="de" dir="ltr">');
    expect(pdfInfo(join(folder, 'portfolio.pdf')).Title).toBe('Portfolio Q4 2026');
    const text = pdfText(join(folder, 'portfolio.pdf')).replace(/\s+/g, ' ');
    for (const words of ['Was auf dem Spiel steht', '1 Kunde', 'Seite 1 von 1', 'Portfolio · Q4 2026'])
      expect(text).toContain(words);
  });

  it('a Japanese account under a French config: the portfolio is French', () => {
    const folder = join(out, runOf('ja').folder, '2026-Q4', 'team');
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('<html lang="fr" dir="ltr">');
    expect(pdfInfo(join(folder, 'portfolio.pdf')).Title).toBe('Portefeuille, T4\u00a02026');
    expect(pdfText(join(folder, 'portfolio.pdf')).replace(/\s+/g, ' ')).toContain('Page 1 sur 1');
  });
});
