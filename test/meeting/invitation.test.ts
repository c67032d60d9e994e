import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { encodePdf } from '../../src/meeting/encoded-pdf.ts';
import { invitation } from '../../src/meeting/invitation.ts';
import { meetingOf } from '../../src/meeting/meeting.ts';
import type { NextReview } from '../../src/validate/account-schema.ts';
import { PDF } from './draft-input.ts';

function invite(review: Partial<NextReview> = {}): string {
  const meeting = meetingOf({
    date: '2027-01-14',
    time: '15:00',
    duration_minutes: 90,
    timezone: 'Europe/Berlin',
    location: 'Room 4.12, Plant 3',
    ...review,
  });
  const ics = invitation({
    meeting,
    uid: 'acme-qbr-2026-Q4@vendor.example',
    stamp: DateTime.fromISO('2026-12-31', { zone: 'utc' }),
    summary: 'Acme Manufacturing: Quarterly Business Review Q4 2026',
    description: 'Agenda\n- Executive summary\n- Looking ahead',
    organizer: { name: 'Dana Whitfield', address: 'dana@vendor.example' },
    attendees: [
      { name: 'Priya Raman', address: 'priya.raman@acme.example' },
      { name: 'Luis Ortega', address: 'luis@vendor.example' },
    ],
    pdf: encodePdf({ name: 'acme-qbr-2026-Q4.pdf', bytes: PDF }),
  });
  return Buffer.from(ics).toString('utf8');
}

/** The event as a calendar reads it: its zones registered from the file's own VTIMEZONEs. */
function readEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('the invitation', () => {
  it('is a REQUEST with one event: organizer, attendees, summary, agenda, place and a stable UID', () => {
    const { calendar, vevent, event } = readEvent(invite());
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(event.uid).toBe('acme-qbr-2026-Q4@vendor.example');
    expect(event.organizer).toBe('mailto:dana@vendor.example');
    expect(event.attendees.map((a) => [String(a.getFirstValue()).toLowerCase(), a.getParameter('cn')])).toEqual([
      ['mailto:priya.raman@acme.example', 'Priya Raman'],
      ['mailto:luis@vendor.example', 'Luis Ortega'],
    ]);
    expect(event.summary).toBe('Acme Manufacturing: Quarterly Business Review Q4 2026');
    expect(event.description).toBe('Agenda\n- Executive summary\n- Looking ahead');
    expect(event.location).toBe('Room 4.12, Plant 3');
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-31T00:00:00Z');
  });

  it('gives its start in its zone: 15:00 in Berlin is 14:00 UTC in January and 13:00 UTC after the clocks change', () => {
    const winter = readEvent(invite({ date: '2027-01-14' }));
    expect(winter.vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Berlin');
    expect(winter.event.startDate.toJSDate().toISOString()).toBe('2027-01-14T14:00:00.000Z');
    expect(winter.event.endDate.toJSDate().toISOString()).toBe('2027-01-14T15:30:00.000Z');
    // Summer time begins on 28 March 2027.
    const summer = readEvent(invite({ date: '2027-03-29' }));
    expect(summer.event.startDate.toJSDate().toISOString()).toBe('2027-03-29T13:00:00.000Z');
    expect(invite()).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n');
  });

  it('names a link as the meeting’s URL and location', () => {
    const { vevent, event } = readEvent(invite({ location: 'https://meet.example/acme' }));
    expect(vevent.getFirstPropertyValue('url')).toBe('https://meet.example/acme');
    expect(event.location).toBe('https://meet.example/acme');
  });

  it('carries the PDF inside it, byte for byte, with every line at most 75 octets', () => {
    const ics = invite();
    const attach = readEvent(ics).vevent.getFirstProperty('attach')!;
    expect(attach.getParameter('fmttype')).toBe('application/pdf');
    expect(attach.getParameter('encoding')).toBe('BASE64');
    expect(attach.type).toBe('binary'); // VALUE=BINARY, as ical.js reads it
    const inside = Buffer.from((attach.getFirstValue() as unknown as { value: string }).value, 'base64');
    expect(inside.equals(PDF)).toBe(true);
    const longest = Math.max(...ics.split('\r\n').map((line) => Buffer.byteLength(line)));
    expect(longest).toBeLessThanOrEqual(75);
  });
});
