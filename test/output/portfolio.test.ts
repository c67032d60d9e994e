import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderPortfolio } from '../../src/output/portfolio.ts';
import { cells, entry, manifest, tbody as totalsOf } from './portfolio-manifest.ts';

const page = renderPortfolio(manifest, 'en');
const tbody = (owner: string) => totalsOf(page, owner);
/** The text of each list item, white space made single. */
const cellsOf = (html: string) =>
  [...html.matchAll(/<li>(.*?)<\/li>/gs)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );

describe('the portfolio page', () => {
  it('lists failed accounts first, then worst health first, then accounts not started', () => {
    const rows = [...page.matchAll(/<th scope="row" data-sort="([^"]*)">/g)].map((m) => m[1]);
    expect(rows).toEqual(['F', 'Gamma Ltd', 'XENO', 'YARROW', 'ACME', 'ZINC', 'NORTH']);
  });

  it('totals contract value, value below health 50 and value renewing in the next two quarters, per currency', () => {
    expect(page).toContain('<h2 id="stakes-heading">At stake</h2>');
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain('Renewing in Q1 2027–Q2 2027 (by Jun 30, 2027)');
    expect(cells(tbody('all'))).toEqual([
      'EUR 2 accounts',
      '€230,000',
      '€0',
      '€0', // zinc renewed on the quarter's last day: not coming; north in 2028
      'GBP 1 account',
      '£96,000',
      '£0',
      '£96,000', // gamma failed: no health, so not below 50
      'USD 3 accounts',
      '$400,000',
      '$160,000',
      '$340,000', // 240k + 100k (renewal 2027-06-30 included); 2027-07-01 is not
    ]);
  });

  it("totals each owner's accounts too, for the owner filter", () => {
    expect(cells(tbody('0'))).toEqual(['USD 2 accounts', '$340,000', '$100,000', '$340,000']); // Dana Whitfield
    expect(cells(tbody('1'))).toEqual(['USD 1 account', '$60,000', '$60,000', '$0']); // Sam Okoro
    expect(cells(tbody('none'))).toEqual([
      'EUR 1 account',
      '€180,000',
      '€0',
      '€0',
      'GBP 1 account',
      '£96,000',
      '£0',
      '£96,000',
    ]);
    expect(
      [...page.matchAll(/<option value="([^"]+)" data-showing="([^"]+)" data-lede="[^"]*">([^<]+)<\/option>/g)].map(
        (m) => [m[1], m[3], m[2]],
      ),
    ).toEqual([
      ['all', 'All owners', 'Showing 7 of 7 accounts.'],
      ['0', 'Dana Whitfield', 'Showing 2 of 7 accounts.'],
      ['1', 'Sam Okoro', 'Showing 1 of 7 accounts.'],
      ['2', 'Zoe Ahmed', 'Showing 1 of 7 accounts.'],
      ['none', 'No owner', 'Showing 3 of 7 accounts.'],
    ]);
  });

  it("shows each account's value, renewal, health and its change, owner and status", () => {
    const row = (name: string) =>
      cells(
        page.slice(
          page.indexOf(`data-sort="${name}"`) - 40,
          page.indexOf('</tr>', page.indexOf(`data-sort="${name}"`)),
        ),
      );
    expect(row('ACME').slice(1, 7)).toEqual([
      'Dana Whitfield',
      '$240,000',
      'Jan 1, 2027 renews soon',
      '65',
      '↓ 5',
      '1 of 2',
    ]);
    expect(row('XENO')[5]).toBe('no change');
    expect(row('YARROW')[5]).toBe('–'); // no previous quarter
    expect(row('ZINC').slice(1, 6)).toEqual(['–', '€180,000', 'Dec 31, 2026 date passed', '90', '↑ 5']);
    expect(row('F')[0]).toBe('F f Failed (QBR_INVALID_DATA) data/f.yaml:3:5 name: must not be empty');
    const unread = renderPortfolio({ ...manifest, accounts: [{ ...manifest.accounts[4]!, name: 'f' }] }, 'en');
    expect(cells(unread.slice(unread.indexOf('<th scope="row"')))[0]).toBe(
      'f Failed (QBR_INVALID_DATA) data/f.yaml:3:5 name: must not be empty',
    ); // its name is its id: said once
    expect(row('Gamma Ltd')[0]).toContain('Failed (QBR_BROWSER_FAILED) the deck took more than 60000 ms to print');
    expect(row('NORTH')[0]).toBe('NORTH north Not started: the contract starts Feb 1, 2027 (Q1 2027)');
    expect(page).toContain('Change since Q3 2026');
  });

  it('says how many, with plurals the language gives', () => {
    expect(page).toContain(
      '7 accounts · 2 with health below 50 · 1 signal raised · 2 failed · 1 not started · data as of Dec 31, 2026',
    );
    const one = renderPortfolio({ ...manifest, accounts: [manifest.accounts[0]!] }, 'en');
    expect(one).toContain('1 account · 0 with health below 50 · 1 signal raised · data as of');
  });

  it('runs only its own script and styles: each allowed by its hash, nothing else', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/
      .exec(page)![1]!
      .replaceAll('&#x27;', "'")
      .replaceAll('&#x3D;', '=');
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${styles.map(hash).join(' ')}`);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/ style="/);
  });

  it('puts renewals in fiscal quarters when the year is fiscal', () => {
    // February start, named by the end year: 2027-Q2 is May-Jul 2026; the next two quarters end 2027-01-31.
    const fiscal = renderPortfolio(
      {
        quarter: '2027-Q2',
        fiscal_year: { start_month: 2, named_by: 'end' },
        accounts: [
          entry('in', { quarter: '2027-Q2', annual: 10, renewal: '2027-01-31' }),
          entry('out', { quarter: '2027-Q2', annual: 1, renewal: '2027-02-01' }),
        ],
      },
      'en',
    );
    expect(fiscal).toContain('Renewing in Q3 FY2027–Q4 FY2027 (by Jan 31, 2027)');
    expect(cells(fiscal.slice(fiscal.indexOf('<tbody data-owner="all"'), fiscal.indexOf('</tbody>')))).toEqual([
      'USD 2 accounts',
      '$11',
      '$0',
      '$10',
    ]);
    expect(fiscal).toContain('Quarterly business reviews · Q2 FY2027');
    expect(fiscal).toContain('data as of Jul 31, 2026');
  });

  it("charts each account's last quarters with a text alternative, and lists above the table the accounts that moved most", () => {
    const history = [
      { quarter: '2026-Q2', health: 72 },
      { quarter: '2026-Q3', health: 70 },
      { quarter: '2026-Q4', health: 55 },
    ];
    const fallen = entry('acme', {
      name: 'Acme & Co',
      health: 55,
      health_previous: 70,
      health_history: history,
      signals_raised: ['low_adoption'],
    });
    const moved = renderPortfolio({ ...manifest, accounts: [fallen, ...manifest.accounts.slice(1)] }, 'en');
    expect(moved).toContain('role="img" aria-label="Health by quarter: Q2 2026: 72, Q3 2026: 70, and Q4 2026: 55"');
    const movers = moved.slice(
      moved.indexOf('<section class="movers"'),
      moved.indexOf('</section>', moved.indexOf('<section class="movers"')),
    );
    expect(movers).toContain('<h2 id="movers-heading">Moved most since Q3 2026</h2>');
    expect(cellsOf(movers)).toEqual(['Acme &amp; Co health fell 15 points, from 70 to 55 newly raised: Low adoption']);
    expect(moved.indexOf('<section class="movers"')).toBeLessThan(moved.indexOf('<table id="portfolio">'));
    expect(page).not.toContain('<section class="movers"'); // acme fell 5, none raised: nobody moved enough
  });
});

describe('the portfolio table, column by column', () => {
  /** Each column heading with the lines it carries for its two orders ([] for a column that does not sort). */
  const sorts = (html: string) =>
    [...html.matchAll(/<th scope="col"([^>]*)>([^<]*)<\/th>/g)]
      .filter((m) => !m[1]!.includes('data-owner'))
      .map((m) => [m[2], ...[...m[1]!.matchAll(/data-(?:ascending|descending)="([^"]*)"/g)].map((a) => a[1])]);

  it('carries, for each sortable column, what the line above the table says once sorted by it', () => {
    expect(sorts(page.slice(page.indexOf('<table id="portfolio">')))).toEqual([
      ['Account', 'Sorted by “Account”, A to Z.', 'Sorted by “Account”, Z to A.'],
      ['Owner', 'Sorted by “Owner”, A to Z.', 'Sorted by “Owner”, Z to A.'],
      [
        'Annual value',
        'By currency, then by “Annual value”, lowest first: amounts in different currencies are not compared.',
        'By currency, then by “Annual value”, highest first: amounts in different currencies are not compared.',
      ],
      ['Renewal', 'Sorted by “Renewal”, earliest first.', 'Sorted by “Renewal”, latest first.'],
      ['Health', 'Sorted by “Health”, lowest first.', 'Sorted by “Health”, highest first.'],
      [
        'Change since Q3 2026',
        'Sorted by “Change since Q3 2026”, lowest first.',
        'Sorted by “Change since Q3 2026”, highest first.',
      ],
      [
        'Promises met or on track',
        'Sorted by “Promises met or on track”, lowest first.',
        'Sorted by “Promises met or on track”, highest first.',
      ],
      [
        'Value against price',
        'Sorted by “Value against price”, lowest first.',
        'Sorted by “Value against price”, highest first.',
      ],
      ['Adoption', 'Sorted by “Adoption”, lowest first.', 'Sorted by “Adoption”, highest first.'],
      ['Signals', 'Sorted by “Signals”, lowest first.', 'Sorted by “Signals”, highest first.'],
      ['Health, last 8 quarters'],
      ['Decks'],
    ]);
    // The annual value sorts within its currency, which each cell names.
    expect(page).toContain('<td class="num" data-sort="240000" data-group="USD">$240,000</td>');
  });

  it('writes every amount in full, however large, so a column never mixes "€17.2M" and "€3,680,000"', () => {
    const value = { delivered: 12_500_000, invested: 2_000_000, roi: 6.25, currency: 'EUR' };
    const big = renderPortfolio(
      {
        ...manifest,
        accounts: [
          entry('kranich', { annual: 17_200_000, currency: 'EUR', value }),
          entry('lind', { annual: 3_680_000, currency: 'EUR' }),
        ],
      },
      'en',
    );
    expect(big).toContain('>€17,200,000</td>');
    expect(big).toContain('>€3,680,000</td>');
    expect(big).toContain('€12,500,000 for €2,000,000');
    expect(cells(totalsOf(big, 'all'))).toEqual(['EUR 2 accounts', '€20,880,000', '€0', '€0']);
  });

  it("colours the page with the config's company colours, as the deck", () => {
    const branded = renderPortfolio(manifest, 'en', { primary: '#7a1f5c', accent: '#2b6e3f' });
    expect(branded).toContain(':root { --primary: #7a1f5c; --accent: #2b6e3f; }');
    expect(page).toContain(':root { --primary: #1f3a5f; --accent: #0b7285; }'); // the config's defaults
  });
});
