/**
 * `--format eml` from the real CLI, as a receiver reads it: every attachment of the draft read
 * back (mailparser, ical.js) against the PDF written beside it. One rendering; the internal
 * draft's addressing and attachment are checked on a Chromium PDF in test/meeting/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { simpleParser, type ParsedMail } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from './pdf-tools.ts';
import { scratch } from './render.ts';
import { samples } from './shared.ts';

let out: string;
const file = (name: string) => join(out, '2026-Q4', 'customer', name);
let draft: ParsedMail;
let pdf: Buffer;

beforeAll(async () => {
  out = await samples();
  draft = await simpleParser(readFileSync(file('acme-qbr-2026-Q4.eml')));
  pdf = readFileSync(file('acme-qbr-2026-Q4.pdf'));
});

/** The PDF an invitation carries in its ATTACH. */
function pdfInsideInvitation(ics: string): Buffer {
  const attach = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!.getFirstProperty('attach')!;
  expect(attach.getParameter('fmttype')).toBe('application/pdf');
  return Buffer.from((attach.getFirstValue() as unknown as { value: string }).value, 'base64');
}

describe('--format eml', () => {
  it('writes the PDF it needs beside the draft, and attaches it byte for byte, in the mail and in its invitation', () => {
    expect(draft.headers.get('x-unsent')).toBe('1');
    expect(draft.attachments.map((a) => a.filename)).toEqual(['acme-qbr-2026-Q4.pdf', 'invite.ics']);
    const [attached, ics] = draft.attachments;
    expect(attached!.content.equals(pdf)).toBe(true);
    expect(pdfInsideInvitation(ics!.content.toString('utf8')).equals(pdf)).toBe(true);
  });

  it("carries no page of the internal deck in the customer's draft, in any attachment", () => {
    for (const [i, attachment] of draft.attachments.entries()) {
      const bytes =
        attachment.filename === 'invite.ics'
          ? pdfInsideInvitation(attachment.content.toString('utf8'))
          : attachment.content;
      const copy = join(scratch(), `attachment-${i}.pdf`);
      writeFileSync(copy, bytes);
      const text = pdfText(copy);
      expect(text).toContain('Executive summary');
      expect(text).not.toContain('Internal: account team only');
      expect(text).not.toContain('talking points');
    }
  });
});
