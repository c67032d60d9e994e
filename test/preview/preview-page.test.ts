import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.ts';
import { deckPage, errorPage } from '../../src/preview/preview-page.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inlineScript = (html: string) => /<script>([^<]*)<\/script>/.exec(html)![1]!;

describe('the preview pages', () => {
  it('adds the reload script to the deck, allowed by its hash, with connect-src self', () => {
    const page = deckPage('<!doctype html><html><body><main>deck</main></body></html>', 7);
    expect(page.html).toBe(
      '<!doctype html><html><body><main>deck</main><script>new EventSource("/events?version=7").onmessage=()=>location.reload()</script></body></html>',
    );
    const script = inlineScript(page.html);
    expect(page.policy).toBe(
      `default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; script-src ${sha256(script)}; connect-src 'self'`,
    );
  });

  it("takes the deck's own policy out of the page and serves it with the reload script allowed too", () => {
    const deck = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-presenter'; style-src 'unsafe-inline'"></head><body></body></html>`;
    const page = deckPage(deck, 1);
    expect(page.html).not.toContain('Content-Security-Policy');
    expect(page.policy).toBe(
      `default-src 'none'; script-src 'sha256-presenter' ${sha256(inlineScript(page.html))}; style-src 'unsafe-inline'; connect-src 'self'`,
    );
  });

  it('shows each positioned problem with its code frame, escaped', () => {
    const error = new DataError('QBR_INVALID_DATA', [
      {
        file: 'data/x.yaml',
        line: 2,
        column: 7,
        path: 'name',
        message: 'expected text, got "<img src=x onerror=alert(1)>"',
        frame: '> 2 | name: <img src=x onerror=alert(1)>\n    |       ^',
      },
    ]);
    const page = errorPage(error, 'data/x.yaml', 3);
    expect(page.html).toContain(
      '<h2>data/x.yaml:2:7 name: expected text, got &quot;&lt;img src=x onerror=alert(1)&gt;&quot;</h2><pre>&gt; 2 | name: &lt;img src=x onerror=alert(1)&gt;\n    |       ^</pre>',
    );
    expect(page.html).not.toContain('<img');
    expect(page.html).toContain(
      '<script>new EventSource("/events?version=3").onmessage=()=>location.reload()</script>',
    );
    const style = /<style>([^<]*)<\/style>/.exec(page.html)![1]!;
    expect(page.policy).toBe(
      `default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(inlineScript(page.html))}; connect-src 'self'; base-uri 'none'; form-action 'none'`,
    );
  });

  it("reads on a phone at the phone's width, as the deck does", () => {
    expect(errorPage(new Error('boom'), 'data/x.yaml', 1).html).toContain(
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
    );
  });

  it("shows a bug's stack, since it is qbr's fault and not the file's", () => {
    expect(errorPage(new Error('boom'), 'data/x.yaml', 1).html).toMatch(
      /<h2>qbr failed: boom<\/h2><pre>Error: boom\n\s+at /,
    );
  });
});
