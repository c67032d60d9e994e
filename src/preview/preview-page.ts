/**
 * The pages the preview serves: the deck with a reload script, or the errors that stop it.
 * A written deck never has this script. The deck may lock itself down with a
 * Content-Security-Policy <meta>; a page obeys every policy it is given, so that meta is
 * taken out and served as a header that also allows the reload script (by its hash) and
 * its connection back to the preview server.
 */
import { createHash } from 'node:crypto';
import { DataError, formatIssueLine, QbrError } from '../errors.ts';
import { escapeMarkup } from '../escape-markup.ts';

/** A served page: its HTML and the policy to send with it. */
export interface PreviewPage {
  html: string;
  policy: string;
}

/** What a deck may load when it carries no policy of its own: itself and `data:` URLs. */
const DECK_POLICY =
  "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const CSP_META = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content=(?:"([^"]*)"|'([^']*)')\s*\/?>/gi;

/**
 * The deck, reloading itself when build `version` is no longer the newest. Its first policy is
 * qbr's own (src/render/page-policy.ts); one a template added beside it would block the reload
 * script, and is dropped with it: the header's policy is qbr's, which no template changes.
 */
export function deckPage(deckHtml: string, version: number): PreviewPage {
  const script = reloadScript(version);
  const metas = [...deckHtml.matchAll(CSP_META)];
  const first = metas[0];
  const policy = withReload(first ? (first[1] ?? first[2] ?? '') : DECK_POLICY, script);
  const html = metas.reduce((page, meta) => page.replace(meta[0], ''), deckHtml);
  const tag = `<script>${script}</script>`;
  const at = html.lastIndexOf('</body>');
  return { html: at < 0 ? html + tag : html.slice(0, at) + tag + html.slice(at), policy };
}

/** The problems that stop the deck, each with its place and code frame, escaped. */
export function errorPage(error: unknown, file: string, version: number): PreviewPage {
  const script = reloadScript(version);
  const style =
    'body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b}h1{font-size:1.3rem;color:#a4262c}h2{font:600 15px/1.45 ui-monospace,monospace;margin:1.5rem 0 .4rem}pre{background:#f4f4f4;padding:.8rem 1rem;margin:0;overflow-x:auto;font:14px/1.45 ui-monospace,monospace}p.hint{color:#555;margin-top:1.5rem}';
  const body = problems(error)
    .map((p) => `<h2>${escapeMarkup(p.title)}</h2>${p.frame ? `<pre>${escapeMarkup(p.frame)}</pre>` : ''}`)
    .join('\n');
  // A data error's hint is about --check; here, saving the file is the way on.
  const hint =
    error instanceof QbrError && !(error instanceof DataError) && error.hint
      ? `<p class="hint">${escapeMarkup(error.hint)}</p>`
      : '';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>qbr preview: ${escapeMarkup(file)} has a problem</title><style>${style}</style></head>
<body><h1>The deck cannot be made from ${escapeMarkup(file)}</h1>
${body}
${hint}<p class="hint">Save the file to try again: this page reloads itself.</p>
<script>${script}</script></body></html>
`;
  const policy = `default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; connect-src 'self'; base-uri 'none'; form-action 'none'`;
  return { html, policy };
}

/** Reloads the page when the preview server says a newer build than `version` is ready. */
function reloadScript(version: number): string {
  return `new EventSource("/events?version=${version}").onmessage=()=>location.reload()`;
}

function problems(error: unknown): Array<{ title: string; frame: string }> {
  if (error instanceof DataError)
    return error.issues.map((issue) => ({ title: formatIssueLine(issue), frame: issue.frame }));
  if (error instanceof QbrError) return [{ title: error.message, frame: '' }];
  // A bug in qbr, not in the file: its stack helps the report.
  return [
    {
      title: `qbr failed: ${error instanceof Error ? error.message : String(error)}`,
      frame: error instanceof Error ? (error.stack ?? '') : '',
    },
  ];
}

/** The deck's policy, with the reload script and its connection allowed. */
function withReload(policy: string, script: string): string {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  const fallback = directives.get('default-src') ?? [];
  const add = (name: string, source: string) => {
    const sources = (directives.get(name) ?? fallback).filter((s) => s !== "'none'");
    directives.set(name, [...sources, source]);
  };
  add('script-src', hash(script));
  add('connect-src', "'self'");
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
