/** `out/<quarter>/index.html`: every account of a quarter on one sortable page, linking to its decks. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { createFormatter } from '../format.ts';
import { fontFaceCss } from '../fonts/font-faces.ts';
import { SIGNAL_TITLES } from '../render/internal-slides.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import type { Manifest, ManifestEntry } from './manifest.ts';

export const PORTFOLIO_FILE = 'index.html';

let template: Handlebars.TemplateDelegate | null = null;

/** Each output's link text; the first pattern that matches names it. */
const LINK_LABELS: Array<[RegExp, string]> = [
  [/-internal\.pdf$/, 'Internal PDF'],
  [/-internal\.html$/, 'Internal HTML'],
  [/\.pdf$/, 'PDF'],
  [/\.html$/, 'HTML'],
  [/\.json$/, 'JSON'],
];
/** The order links are shown in: the customer's deck first. */
const LINK_ORDER = ['PDF', 'HTML', 'JSON', 'Internal PDF', 'Internal HTML'];

function row(entry: ManifestEntry) {
  const f = createFormatter('en-US', entry.value?.currency ?? 'USD');
  const onTrack = entry.promises ? entry.promises.met + entry.promises.on_track : 0;
  const health = entry.health;
  return {
    account: entry.account,
    name: entry.name,
    failed: entry.status === 'failed',
    error: entry.error ?? '',
    health: health ?? '–',
    healthSort: health ?? -1,
    healthBand: health === null ? 'none' : health >= 70 ? 'good' : health >= 50 ? 'fair' : 'poor',
    promises: entry.promises ? `${onTrack} of ${entry.promises.total}` : '–',
    promisesSort: entry.promises?.total ? onTrack / entry.promises.total : -1,
    roi: entry.value ? `${f.number(entry.value.roi, 2)}×` : '–',
    roiSort: entry.value?.roi ?? -1,
    value: entry.value ? `${f.money(entry.value.delivered)} for ${f.money(entry.value.invested)}` : '',
    adoption: entry.adoption_rate === null ? '–' : f.percent(entry.adoption_rate),
    adoptionSort: entry.adoption_rate ?? -1,
    signalCount: entry.signals.length,
    signals: entry.signals.map((s) => ({ title: SIGNAL_TITLES[s.id], detail: s.detail })),
    links: entry.outputs
      .flatMap((file) => {
        const label = LINK_LABELS.find(([pattern]) => pattern.test(file))?.[1];
        return label ? [{ href: file, label }] : [];
      })
      .sort((a, b) => LINK_ORDER.indexOf(a.label) - LINK_ORDER.indexOf(b.label)),
  };
}

/** The page, worst health first, so the accounts that need attention lead. */
export function renderPortfolio(manifest: Manifest): string {
  template ??= Handlebars.create().compile(readFileSync(join(TEMPLATES_DIR, 'portfolio.hbs'), 'utf8'));
  const rows = manifest.accounts.map(row).sort((a, b) => a.healthSort - b.healthSort || a.name.localeCompare(b.name));
  const view = {
    quarter: manifest.quarter,
    rows,
    accountCount: rows.length,
    atRisk: manifest.accounts.filter((e) => e.health !== null && e.health < 50).length,
    signalCount: manifest.accounts.reduce((n, e) => n + e.signals.length, 0),
    css: readFileSync(join(TEMPLATES_DIR, 'portfolio.css'), 'utf8'),
  };
  return template({ ...view, fontCss: fontFaceCss(JSON.stringify(view) + 'PortfolioAccountHealthPromisesValueAdoptionSignalsDecks↑↓·–×') });
}
