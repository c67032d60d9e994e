import ICAL from 'ical.js';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { emailDraft } from '../../src/meeting/email-draft.ts';
import type { Account } from '../../src/validate/account-schema.ts';
import { acme, draftInput, PDF } from './draft-input.ts';

const parse = async (eml: Uint8Array) => simpleParser(Buffer.from(eml));
const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  [field ?? []].flat().flatMap((a) => a.value.map((v) => `${v.name} <${v.address}>`));
const attachmentNames = (mail: ParsedMail) => mail.attachments.map((a) => a.filename);

describe('the email draft', () => {
  it('is an unsent draft from the first team member to the stakeholders with an email, the rest of the team copied', async () => {
    const mail = await parse(await emailDraft(await draftInput(await acme())));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(addresses(mail.from)).toEqual(['Dana Whitfield <dana@vendor.example>']);
    expect(addresses(mail.to)).toEqual([
      'Priya Raman <priya.raman@acme.example>',
      'Tom Okafor <tom.okafor@acme.example>',
      'Grace Liu <grace.liu@acme.example>',
    ]);
    expect(addresses(mail.cc)).toEqual(['Luis Ortega <luis@vendor.example>']);
    expect(mail.subject).toBe('Acme Manufacturing: Quarterly Business Review Q4 2026');
    // The data's cut-off day, not the clock.
    expect(mail.date?.toISOString()).toBe('2026-12-31T00:00:00.000Z');
  });

  it('says the agenda, the three headline figures, and the meeting’s date, time with its zone, and place', async () => {
    const mail = await parse(await emailDraft(await draftInput(await acme())));
    // Intl writes thin spaces around the dash and before PM.
    expect(mail.text).toContain(
      'When: Thursday, January 14, 2027, 3:00\u2009–\u20094:00\u202fPM (Central European Standard Time)\nWhere: https://meet.example/acme',
    );
    expect(mail.text).toContain(
      'Agenda\n- Since our last review\n- Executive summary\n- Your definition of success\n- Promise scorecard\n',
    );
    expect(mail.text).toContain('- Looking ahead\n');
    expect(mail.text).toContain(
      'At a glance\n- Promises met or on track: 2 of 4 (1\u00a0met · 1\u00a0on\u00a0track · 1\u00a0at\u00a0risk · 1\u00a0missed)\n' +
        '- Value delivered to date: $487,000 (for $480,000 in fees: 1.01× return)\n- Seats in use: 89% (214 of 240 licensed seats)\n\n',
    );
    const html = String(mail.html);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<a href="https://meet.example/acme">https://meet.example/acme</a>');
    expect(html).toContain('<li>Seats in use: 89% (214 of 240 licensed seats)</li>');
  });

  it('loads nothing from elsewhere in its HTML: no image, style sheet, font or frame', async () => {
    const html = String((await parse(await emailDraft(await draftInput(await acme())))).html);
    expect(html).not.toMatch(
      /<(img|link|script|iframe|object|embed|video|audio|source)\b|\bsrc=|url\(|@import|background=/i,
    );
  });

  it('attaches the PDF byte for byte, and the invitation as text/calendar with method REQUEST', async () => {
    const mail = await parse(await emailDraft(await draftInput(await acme())));
    expect(attachmentNames(mail)).toEqual(['acme-qbr-2026-Q4.pdf', 'invite.ics']);
    const [pdf, ics] = mail.attachments;
    expect(pdf!.contentType).toBe('application/pdf');
    expect(pdf!.content.equals(PDF)).toBe(true);
    expect(ics!.contentType).toBe('text/calendar');
    expect(ics!.headers.get('content-type')).toMatchObject({ value: 'text/calendar', params: { method: 'REQUEST' } });
    expect(ics!.content.toString('utf8')).toContain('\r\nMETHOD:REQUEST\r\n');
  });

  it('is the same bytes on a second run, and another Message-ID and boundary for another PDF', async () => {
    const input = await draftInput(await acme());
    const first = Buffer.from(await emailDraft(input));
    expect(Buffer.from(await emailDraft(input)).equals(first)).toBe(true);
    const other = Buffer.from(
      await emailDraft({ ...input, pdf: { ...input.pdf, bytes: PDF.subarray(0, PDF.length - 1) } }),
    );
    const messageId = (eml: Buffer) => /^Message-ID: (.+)$/m.exec(eml.toString('latin1'))![1];
    const boundary = (eml: Buffer) => /boundary="([^"]+)"/.exec(eml.toString('latin1'))![1];
    expect(messageId(other)).not.toBe(messageId(first));
    expect(boundary(other)).not.toBe(boundary(first));
  });

  it('internal: to the team alone, the internal PDF, the talking points, no invitation', async () => {
    const mail = await parse(await emailDraft(await draftInput(await acme(), 'internal')));
    expect(addresses(mail.to)).toEqual(['Dana Whitfield <dana@vendor.example>', 'Luis Ortega <luis@vendor.example>']);
    expect(mail.cc).toBeUndefined();
    expect(attachmentNames(mail)).toEqual(['acme-qbr-2026-Q4-internal.pdf']);
    expect(mail.subject).toBe('Acme Manufacturing: Quarterly Business Review Q4 2026 (internal)');
    expect(mail.text).toContain('Talking points\n- A promise was missed: Own the miss before they raise it:');
  });

  it('without next_review, says by when the next review is due: the end of the quarter after', async () => {
    const { next_review: _, ...account } = await acme();
    const mail = await parse(await emailDraft(await draftInput(account as Account)));
    expect(mail.text).toContain('Our next review is due by Mar 31, 2027; we will propose a time for it.');
    expect(mail.text).not.toContain('When:');
    expect(attachmentNames(mail)).toEqual(['acme-qbr-2026-Q4.pdf']);
  });

  it('addresses the team, and says why, when no stakeholder has an email', async () => {
    const account = await acme();
    const mail = await parse(
      await emailDraft(
        await draftInput({ ...account, stakeholders: account.stakeholders.map(({ email: _, ...s }) => s) }),
      ),
    );
    expect(addresses(mail.to)).toEqual(['Dana Whitfield <dana@vendor.example>', 'Luis Ortega <luis@vendor.example>']);
    expect(mail.text).toContain('Hello team,');
    expect(mail.text).toContain('No stakeholder of Acme Manufacturing has an email address in the account file');
  });

  it('is written right to left in Arabic, its dates in the deck’s Latin digits', async () => {
    const { next_review: _, locale: __, ...account } = await acme();
    const mail = await parse(await emailDraft(await draftInput(account as Account, 'customer', 'ar')));
    expect(String(mail.html)).toContain('<html lang="ar" dir="rtl">');
    expect(mail.text).toContain('تُعقد مراجعتنا القادمة في موعد أقصاه \u206831\u200f/03\u200f/2027\u2069');
    expect(mail.text).not.toMatch(/[\u0660-\u0669]/);
  });

  it('is written in the deck’s language: German subject, body and meeting time', async () => {
    const account = { ...(await acme()), locale: 'de-DE' };
    const mail = await parse(await emailDraft(await draftInput(account, 'customer', 'de')));
    expect(mail.subject).toBe('Acme Manufacturing: Quartalsgespräch Q4 2026');
    expect(mail.text).toContain('Hallo Priya Raman, Tom Okafor und Grace Liu,');
    expect(mail.text).toContain(
      'Wann: Donnerstag, 14. Januar 2027, 15:00–16:00 Uhr (Mitteleuropäische Normalzeit)\nWo: https://meet.example/acme',
    );
    expect(mail.text).toContain('Auf einen Blick\n- Zusagen erfüllt oder im Plan: 2 von 4');
    expect(mail.text).toContain('Viele Grüße\nDana Whitfield');
    expect(String(mail.html)).toContain('<html lang="de" dir="ltr">');
    // Its invitation, with German words, reads back whole.
    const ics = mail.attachments.find((a) => a.filename === 'invite.ics')!;
    const event = new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent')!;
    expect(String(event.getFirstPropertyValue('description'))).toContain(
      'Agenda\n- Seit unserem letzten Review\n- Zusammenfassung\n- Was Erfolg für Sie bedeutet',
    );
  });

  it('sends an invitation with a PDF of 100 kB inside as it is written, 8bit for German words', async () => {
    // With over 128 kB of text, nodemailer measures no line and would quoted-print every byte of it.
    const bytes = Buffer.from(Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256));
    const input = await draftInput({ ...(await acme()), locale: 'de-DE' }, 'customer', 'de');
    const mail = await parse(await emailDraft({ ...input, pdf: { ...input.pdf, bytes } }));
    const [pdf, ics] = mail.attachments;
    expect(pdf!.content.equals(bytes)).toBe(true);
    expect(ics!.headers.get('content-transfer-encoding')).toBe('8bit');
    const calendar = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8')));
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(String(event.getFirstPropertyValue('summary'))).toBe('Acme Manufacturing: Quartalsgespräch Q4 2026');
    const attach = event.getFirstProperty('attach')!.getFirstValue() as unknown as { value: string };
    expect(Buffer.from(attach.value, 'base64').equals(bytes)).toBe(true);
  });

  it('carries its direction on the text itself, sides named, where webmail drops <html> and Outlook ignores inline-start', async () => {
    const html = String((await parse(await emailDraft(await draftInput(await acme(), 'customer', 'ar')))).html);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toMatch(/<body[^>]*><div lang="ar" dir="rtl" style="font-family:/);
    expect(html).toContain('border-right:3px solid #0b7285');
    expect(html).toContain('padding-right:20px');
    expect(html).not.toContain('inline-start');
    const english = String((await parse(await emailDraft(await draftInput(await acme())))).html);
    expect(english).toMatch(/<div lang="en" dir="ltr"/);
    expect(english).toContain('border-left:3px solid #0b7285');
  });

  it('signs with the sender and the company the config names, and without one rather than a stand-in', async () => {
    const input = await draftInput(await acme());
    const named = await parse(await emailDraft(input));
    expect(named.text).toMatch(/Best regards,\nDana Whitfield\nVendor Inc\.\n$/);
    const unnamed = await parse(await emailDraft({ ...input, company: null }));
    expect(unnamed.text).toMatch(/Best regards,\nDana Whitfield\n$/);
    expect(String(unnamed.html)).toContain('<p>Best regards,<br>Dana Whitfield</p>');
  });
});
