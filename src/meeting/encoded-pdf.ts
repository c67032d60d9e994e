/**
 * The PDF a draft attaches, in base64 once for the two places that carry it: the mail's
 * attachment and the invitation's ATTACH. Lines of 74 characters suit both: a MIME body takes at
 * most 76, an iCalendar line at most 75 octets with the space that continues it (RFC 5545 3.1).
 * Kept as bytes throughout: a string of a PDF's size costs more to make, join and encode again
 * than the base64 itself.
 */

export interface EncodedPdf {
  /** Its file name, as written beside the draft. */
  name: string;
  bytes: Uint8Array;
  /** Its base64 in one line, as ASCII bytes. */
  base64: Buffer;
}

/** Encoded this many bytes at a time (a multiple of 3: no padding but at the end). */
const CHUNK = 3 * 4096;

export function encodePdf(pdf: { name: string; bytes: Uint8Array }): EncodedPdf {
  const bytes = Buffer.from(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.byteLength);
  const base64 = Buffer.allocUnsafe(Math.ceil(bytes.length / 3) * 4);
  let at = 0;
  for (let from = 0; from < bytes.length; from += CHUNK)
    at += base64.write(bytes.toString('base64', from, Math.min(from + CHUNK, bytes.length)), at, 'latin1');
  return { name: pdf.name, bytes: pdf.bytes, base64 };
}

const LINE = 74;

/** `head`, the PDF's base64 in lines of 74 characters with `between` them, and `tail`, as UTF-8 bytes. */
export function base64Lines(pdf: EncodedPdf, between: string, head = '', tail = ''): Buffer {
  const { base64 } = pdf;
  const separator = Buffer.from(between, 'latin1');
  const lines = Math.ceil(base64.length / LINE);
  const [start, end] = [Buffer.from(head), Buffer.from(tail)];
  const out = Buffer.allocUnsafe(start.length + base64.length + Math.max(lines - 1, 0) * separator.length + end.length);
  out.set(start);
  let at = start.length;
  for (let from = 0; from < base64.length; from += LINE) {
    if (from > 0) {
      out.set(separator, at);
      at += separator.length;
    }
    const line = base64.subarray(from, Math.min(from + LINE, base64.length));
    out.set(line, at);
    at += line.length;
  }
  out.set(end, at);
  return out;
}
