/**
 * The written deck's Content-Security-Policy, put in by qbr whatever a template does: an
 * override of deck.hbs that drops the policy must not make the file fetch URLs when it is
 * opened. A page obeys every policy it is given, so a template may add a stricter one; it may
 * not add another `<meta http-equiv>` (a refresh navigates whatever the policy says).
 */
import { QbrError } from '../errors.ts';

/** What the deck may do: its presenting script (by `hash`), `data:` images and fonts, inline styles. */
export function deckPolicy(hash: string): string {
  return `default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; script-src '${hash}'; base-uri 'none'; form-action 'none'`;
}

// A tag's text, quoted attribute values kept whole (a `>` inside quotes does not end it).
const META_TAG = /<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
// The attribute's name cannot be written with character references, so it is found as written.
const HTTP_EQUIV = /[\s/]http-equiv\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/i;

/**
 * The deck with the policy first in its document (after the doctype, so it governs everything
 * after it). `folder`: the config's templates folder, named in the error for a refresh or any
 * other `<meta http-equiv>` but a policy.
 */
export function withDeckPolicy(html: string, hash: string, folder: string | null): string {
  for (const [tag] of html.matchAll(META_TAG)) {
    const match = HTTP_EQUIV.exec(tag);
    const value = match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
    if (value !== null && value.trim().toLowerCase() !== 'content-security-policy') {
      throw new QbrError(
        'QBR_TEMPLATE',
        `${folder ?? 'templates'}: the deck has ${tag.slice(0, 120)}, which qbr does not allow: a refresh or another http-equiv would act beside the page's policy`,
        "Take the <meta http-equiv> out of the template; qbr writes the page's policy itself.",
      );
    }
  }
  const doctype = /^(?:\s|<!--[\s\S]*?-->)*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${deckPolicy(hash)}">`;
  return html.slice(0, at) + meta + html.slice(at);
}
