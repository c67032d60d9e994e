/** What a page does for one deck: it is locked down once, then prints deck after deck. */
import type { Page } from 'puppeteer-core';

/**
 * No request but for `data:` URLs (the deck is self-contained). Script is kept out by the
 * policy `withPrintPolicy` puts in each page, not by turning JavaScript off: with JavaScript
 * off the deck's presenting script did not hide the slides it does not show, so Chromium laid
 * every slide out for the screen before it laid them out for print, at a cost of CPU per deck.
 */
export async function lockDown(page: Page): Promise<Page> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('data:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

/** Prints `html` on `page` and leaves it open: the caller decides whether it prints the next deck. */
export async function printOnPage(page: Page, html: string, timeout: number): Promise<Uint8Array> {
  await page.setContent(withPrintPolicy(html), { waitUntil: 'load', timeout });
  return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout });
}

/**
 * The page's own policy and this one both apply: no script at all (not even the deck's
 * presenting script, which its policy allows), nothing loaded but `data:` images and fonts,
 * inline styles. First in the document, after its doctype (which keeps the page out of quirks
 * mode; comments before it are kept there too), so it governs everything after it. The page is
 * hidden on screen: nobody sees it, and Chromium lays it out only for print (the pages print
 * pixel for pixel as before).
 */
const PRINT_POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'"><style>@media screen { html { display: none } }</style>`;

export function withPrintPolicy(html: string): string {
  // A doctype may follow white space and comments and still keep the page in standards mode.
  const doctype = /^(?:\s|<!--[\s\S]*?-->)*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return html.slice(0, at) + PRINT_POLICY + html.slice(at);
}
