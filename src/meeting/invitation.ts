/**
 * `invite.ics`: the review meeting as an iTIP request (RFC 5546) with the deck inside it.
 * ical-generator writes the calendar, the zone's VTIMEZONE comes from timezones-ical-library;
 * the ATTACH line is added by hand, since ical-generator writes attachments as URIs only.
 */
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import type { DateTime } from 'luxon';
import { base64Lines, type EncodedPdf } from './encoded-pdf.ts';
import type { Meeting } from './meeting.ts';
import type { Address } from './recipients.ts';

export interface InvitationInput {
  meeting: Meeting;
  /** Stable across runs, so a calendar updates the event it has rather than adding one. */
  uid: string;
  /** The draft's Date: the invitation's DTSTAMP, never the clock. */
  stamp: DateTime;
  summary: string;
  /** The agenda, as plain text. */
  description: string;
  organizer: Address;
  attendees: Address[];
  pdf: EncodedPdf;
}

/** `invite.ics`, as UTF-8 bytes. */
export function invitation(input: InvitationInput): Buffer {
  const { meeting } = input;
  const calendar = ical({
    prodId: { company: 'qbr', product: 'qbr', language: 'EN' },
    method: ICalCalendarMethod.REQUEST,
    // No calendar-wide zone: with one, ical-generator writes DTSTAMP in it, where RFC 5545 wants UTC.
    timezone: { name: null, generator: (zone) => (zone === meeting.tzid ? meeting.vtimezone : null) },
  });
  const event = calendar.createEvent({
    id: input.uid,
    start: meeting.start,
    end: meeting.end,
    timezone: meeting.tzid,
    stamp: input.stamp,
    summary: input.summary,
    description: input.description,
    organizer: { name: input.organizer.name, email: input.organizer.address },
    ...(meeting.place?.kind === 'room' ? { location: meeting.place.text } : {}),
    // A link is the meeting's address (URL) and, for the programs that show only LOCATION, its place too.
    ...(meeting.place?.kind === 'link' ? { url: meeting.place.url, location: meeting.place.url } : {}),
  });
  for (const attendee of input.attendees) {
    event.createAttendee({
      name: attendee.name,
      email: attendee.address,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    });
  }
  return withAttachment(calendar.toString(), input.pdf);
}

/** The PDF inline (RFC 5545 3.8.1.1), before the event ends. */
function withAttachment(ics: string, pdf: EncodedPdf): Buffer {
  const name = pdf.name.replace(/[^\w.-]/g, '_');
  const head = `ATTACH;FMTTYPE=application/pdf;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=${name}:`;
  const end = ics.lastIndexOf('END:VEVENT\r\n');
  if (end < 0) throw new Error('ical-generator wrote no VEVENT');
  // The value begins on a line of its own: a folded line may end anywhere short of 75 octets.
  return base64Lines(pdf, '\r\n ', `${ics.slice(0, end)}${foldAscii(head)}\r\n `, `\r\n${ics.slice(end)}`);
}

/**
 * A line of ASCII folded at 75 octets (RFC 5545 3.1): 75, then CRLF, a space and 74 at a time.
 * Not ical-generator's foldLines, which measures each character with a TextEncoder of its own.
 */
function foldAscii(line: string): string {
  const parts = [line.slice(0, 75)];
  for (let at = 75; at < line.length; at += 74) parts.push(line.slice(at, at + 74));
  return parts.join('\r\n ');
}
