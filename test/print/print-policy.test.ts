import { describe, expect, it } from 'vitest';
import { withPrintPolicy } from '../../src/print/print-page.ts';

const POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">`;

describe('withPrintPolicy', () => {
  it('puts the policy right after the doctype, so the page stays in standards mode', () => {
    const printed = withPrintPolicy('<!doctype html>\n<html><head><title>t</title></head><body>x</body></html>');
    expect(printed.startsWith(`<!doctype html>${POLICY}`)).toBe(true);
    expect(printed.endsWith('\n<html><head><title>t</title></head><body>x</body></html>')).toBe(true);
  });

  it('finds a doctype in any case and after leading white space', () => {
    expect(withPrintPolicy('  <!DOCTYPE HTML>\n<p>x</p>').startsWith(`  <!DOCTYPE HTML>${POLICY}`)).toBe(true);
  });

  it("keeps a template's comments before the doctype where they are, and the doctype first of the markup", () => {
    const page = '<!-- brand deck, v2 -->\n<!doctype html><html></html>';
    expect(withPrintPolicy(page)).toBe(
      `<!-- brand deck, v2 -->\n<!doctype html>${POLICY}<style>@media screen { html { display: none } }</style><html></html>`,
    );
  });

  it('puts it first in a page without a doctype', () => {
    expect(withPrintPolicy('<p>x</p>').startsWith(POLICY)).toBe(true);
  });

  it('hides the page on screen only: Chromium lays the deck out once, for print', () => {
    expect(withPrintPolicy('<p>x</p>')).toContain('<style>@media screen { html { display: none } }</style><p>x</p>');
  });
});
