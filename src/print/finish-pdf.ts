/**
 * Sets the PDF's title, author, subject and dates, and removes what Chromium stamps from its
 * clock and counters (the creation time, tag ids numbered across every page the browser has
 * rendered), so the same input gives the same bytes.
 *
 * Chromium's file is edited where it stands, not parsed and saved again: the tag ids are
 * renumbered in place (same length), the information dictionary is replaced and the
 * cross-reference table moved by the difference. Everything else is Chromium's bytes, so this
 * costs a scan of the file's dictionaries, far less than pdf-lib's parse and save.
 * A file not written that way (another browser's) goes through pdf-lib instead.
 */
import { readClassicPdf, readObject, readOutline, type ClassicPdf } from './classic-pdf.ts';
import { headingLookup, type PdfMetadata } from './pdf-metadata.ts';

export async function finishPdf(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  try {
    const file = readClassicPdf(pdf);
    const edited = file && editInPlace(file, meta);
    if (edited) return edited;
  } catch {
    // not the syntax it looked like: pdf-lib says what is wrong, or copes
  }
  const { finishWithPdfLib } = await import('./finish-pdf-with-pdf-lib.ts');
  return finishWithPdfLib(pdf, meta);
}

const latin1 = new TextDecoder('latin1');
const ascii = new TextEncoder();

/** The finished file, or null when it holds something only a full rewrite handles. */
function editInPlace(file: ClassicPdf, meta: PdfMetadata): Uint8Array | null {
  const bytes = new Uint8Array(file.bytes);
  const catalog = objectText(bytes, file.offsets[refNumber(file.root)] ?? 0);
  // XMP metadata would contradict the new title; a viewer shows the title only if asked to.
  if (catalog === null || catalog.includes('/Metadata') || !/\/DisplayDocTitle true/.test(catalog)) return null;
  if (!bookmarksAsWritten(file, meta.headings ?? [])) return null;
  if (!renumberTagIds(bytes, file.offsets)) return null;
  const info = file.info ? refNumber(file.info) : file.offsets.length;
  return rewrite(file, bytes, new Map([[info, infoDictionary(meta)]]));
}

/**
 * The file with the objects in `replaced` (by number: their new value) written anew where
 * they were, or appended when new; everything after them moves by the difference, and the
 * cross-reference table and trailer are written again (without /ID: it would hold nothing
 * but a random number).
 */
export function rewrite(file: ClassicPdf, bytes: Uint8Array, replaced: Map<number, string>): Uint8Array | null {
  const edits: Array<{ number: number; start: number; end: number; text: Uint8Array }> = [];
  const size = Math.max(file.offsets.length, ...[...replaced.keys()].map((n) => n + 1));
  for (const [number, value] of replaced) {
    const at = file.offsets[number] ?? 0;
    const end = at === 0 ? file.xrefAt : readObject(bytes, at).end;
    if (end < 0) return null; // a stream: not replaced here
    edits.push({
      number,
      start: at === 0 ? file.xrefAt : at,
      end,
      text: ascii.encode(`${number} 0 obj\n${value}\nendobj${at === 0 ? '\n' : ''}`),
    });
  }
  edits.sort((a, b) => a.start - b.start || a.number - b.number);
  const moved = (offset: number) =>
    offset + edits.filter((e) => e.start < offset).reduce((sum, e) => sum + e.text.length - (e.end - e.start), 0);
  const offsets = Array.from({ length: size }, (_, n) => (file.offsets[n] ? moved(file.offsets[n]!) : 0));
  for (const edit of edits) offsets[edit.number] = moved(edit.start);
  const parts: Uint8Array[] = [];
  let cursor = 0;
  for (const edit of edits) {
    parts.push(bytes.subarray(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(bytes.subarray(cursor, file.xrefAt));
  const entries = offsets.map((offset, n) =>
    offset === 0 && n < file.offsets.length
      ? latin1.decode(bytes.subarray(file.entriesAt + n * 20, file.entriesAt + n * 20 + 20))
      : `${String(offset).padStart(10, '0')} 00000 n \n`,
  );
  const info = file.info ?? (replaced.has(file.offsets.length) ? `${file.offsets.length} 0 R` : null);
  const trailer = `<</Size ${size}\n/Root ${file.root}${info ? `\n/Info ${info}` : ''}>>`;
  const xrefAt = file.xrefAt + edits.reduce((sum, e) => sum + e.text.length - (e.end - e.start), 0);
  parts.push(ascii.encode(`xref\n0 ${size}\n${entries.join('')}trailer\n${trailer}\nstartxref\n${xrefAt}\n%%EOF`));
  return concat(parts);
}

/**
 * Whether every bookmark reads as the heading it was made from. Chromium drops the space where
 * a heading wraps ("International" + "Consolidated" make "InternationalConsolidated"), and
 * writes a right-to-left heading's words in the order they stand on the page, left to right
 * ("بطاقة أداء التعهدات" as "التعهدات أداء بطاقة"); such a deck goes through the thorough pass,
 * which gives the bookmark its heading's text.
 */
function bookmarksAsWritten(file: ClassicPdf, headings: string[]): boolean {
  const headingOf = headingLookup(headings);
  return readOutline(file).every(({ title }) => (headingOf(title) ?? title) === title);
}

const TAG_ID = /^node(\d+)$/;

/**
 * Chromium names structure elements `node00000141` from a counter that runs across the
 * browser's life, so the same deck gets other ids in a batch. They are renumbered from 1 in
 * their original order and to their original length, which keeps the sorted ID tree sorted and
 * every byte where it was. False when a new id would not fit.
 */
function renumberTagIds(bytes: Uint8Array, offsets: number[]): boolean {
  const found: Array<{ start: number; id: string }> = [];
  for (const offset of offsets) {
    if (offset === 0) continue;
    readObject(bytes, offset, (start, end) => {
      // Tag ids are short; reading longer strings would only cost time.
      if (end - start > 4 && end - start < 24 && bytes[start] === 0x6e) {
        const id = latin1.decode(bytes.subarray(start, end));
        if (TAG_ID.test(id)) found.push({ start, id });
      }
    });
  }
  const order = new Map([...new Set(found.map((f) => f.id))].sort().map((id, i) => [id, i + 1]));
  for (const { start, id } of found) {
    const digits = id.length - 4;
    const renamed = `node${String(order.get(id)).padStart(digits, '0')}`;
    if (renamed.length !== id.length) return false;
    bytes.set(ascii.encode(renamed), start);
  }
  return true;
}

function infoDictionary(meta: PdfMetadata): string {
  const date = `(D:${meta.date.replaceAll('-', '')}000000Z)`;
  const fields = {
    Title: pdfText(meta.title),
    Author: pdfText(meta.author),
    Subject: pdfText(meta.subject),
    Keywords: pdfText(meta.keywords.join(' ')),
    Creator: '(qbr)',
    Producer: '(qbr)',
    CreationDate: date,
    ModDate: date,
  };
  return `<<${Object.entries(fields)
    .map(([key, value]) => `/${key} ${value}`)
    .join('\n')}>>`;
}

/** A PDF text string: printable ASCII as a literal string, anything else as UTF-16 with its byte order mark. */
export function pdfText(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, '\\$&')})`;
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

const refNumber = (ref: string) => Number(ref.split(' ')[0]);

/** The text of the object at `at`, up to the end of its value; null when there is none. */
function objectText(bytes: Uint8Array, at: number): string | null {
  if (at === 0) return null;
  const { valueEnd } = readObject(bytes, at);
  return latin1.decode(bytes.subarray(at, valueEnd));
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
