/**
 * The draft as an RFC 5322 message, built by nodemailer's MailComposer: `X-Unsent: 1` (so the
 * mail program opens it to edit and send), plain text and HTML, the PDF and the invitation
 * attached. Same input, same bytes: its Date is the data's cut-off day, and its Message-ID and
 * multipart boundaries are a hash of its content.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import MailComposer from 'nodemailer/lib/mail-composer';
import type MimeNode from 'nodemailer/lib/mime-node';
import { base64Lines, type EncodedPdf } from './encoded-pdf.ts';
import type { Recipients } from './recipients.ts';

export interface DraftMessage {
  recipients: Recipients;
  subject: string;
  text: string;
  html: string;
  /** Midnight UTC of this day is the Date header. */
  date: string;
  pdf: EncodedPdf;
  /** `invite.ics`, when the meeting is known. */
  invitation: Uint8Array | null;
}

export async function composeDraft(message: DraftMessage): Promise<Uint8Array> {
  const { recipients, pdf, invitation } = message;
  const digest = contentDigest(message);
  const domain = recipients.from?.address.split('@')[1] ?? 'qbr.invalid';
  const mail = new MailComposer({
    ...(recipients.from ? { from: recipients.from } : {}),
    to: recipients.to,
    ...(recipients.cc.length > 0 ? { cc: recipients.cc } : {}),
    subject: message.subject,
    date: new Date(`${message.date}T00:00:00Z`),
    messageId: `<${digest.slice(0, 32)}@${domain}>`,
    baseBoundary: digest.slice(32, 48),
    headers: { 'X-Unsent': '1' },
    // Its line breaks written as CRLF here, so no newline pass goes over all the message's bytes.
    text: crlf(message.text),
    html: crlf(message.html),
    // The PDF's body is given below, encoded.
    attachments: [{ filename: pdf.name, contentType: 'application/pdf' }],
  }).compile();
  givenEncoded(mail.childNodes.at(-1)!, 'base64', base64Lines(pdf, '\r\n'));
  if (invitation) {
    const part = mail.createChild('text/calendar; charset=utf-8; method=REQUEST', { filename: 'invite.ics' });
    // Its lines are folded to 75 octets: 7bit when ASCII, else 8bit. Left to MimeNode, which
    // measures no line of a text over 128 kB, it would be quoted-printable, a pass over every byte.
    givenEncoded(part, isAscii(invitation) ? '7bit' : '8bit', invitation);
  }
  return mail.build();
}

/**
 * A part's body given as encoded already, under the headers MimeNode writes for it. The PDF's
 * base64 is the invitation's too, made once (encoded-pdf.ts); MimeNode's encoder would make it again.
 */
function givenEncoded(part: MimeNode, encoding: string, body: Uint8Array): void {
  part.setHeader('Content-Transfer-Encoding', encoding);
  // Streamed after its headers rather than copied behind them: each part is as large as the PDF.
  part.setRaw(Readable.from([Buffer.from(`${part.buildHeaders()}\r\n\r\n`), body]));
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/**
 * What the message says, hashed: two runs over the same data agree, two different drafts do not.
 * The invitation is left out: all it says is in the rest (the meeting's time and place are in the
 * text, its attendees are the recipients, its attachment the PDF), and it is the largest part.
 */
function contentDigest(message: DraftMessage): string {
  const hash = createHash('sha256');
  const { recipients } = message;
  for (const part of [
    JSON.stringify(recipients),
    message.subject,
    message.text,
    message.html,
    message.date,
    message.pdf.name,
    message.invitation ? 'invitation' : '',
  ])
    hash.update(part).update('\0');
  hash.update(message.pdf.bytes);
  return hash.digest('hex');
}
