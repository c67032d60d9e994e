/**
 * The portfolio page's view model, from the quarter's manifest: a row per account, worst
 * health first (failed ones before, not started ones after), and what is at stake, per
 * currency, for everyone and for each owner. Every string formatted here; the template only places them.
 */
import { isFiscal, quarterEnd, quarterOfDate, type FiscalYear } from '../analyse/fiscal-year.ts';
import { addQuarters } from '../analyse/quarter.ts';
import { createFormatter, quarterLabel } from '../format.ts';
import { SIGNAL_TITLES } from '../render/internal-slides.ts';
import type { Manifest, ManifestEntry } from './manifest.ts';
import { PORTFOLIO_LOCALE, PORTFOLIO_WORDS as W } from './portfolio-words.ts';

/** The order links are shown in, the customer's deck first; the first pattern that matches names a file. */
const LINKS: Array<[RegExp, string]> = [
  [/-internal\.pdf$/, W.links.internalPdf],
  [/-internal\.html$/, W.links.internalHtml],
  [/\.pdf$/, W.links.pdf],
  [/\.html$/, W.links.html],
  [/\.json$/, W.links.json],
];
const LINK_ORDER = [W.links.pdf, W.links.html, W.links.json, W.links.internalPdf, W.links.internalHtml];

/** The renewals that count as coming: after the quarter's end, up to the end of the second quarter after it. */
export interface RenewalWindow {
  after: string;
  until: string;
}

const renewsSoon = (renewal: string | null, window: RenewalWindow) => renewal !== null && renewal > window.after && renewal <= window.until;

const money = (amount: number, currency: string) => createFormatter(PORTFOLIO_LOCALE, currency).money(amount);
const f = createFormatter(PORTFOLIO_LOCALE);

function statusOrder(entry: ManifestEntry): number {
  return entry.status === 'failed' ? 0 : entry.status === 'not_started' ? 2 : 1;
}

function healthCells(entry: ManifestEntry) {
  const { health, health_previous: before } = entry;
  const band = health === null ? 'none' : health >= 70 ? 'good' : health >= 50 ? 'fair' : 'poor';
  const delta = health === null || before === null ? null : health - before;
  const change = delta === null ? W.missing : delta > 0 ? W.up(String(delta)) : delta < 0 ? W.down(String(-delta)) : W.noChange;
  const trend = delta === null ? 'none' : delta > 0 ? 'good' : delta < 0 ? 'bad' : 'flat';
  return { health: health ?? W.missing, healthSort: health ?? '', healthBand: band, change, changeSort: delta ?? '', changeTrend: trend };
}

function renewalCells(entry: ManifestEntry, window: RenewalWindow) {
  const renewal = entry.contract?.renewal ?? null;
  if (renewal === null) return { renewal: W.missing, renewalSort: '', renewalNote: '' };
  const soon = renewsSoon(renewal, window);
  return { renewal: f.date(renewal), renewalSort: renewal, renewalNote: soon ? W.renewsSoon : renewal <= window.after ? W.renewalPassed : '', renewsSoon: soon };
}

function statusCells(entry: ManifestEntry, fiscalYear: FiscalYear) {
  if (entry.status === 'failed') return { failed: true, errorCode: entry.error_code ?? '', errorLines: (entry.error ?? '').split('\n') };
  if (entry.status === 'not_started' && entry.contract) {
    const starts = quarterLabel(quarterOfDate(entry.contract.start, fiscalYear), isFiscal(fiscalYear));
    return { notStarted: W.notStarted(f.date(entry.contract.start), starts) };
  }
  return {};
}

function figureCells(entry: ManifestEntry) {
  const fc = createFormatter(PORTFOLIO_LOCALE, entry.value?.currency ?? 'USD');
  const onTrack = entry.promises ? entry.promises.met + entry.promises.on_track : 0;
  const reviewed = entry.status === 'rendered' || entry.status === 'unchanged';
  return {
    promises: entry.promises ? W.ofTotal(onTrack, entry.promises.total) : W.missing,
    promisesSort: entry.promises?.total ? onTrack / entry.promises.total : '',
    roi: entry.value ? W.times(fc.number(entry.value.roi, 2)) : W.missing,
    roiSort: entry.value?.roi ?? '',
    value: entry.value ? W.valueFor(fc.money(entry.value.delivered), fc.money(entry.value.invested)) : '',
    adoption: entry.adoption_rate === null ? W.missing : fc.percent(entry.adoption_rate),
    adoptionSort: entry.adoption_rate ?? '',
    signalCount: reviewed ? entry.signals.length : '',
    noSignals: reviewed ? W.none : W.missing,
    signals: entry.signals.map((s) => ({ title: SIGNAL_TITLES[s.id], detail: s.detail })),
  };
}

function row(entry: ManifestEntry, ownerKey: string, window: RenewalWindow, fiscalYear: FiscalYear) {
  const contract = entry.contract;
  const links = entry.outputs
    .flatMap((file) => {
      const label = LINKS.find(([pattern]) => pattern.test(file))?.[1];
      return label ? [{ href: file, label }] : [];
    })
    .sort((a, b) => LINK_ORDER.indexOf(a.label) - LINK_ORDER.indexOf(b.label));
  return {
    account: entry.account,
    name: entry.name,
    /** An account that could not be read is named by its id already. */
    showId: entry.name !== entry.account,
    ownerKey,
    owner: entry.owner ?? W.missing,
    ownerSort: entry.owner ?? '',
    contractValue: contract ? money(contract.annual_value, contract.currency) : W.missing,
    contractSort: contract?.annual_value ?? '',
    ...renewalCells(entry, window),
    ...healthCells(entry),
    ...figureCells(entry),
    ...statusCells(entry, fiscalYear),
    links,
  };
}

/** Per currency, in code order: contract value, value of accounts below health 50, value renewing soon. */
function totals(entries: ManifestEntry[], window: RenewalWindow) {
  const byCurrency = new Map<string, { accounts: number; contract: number; belowFifty: number; renewing: number }>();
  for (const e of entries) {
    if (!e.contract) continue;
    const t = byCurrency.get(e.contract.currency) ?? { accounts: 0, contract: 0, belowFifty: 0, renewing: 0 };
    t.accounts++;
    t.contract += e.contract.annual_value;
    if (e.health !== null && e.health < 50) t.belowFifty += e.contract.annual_value;
    if (renewsSoon(e.contract.renewal, window)) t.renewing += e.contract.annual_value;
    byCurrency.set(e.contract.currency, t);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, t]) => ({ currency, accounts: W.accounts(t.accounts), contract: money(t.contract, currency), belowFifty: money(t.belowFifty, currency), renewing: money(t.renewing, currency) }));
}

export function portfolioView(manifest: Manifest) {
  const { quarter, fiscal_year: fiscalYear } = manifest;
  const fiscal = isFiscal(fiscalYear);
  const label = (q: string) => quarterLabel(q, fiscal);
  const asOf = quarterEnd(quarter, fiscalYear);
  const window: RenewalWindow = { after: asOf, until: quarterEnd(addQuarters(quarter, 2), fiscalYear) };
  const entries = manifest.accounts.toSorted((a, b) => statusOrder(a) - statusOrder(b) || (a.health ?? 0) - (b.health ?? 0) || a.name.localeCompare(b.name, PORTFOLIO_LOCALE));
  const ownerNames = [...new Set(entries.flatMap((e) => (e.owner === null ? [] : [e.owner])))].sort((a, b) => a.localeCompare(b, PORTFOLIO_LOCALE));
  const keyOf = (e: ManifestEntry) => (e.owner === null ? 'none' : String(ownerNames.indexOf(e.owner)));
  const owners = [
    ...ownerNames.map((name, i) => ({ key: String(i), name, entries: entries.filter((e) => e.owner === name) })),
    ...(entries.some((e) => e.owner === null) ? [{ key: 'none', name: W.noOwner, entries: entries.filter((e) => e.owner === null) }] : []),
  ];
  const count = (status: string) => entries.filter((e) => e.status === status).length;
  const lede = [
    W.accounts(entries.length),
    W.belowFifty(entries.filter((e) => e.health !== null && e.health < 50).length),
    W.signalsRaised(entries.reduce((n, e) => n + e.signals.length, 0)),
    ...(count('failed') ? [W.failedCount(count('failed'))] : []),
    ...(count('not_started') ? [W.notStartedCount(count('not_started'))] : []),
    W.asOf(f.date(asOf)),
  ].join(' · ');
  return {
    words: W,
    kicker: W.kicker(label(quarter)),
    footer: W.footer(label(quarter)),
    title: W.title(label(quarter)),
    lede,
    renewingHeading: W.renewingSoon(label(addQuarters(quarter, 1)), label(addQuarters(quarter, 2)), f.date(window.until)),
    changeHeading: W.columns.change(label(addQuarters(quarter, -1))),
    totals: [{ key: 'all', hidden: false, rows: totals(entries, window) }, ...owners.map((o) => ({ key: o.key, hidden: true, rows: totals(o.entries, window) }))],
    owners: [{ key: 'all', name: W.allOwners, showing: W.showing(entries.length, entries.length) }, ...owners.map((o) => ({ key: o.key, name: o.name, showing: W.showing(o.entries.length, entries.length) }))],
    rows: entries.map((e) => row(e, keyOf(e), window, fiscalYear)),
  };
}

export type PortfolioView = ReturnType<typeof portfolioView>;
