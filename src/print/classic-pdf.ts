/**
 * Just enough of PDF's syntax to edit the file Chromium writes without parsing all of it: its
 * cross-reference table, its trailer, and the extent of one object, with the literal strings in
 * it. Chromium (Skia) writes every PDF in one piece: a classic cross-reference table in one
 * section, objects uncompressed but for their streams. Anything else is not a `ClassicPdf`.
 */

/** A PDF in one piece with a classic cross-reference table. */
export interface ClassicPdf {
  bytes: Uint8Array;
  /** Where each object starts, by object number; 0 for a free entry. */
  offsets: number[];
  /** Where the cross-reference table starts, and where its first 20-byte entry starts. */
  xrefAt: number;
  entriesAt: number;
  /** The trailer's /Root and /Info references as written (`596 0 R`), /Info null when absent. */
  root: string;
  info: string | null;
}

const latin1 = new TextDecoder('latin1');
const text = (bytes: Uint8Array, start: number, end: number) => latin1.decode(bytes.subarray(start, end));

/** Reads the cross-reference table and trailer; null for a file that is not written that way. */
export function readClassicPdf(bytes: Uint8Array): ClassicPdf | null {
  const tail = text(bytes, Math.max(0, bytes.length - 1024), bytes.length);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) return null;
  const xrefAt = Number(startxref[1]);
  const table = /^xref\s+0 (\d+)\s/.exec(text(bytes, xrefAt, xrefAt + 32));
  if (!table) return null;
  const count = Number(table[1]);
  const entriesAt = xrefAt + table[0].length;
  const offsets: number[] = [];
  for (let n = 0; n < count; n++) {
    const entry = text(bytes, entriesAt + n * 20, entriesAt + n * 20 + 20);
    const match = /^(\d{10}) (\d{5}) ([nf])[ \r\n]{2}$/.exec(entry);
    if (!match) return null;
    offsets.push(match[3] === 'n' ? Number(match[1]) : 0);
  }
  const trailer = /^\s*trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text(bytes, entriesAt + count * 20, bytes.length));
  // A second section (/Prev), an encrypted file or a hybrid one is not what Chromium writes.
  if (!trailer || /\/(Prev|Encrypt|XRefStm)\b/.test(trailer[1]!)) return null;
  const size = /\/Size (\d+)/.exec(trailer[1]!);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer[1]!);
  const info = /\/Info (\d+ \d+ R)/.exec(trailer[1]!);
  if (!size || Number(size[1]) !== count || !root) return null;
  return { bytes, offsets, xrefAt, entriesAt, root: root[1]!, info: info?.[1] ?? null };
}

/** Each byte's class: 1 whitespace, 2 delimiter, 0 a regular character (a table: the scan reads every byte of every dictionary). */
const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;
const [LPAREN, RPAREN, LT, GT, LBRACKET, RBRACKET, PERCENT, BACKSLASH, SLASH] = [...'()<>[]%\\/'].map((c) =>
  c.charCodeAt(0),
);

/**
 * The object that starts at `at` (`12 0 obj ...`): where its value begins and ends (for a
 * stream, the value is its dictionary; its data is not read) and where the object ends (after
 * `endobj`). `onString` is told where each literal string's content lies.
 */
export function readObject(
  bytes: Uint8Array,
  at: number,
  onString: (start: number, end: number) => void = () => {},
): { valueStart: number; valueEnd: number; end: number } {
  const header = /^\d+ \d+ obj\s*/.exec(text(bytes, at, at + 32));
  if (!header) throw new Error(`no object at byte ${at}`);
  const valueStart = at + header[0].length;
  const valueEnd = skipValue(bytes, valueStart, onString);
  const rest = text(bytes, valueEnd, Math.min(bytes.length, valueEnd + 32));
  const endobj = /^\s*endobj/.exec(rest);
  // A stream's data is not read: the caller only needs the end of plain objects.
  return { valueStart, valueEnd, end: endobj ? valueEnd + endobj[0].length : -1 };
}

/**
 * The entries of the dictionary that is the value of the object at `at`: each key (without its
 * slash) and where its value lies, as bytes of the file. Empty when the value is no dictionary.
 */
export function readDictionary(bytes: Uint8Array, at: number): Map<string, { start: number; end: number }> {
  const { valueStart, valueEnd } = readObject(bytes, at);
  const entries = new Map<string, { start: number; end: number }>();
  if (bytes[valueStart] !== LT || bytes[valueStart + 1] !== LT) return entries;
  let i = valueStart + 2;
  for (;;) {
    while (CLASS[bytes[i]!] === 1) i++;
    if (i >= valueEnd - 2 || bytes[i] !== SLASH) return entries;
    const keyEnd = skipValue(bytes, i, () => {});
    let start = keyEnd;
    while (CLASS[bytes[start]!] === 1) start++;
    // A reference (`12 0 R`) is three tokens.
    const reference = /^\d+\s+\d+\s+R\b/.exec(text(bytes, start, start + 24));
    const end = reference ? start + reference[0].length : skipValue(bytes, start, () => {});
    entries.set(text(bytes, i + 1, keyEnd), { start, end });
    i = end;
  }
}

/**
 * A PDF text string written as a literal `(...)` or hex `<...>` string: UTF-16 after a byte
 * order mark, else PDFDocEncoding (read here as Latin-1, which it matches but for a few
 * punctuation marks).
 */
export function decodeTextString(raw: string): string {
  let bytes: number[];
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    bytes = Array.from({ length: Math.ceil(hex.length / 2) }, (_, i) =>
      parseInt(hex.slice(i * 2, i * 2 + 2).padEnd(2, '0'), 16),
    );
  } else {
    bytes = [];
    const body = raw.slice(1, -1);
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (c !== '\\') {
        bytes.push(c.charCodeAt(0));
        continue;
      }
      const next = body[++i] ?? '';
      const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3));
      if (octal) {
        bytes.push(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length - 1;
      } else if (next === '\r' || next === '\n') {
        if (next === '\r' && body[i + 1] === '\n') i++; // a line continued: nothing
      } else bytes.push(escapes[next] ?? next.charCodeAt(0));
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(new Uint8Array(bytes.slice(2)));
  return String.fromCharCode(...bytes);
}

/** The end of the value at `i`: a dictionary or array with all it holds, a string, a name or a token. */
function skipValue(bytes: Uint8Array, i: number, onString: (start: number, end: number) => void): number {
  let depth = 0;
  for (;;) {
    while (CLASS[bytes[i]!] === 1) i++;
    if (i >= bytes.length) throw new Error('the file ends inside an object');
    const c = bytes[i]!;
    if (c === PERCENT) {
      while (i < bytes.length && bytes[i] !== 10 && bytes[i] !== 13) i++;
      continue;
    }
    if ((c === LT && bytes[i + 1] === LT) || c === LBRACKET) {
      depth++;
      i += c === LT ? 2 : 1;
      continue;
    }
    if (c === GT && bytes[i + 1] === GT) {
      depth--;
      i += 2;
    } else if (c === RBRACKET) {
      depth--;
      i++;
    } else if (c === LPAREN) {
      const start = i + 1;
      i = literalStringEnd(bytes, start);
      onString(start, i - 1);
    } else if (c === LT) {
      while (i < bytes.length && bytes[i] !== GT) i++;
      i++;
    } else {
      i++; // a name's slash, or the first character of a number or keyword
      while (i < bytes.length && CLASS[bytes[i]!] === 0) i++;
    }
    if (depth <= 0) return i;
  }
}

/** Past the `)` that closes a literal string whose content starts at `i` (nested parentheses balance). */
function literalStringEnd(bytes: Uint8Array, i: number): number {
  for (let depth = 1; depth > 0; i++) {
    if (i >= bytes.length) throw new Error('the file ends inside a string');
    const c = bytes[i];
    if (c === BACKSLASH) i++;
    else if (c === LPAREN) depth++;
    else if (c === RPAREN) depth--;
  }
  return i;
}

/** A bookmark: its object, its title as text, and its dictionary as written. */
export interface OutlineItem {
  number: number;
  title: string;
  dictionary: string;
}

/** The bookmarks, in reading order (each before its children), from the catalog's /Outlines. */
export function readOutline(file: ClassicPdf, bytes: Uint8Array = file.bytes): OutlineItem[] {
  const items: OutlineItem[] = [];
  const refAt = (value: { start: number; end: number } | undefined) => {
    const match = value && /^(\d+) \d+ R$/.exec(text(bytes, value.start, value.end));
    return match ? (file.offsets[Number(match[1])] ?? 0) : 0;
  };
  const rootAt = file.offsets[Number(file.root.split(' ')[0])] ?? 0;
  const outlines = rootAt ? refAt(readDictionary(bytes, rootAt).get('Outlines')) : 0;
  const seen = new Set<number>();
  const walk = (at: number): void => {
    for (; at !== 0 && !seen.has(at); ) {
      seen.add(at);
      const entries = readDictionary(bytes, at);
      const title = entries.get('Title');
      const { valueStart, valueEnd } = readObject(bytes, at);
      items.push({
        number: file.offsets.indexOf(at),
        title: title ? decodeTextString(text(bytes, title.start, title.end)) : '',
        dictionary: text(bytes, valueStart, valueEnd),
      });
      walk(refAt(entries.get('First')));
      at = refAt(entries.get('Next'));
    }
  };
  if (outlines) walk(refAt(readDictionary(bytes, outlines).get('First')));
  return items;
}
