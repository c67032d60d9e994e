import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withDeckPolicy } from '../../src/render/page-policy.ts';
import { QbrError } from '../../src/errors.ts';
import { deckPage } from '../../src/preview/preview-page.ts';
import { buildPreview } from '../../src/preview/preview-deck.ts';
import { scratchTemplatesProject } from './page-policy-project.ts';
import { runCli } from '../helpers.ts';

const POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; script-src 'sha256-abc'; base-uri 'none'; form-action 'none'">`;

describe("the deck's policy, whatever the template", () => {
  it('goes first in the document, after the doctype', () => {
    expect(withDeckPolicy('<!doctype html><html><head></head></html>', 'sha256-abc', null)).toBe(
      `<!doctype html>${POLICY}<html><head></head></html>`,
    );
    expect(withDeckPolicy('<p>no doctype</p>', 'sha256-abc', null)).toBe(`${POLICY}<p>no doctype</p>`);
  });

  it('lets a template keep a policy of its own (a page obeys both)', () => {
    const html = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'">`;
    expect(withDeckPolicy(html, 'sha256-abc', 'brand')).toContain(POLICY);
  });

  it.each([
    ['<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/">'],
    ['<META HTTP-EQUIV=Refresh CONTENT="0; url=http://127.0.0.1:9/">'],
    [`<meta content="a > b" http-equiv='refresh'>`],
    ['<meta/http-equiv="set-cookie" content="a=b">'],
    ['<meta http-equiv="&#114;efresh" content="0">'],
  ])('refuses %s, naming the templates folder', (tag) => {
    expect(() => withDeckPolicy(`<!doctype html>${tag}`, 'sha256-abc', 'brand')).toThrowError(QbrError);
    expect(() => withDeckPolicy(`<!doctype html>${tag}`, 'sha256-abc', 'brand')).toThrowError(
      /^brand: the deck has <meta/i,
    );
  });
});

describe('the preview of a deck', () => {
  it("serves qbr's policy as its header and drops a template's second one, which would block the reload", () => {
    const deck = `<!doctype html>${POLICY}<meta http-equiv="Content-Security-Policy" content="default-src 'none'"><body></body>`;
    const page = deckPage(deck, 1);
    expect(page.html).not.toContain('Content-Security-Policy');
    expect(page.policy).toMatch(
      /^default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; script-src 'sha256-abc' 'sha256-[^']+'; base-uri 'none'; form-action 'none'; connect-src 'self'$/,
    );
  });
});

describe('a template with a <meta http-equiv=refresh>', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('fails the account (exit 1) and writes no HTML', async () => {
    const dir = scratchTemplatesProject('templates-refresh');
    made.push(dir);
    const { status, stderr } = await runCli(['account', '--format', 'html'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('brand: the deck has <meta content="a > b" http-equiv=Refresh');
    const out = join(dir, 'out');
    const written = existsSync(out) ? readdirSync(out, { recursive: true, encoding: 'utf8' }) : [];
    expect(written.filter((f) => f.endsWith('.html') && !f.endsWith('index.html'))).toEqual([]);
  });

  it("is the preview's error page, never a page that navigates", async () => {
    const dir = scratchTemplatesProject('templates-refresh');
    made.push(dir);
    const build = await buildPreview({ cwd: dir, file: join(dir, 'data', 'account.yaml') });
    expect('error' in build && build.error instanceof QbrError && build.error.code).toBe('QBR_TEMPLATE');
    expect(readFileSync(join(dir, 'data', 'account.yaml'), 'utf8')).toContain('name:');
  });
});
