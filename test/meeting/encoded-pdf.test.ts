import { describe, expect, it } from 'vitest';
import { base64Lines, encodePdf } from '../../src/meeting/encoded-pdf.ts';

const lines = (bytes: Uint8Array, between: string, head?: string, tail?: string) =>
  base64Lines(encodePdf({ name: 'x.pdf', bytes }), between, head, tail).toString('latin1');

describe('the PDF in base64, once for the mail and its invitation', () => {
  it('is standard base64, padded at the end', () => {
    expect(lines(new TextEncoder().encode('Man'), '\r\n')).toBe('TWFu');
    expect(lines(new TextEncoder().encode('Ma'), '\r\n')).toBe('TWE=');
    expect(lines(new Uint8Array(0), '\r\n')).toBe('');
  });

  it('comes in lines of 74 characters, with what is asked between them and around them', () => {
    // 111 zero bytes are 148 A's: two full lines; one byte more starts a third.
    const a74 = 'A'.repeat(74);
    expect(lines(new Uint8Array(111), '\r\n')).toBe(`${a74}\r\n${a74}`);
    expect(lines(new Uint8Array(112), '\r\n ', 'X:\r\n ', '\r\nEND')).toBe(`X:\r\n ${a74}\r\n ${a74}\r\n AA==\r\nEND`);
  });

  it('reads back byte for byte across the chunks it is encoded in', () => {
    const bytes = Buffer.from(Uint8Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256));
    const text = lines(bytes, '\r\n');
    expect(Math.max(...text.split('\r\n').map((line) => line.length))).toBe(74);
    expect(Buffer.from(text.replaceAll('\r\n', ''), 'base64').equals(bytes)).toBe(true);
  });
});
