/**
 * The portfolio page's view model, from the quarter's manifest: a row per account, worst
 * health first (failed ones before, not started ones after), and what is at stake, per
 * currency, for everyone and for each owner. The page is the sales manager's: its words are in
 * the config's language, its numbers and dates in that language's locale, each amount in its
 * own currency. Every string formatted here; the template only places them.
 */
import { type Config, DEFAULT_COLORS } from '../config/config-schema.ts';
import { isFiscal, quarterEnd, quarterOfDate, type FiscalYear } from '../calendar/fiscal-year.ts';
import { addQuarters } from '../calendar/quarter.ts';
import { createFormatter, type Formatter } from '../format.ts';
import { asWritten } from '../i18n/bidi-isolate.ts';
import { deckLocale, textDirection, type Language } from '../i18n/languages.ts';
import { wordsOf } from '../i18n/translator.ts';
import { healthSparkline } from './health-sparkline.ts';
import type { Manifest, ManifestEntry } from './manifest.ts';
import { portfolioColumns } from './portfolio-columns.ts';
import { portfolioMovers, type Mover } from './portfolio-movers.ts';
import { linkFromTeam } from './output-names.ts';

/** A cell without a value: a dash in every language. */
const MISSING = '–';

/** The links' kinds, in the order shown (the customer's deck first); the first pattern that matches names a file. */
const LINKS = [
  ['internalPdf', /-internal\.pdf$/],
  ['internalHtml', /-internal\.html$/],
  ['pdf', /\.pdf$/],
  ['html', /\.html$/],
  ['json', /\.json$/],
] as const;
const LINK_ORDER = ['pdf', 'html', 'json', 'internalPdf', 'internalHtml'] as const;

const PAGE_WORDS = [
  'portfolio.heading',
  'portfolio.stakes',
  'portfolio.currency',
  'portfolio.contractValue',
  'portfolio.valueBelowFifty',
  'portfolio.noTotals',
  'portfolio.accountsHeading',
  'portfolio.ownerFilter',
  'portfolio.sortHint',
  'portfolio.worstFirst',
] as const;

/** Our brand's colours, the config's `company.colors`: the page's headings and accents, as the deck's. */
export type PortfolioColors = Config['company']['colors'];

/** The renewals that count as coming: after the quarter's end, up to the end of the second quarter after it. */
export interface RenewalWindow {
  after: string;
  until: string;
}

const renewsSoon = (renewal: string | null, window: RenewalWindow) =>
  renewal !== null && renewal > window.after && renewal <= window.until;

/** How the page writes: the language's words, its default locale, quarters fiscal when the year is. */
export function portfolioFormatter(manifest: Pick<Manifest, 'fiscal_year'>, language: Language): Formatter {
  return createFormatter(deckLocale({}, language), 'USD', language, isFiscal(manifest.fiscal_year));
}

/** The page's formatter, writing money in `currency` (the quarters it writes are not needed from it). */
const inCurrency = (f: Formatter, currency: string) => createFormatter(f.locale, currency, f.language);

function statusOrder(entry: ManifestEntry): number {
  return entry.status === 'failed' ? 0 : entry.status === 'not_started' ? 2 : 1;
}

function healthCells(entry: ManifestEntry, { t }: Formatter) {
  const { health, health_previous: before } = entry;
  const band = health === null ? 'none' : health >= 70 ? 'good' : health >= 50 ? 'fair' : 'poor';
  const delta = health === null || before === null ? null : health - before;
  const change =
    delta === null
      ? MISSING
      : delta > 0
        ? t('portfolio.up', { delta })
        : delta < 0
          ? t('portfolio.down', { delta: -delta })
          : t('portfolio.noChange');
  const trend = delta === null ? 'none' : delta > 0 ? 'good' : delta < 0 ? 'bad' : 'flat';
  return {
    health: health ?? MISSING,
    healthSort: health ?? '',
    healthBand: band,
    change,
    changeSort: delta ?? '',
    changeTrend: trend,
  };
}

/** The last eight quarters' health as a small chart, its text alternative in the page's words (oldest first). */
function trendCell(entry: ManifestEntry, f: Formatter) {
  const history = entry.health_history;
  const alt = f.t('portfolio.healthHistory', {
    points: f.list(
      history.map((p) => f.t('portfolio.healthPoint', { quarter: f.quarter(p.quarter), health: p.health })),
    ),
  });
  return {
    sparkline: history.length
      ? healthSparkline(
          history.map((p) => p.health),
          alt,
          textDirection(f.language),
        )
      : '',
  };
}

/** A mover as the page lists it: its name and why, in a sentence per reason. */
function moverView({ entry, drop, raised }: Mover, f: Formatter) {
  const reasons = [
    ...(drop === null
      ? []
      : [f.t('portfolio.healthFell', { delta: drop, before: entry.health_previous ?? 0, after: entry.health ?? 0 })]),
    ...(raised.length
      ? [f.t('portfolio.newlyRaised', { signals: f.list(raised.map((id) => f.t(`signalTitle.${id}`))) })]
      : []),
  ];
  return { name: asWritten(entry.name, textDirection(f.language)), reasons };
}

function renewalCells(entry: ManifestEntry, window: RenewalWindow, f: Formatter) {
  const renewal = entry.contract?.renewal ?? null;
  if (renewal === null) return { renewal: MISSING, renewalSort: '', renewalNote: '' };
  const soon = renewsSoon(renewal, window);
  const note = soon ? f.t('portfolio.renewsSoon') : renewal <= window.after ? f.t('portfolio.renewalPassed') : '';
  return { renewal: f.date(renewal), renewalSort: renewal, renewalNote: note, renewsSoon: soon };
}

function statusCells(entry: ManifestEntry, fiscalYear: FiscalYear, f: Formatter) {
  if (entry.status === 'failed') {
    const code = entry.error_code ?? '';
    return {
      failed: code ? f.t('portfolio.failedWithCode', { code }) : f.t('portfolio.failed'),
      errorLines: (entry.error ?? '').split('\n'),
    };
  }
  if (entry.status === 'not_started' && entry.contract) {
    const { start } = entry.contract;
    return {
      notStarted: f.t('portfolio.notStarted', {
        date: f.date(start),
        quarter: f.quarter(quarterOfDate(start, fiscalYear)),
      }),
    };
  }
  return {};
}

function figureCells(entry: ManifestEntry, f: Formatter) {
  const fc = inCurrency(f, entry.value?.currency ?? 'USD');
  const onTrack = entry.promises ? entry.promises.met + entry.promises.on_track : 0;
  const reviewed = entry.status === 'rendered' || entry.status === 'unchanged';
  return {
    promises: entry.promises
      ? f.t('portfolio.promisesValue', { count: onTrack, total: entry.promises.total })
      : MISSING,
    promisesSort: entry.promises?.total ? onTrack / entry.promises.total : '',
    roi: entry.value ? f.t('number.times', { value: fc.number(entry.value.roi, 2) }) : MISSING,
    roiSort: entry.value?.roi ?? '',
    value: entry.value
      ? f.t('portfolio.valueFor', {
          delivered: fc.moneyFull(entry.value.delivered),
          invested: fc.moneyFull(entry.value.invested),
        })
      : '',
    adoption: entry.adoption_rate === null ? MISSING : fc.percent(entry.adoption_rate),
    adoptionSort: entry.adoption_rate ?? '',
    signalCount: reviewed ? entry.signals.length : '',
    noSignals: reviewed ? f.t('portfolio.none') : MISSING,
    signals: entry.signals.map((s) => ({ title: f.t(`signalTitle.${s.id}`), detail: s.detail })),
  };
}

function links(entry: ManifestEntry, f: Formatter) {
  return entry.outputs
    .flatMap((href) => {
      const kind = LINKS.find(([, pattern]) => pattern.test(href))?.[0];
      return kind ? [{ href, kind }] : [];
    })
    .sort((a, b) => LINK_ORDER.indexOf(a.kind) - LINK_ORDER.indexOf(b.kind))
    .map(({ href, kind }) => ({ href: linkFromTeam(href), label: f.t(`portfolio.link.${kind}`) }));
}

function row(entry: ManifestEntry, ownerKey: string, window: RenewalWindow, fiscalYear: FiscalYear, f: Formatter) {
  const contract = entry.contract;
  return {
    account: entry.account,
    name: asWritten(entry.name, textDirection(f.language)),
    /** An account that could not be read is named by its id already. */
    showId: entry.name !== entry.account,
    ownerKey,
    owner: entry.owner ?? MISSING,
    ownerSort: entry.owner ?? '',
    // Every amount written out in full: "€17.2M" above "€3,680,000" in one column reads as two scales.
    contractValue: contract ? inCurrency(f, contract.currency).moneyFull(contract.annual_value) : MISSING,
    contractSort: contract?.annual_value ?? '',
    contractCurrency: contract?.currency ?? '',
    ...renewalCells(entry, window, f),
    ...healthCells(entry, f),
    ...figureCells(entry, f),
    ...trendCell(entry, f),
    ...statusCells(entry, fiscalYear, f),
    links: links(entry, f),
  };
}

/** Per currency, in code order: contract value, value of accounts below health 50, value renewing soon. */
function totals(entries: ManifestEntry[], window: RenewalWindow, f: Formatter) {
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
    .map(([currency, t]) => {
      const money = inCurrency(f, currency).moneyFull;
      return {
        currency,
        accounts: f.t('portfolio.accounts', { count: t.accounts }),
        contract: money(t.contract),
        belowFifty: money(t.belowFifty),
        renewing: money(t.renewing),
      };
    });
}

/** The line under the heading: how many accounts, how many in trouble, as of when. */
function lede(entries: ManifestEntry[], asOf: string, { t, date }: Formatter): string {
  const count = (status: string) => entries.filter((e) => e.status === status).length;
  return [
    t('portfolio.accounts', { count: entries.length }),
    t('portfolio.belowFifty', { count: entries.filter((e) => e.health !== null && e.health < 50).length }),
    t('portfolio.signalsRaised', { count: entries.reduce((n, e) => n + e.signals.length, 0) }),
    ...(count('failed') ? [t('portfolio.failedCount', { count: count('failed') })] : []),
    ...(count('not_started') ? [t('portfolio.notStartedCount', { count: count('not_started') })] : []),
    t('portfolio.asOf', { date: date(asOf) }),
  ].join(' · ');
}

/** The page's view in `language` (the config's), coloured by `colors` (the config's `company.colors`). */
export function portfolioView(manifest: Manifest, language: Language, colors: PortfolioColors = DEFAULT_COLORS) {
  const { quarter, fiscal_year: fiscalYear } = manifest;
  const f = portfolioFormatter(manifest, language);
  const { t } = f;
  const asOf = quarterEnd(quarter, fiscalYear);
  const window: RenewalWindow = { after: asOf, until: quarterEnd(addQuarters(quarter, 2), fiscalYear) };
  const byName = (a: string, b: string) => a.localeCompare(b, f.locale);
  const entries = manifest.accounts.toSorted(
    (a, b) => statusOrder(a) - statusOrder(b) || (a.health ?? 0) - (b.health ?? 0) || byName(a.name, b.name),
  );
  const ownerNames = [...new Set(entries.flatMap((e) => (e.owner === null ? [] : [e.owner])))].sort(byName);
  const keyOf = (e: ManifestEntry) => (e.owner === null ? 'none' : String(ownerNames.indexOf(e.owner)));
  const owners = [
    ...ownerNames.map((name, i) => ({ key: String(i), name, entries: entries.filter((e) => e.owner === name) })),
    ...(entries.some((e) => e.owner === null)
      ? [{ key: 'none', name: t('portfolio.noOwner'), entries: entries.filter((e) => e.owner === null) }]
      : []),
  ];
  const showing = (shown: number) => t('portfolio.showing', { shown, total: entries.length });
  return {
    lang: language,
    dir: textDirection(language),
    colors: { primary: colors.primary, accent: colors.accent },
    words: wordsOf(t, PAGE_WORDS),
    kicker: t('portfolio.kicker', { quarter: f.quarter(quarter) }),
    footer: {
      left: t('portfolio.footer', { quarter: f.quarter(quarter) }),
      right: t('portfolio.pageOf', { page: '{page}', pages: '{pages}' }),
    },
    title: t('portfolio.title', { quarter: f.quarter(quarter) }),
    lede: lede(entries, asOf, f),
    renewingHeading: t('portfolio.renewing', {
      first: f.quarter(addQuarters(quarter, 1)),
      last: f.quarter(addQuarters(quarter, 2)),
      until: f.date(window.until),
    }),
    columns: portfolioColumns(t, t('portfolio.column.change', { quarter: f.quarter(addQuarters(quarter, -1)) })),
    totals: [
      { key: 'all', hidden: false, rows: totals(entries, window, f) },
      ...owners.map((o) => ({ key: o.key, hidden: true, rows: totals(o.entries, window, f) })),
    ],
    // Each choice of the owner filter carries its own line of counts, which the script puts under the heading.
    owners: [
      { key: 'all', name: t('portfolio.allOwners'), showing: showing(entries.length), lede: lede(entries, asOf, f) },
      ...owners.map((o) => ({
        key: o.key,
        name: o.name,
        showing: showing(o.entries.length),
        lede: lede(o.entries, asOf, f),
      })),
    ],
    moversHeading: t('portfolio.moversHeading', { quarter: f.quarter(addQuarters(quarter, -1)) }),
    movers: portfolioMovers(entries, byName).map((m) => moverView(m, f)),
    rows: entries.map((e) => row(e, keyOf(e), window, fiscalYear, f)),
  };
}

export type PortfolioView = ReturnType<typeof portfolioView>;
