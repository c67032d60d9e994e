/**
 * The draft as an RFC 5322 message, built by nodemailer's MailComposer: `X-Unsent: 1` (so the
 * mail program opens it to edit and send), plain text and HTML, the PDF and the invitation
 * attached. Same input, same bytes: its Date is the data's cut-off day, and its Message-ID and
 * multipart boundaries are a hash of its content.
 */
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Recipients } from './recipients.ts';

export interface DraftMessage {
  recipients: Recipients;
  subject: string;
  text: string;
  html: string;
  /** Midnight UTC of this day is the Date header. */
  date: string;
  pdf: { name: string; bytes: Uint8Array };
  /** `invite.ics`, when the meeting is known. */
  invitation: string | null;
}

export async function composeDraft(message: DraftMessage): Promise<Uint8Array> {
  const { recipients, pdf, invitation } = message;
  const digest = contentDigest(message);
  const domain = recipients.from?.address.split('@')[1] ?? 'qbr.invalid';
  const composer = new MailComposer({
    ...(recipients.from ? { from: recipients.from } : {}),
    to: recipients.to,
    ...(recipients.cc.length > 0 ? { cc: recipients.cc } : {}),
    subject: message.subject,
    date: new Date(`${message.date}T00:00:00Z`),
    messageId: `<${digest.slice(0, 32)}@${domain}>`,
    baseBoundary: digest.slice(32, 48),
    headers: { 'X-Unsent': '1' },
    text: message.text,
    html: message.html,
    attachments: [
      { filename: pdf.name, content: Buffer.from(pdf.bytes), contentType: 'application/pdf' },
      ...(invitation
        ? [
            {
              filename: 'invite.ics',
              content: invitation,
              contentType: 'text/calendar; charset=utf-8; method=REQUEST',
              // Left to MimeNode: 7bit when ASCII (its lines are folded to 75 octets), else quoted-printable
              // or base64 as it measures; not base64 always, which would encode the PDF's base64 again.
              contentTransferEncoding: false as const,
            },
          ]
        : []),
    ],
    newline: '\r\n',
  });
  return composer.compile().build();
}

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
