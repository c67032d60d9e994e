/**
 * The review meeting a draft is for: `next_review` as instants in its time zone, or, without one,
 * the day by which the next review is due (the end of the quarter after the one reviewed).
 */
import { DateTime } from 'luxon';
import { quarterEnd, type FiscalYear } from '../calendar/fiscal-year.ts';
import { addQuarters, type Quarter } from '../calendar/quarter.ts';
import type { NextReview } from '../validate/account-schema.ts';
import { vtimezone } from './time-zone.ts';

/** Where the meeting is: a room (text) or a link (an http or https address). */
export type Place = { kind: 'room'; text: string } | { kind: 'link'; url: string };

export interface Meeting {
  /** Start and end in the meeting's zone (luxon keeps the zone, so DTSTART is written in it). */
  start: DateTime;
  end: DateTime;
  /** The zone as the account names it, and the TZID and VTIMEZONE the invitation carries. */
  timeZone: string;
  tzid: string;
  vtimezone: string;
  place: Place | null;
}

/** The meeting of `next_review`; the validation already checked its date, time and zone. */
export function meetingOf(review: NextReview): Meeting {
  const { tzid, component } = vtimezone(review.timezone);
  const start = DateTime.fromISO(`${review.date}T${review.time}`, { zone: tzid });
  if (!start.isValid) throw new Error(`next_review: ${start.invalidExplanation ?? 'invalid date'}`);
  return {
    start,
    end: start.plus({ minutes: review.duration_minutes }),
    timeZone: review.timezone,
    tzid,
    vtimezone: component,
    place: review.location === undefined ? null : placeOf(review.location),
  };
}

export function placeOf(location: string): Place {
  return /^https?:\/\/\S+$/i.test(location) ? { kind: 'link', url: location } : { kind: 'room', text: location };
}

/** The last day of the quarter after `quarter`: by then the next review is due. */
export function nextReviewDue(quarter: Quarter, fiscalYear: FiscalYear): string {
  return quarterEnd(addQuarters(quarter, 1), fiscalYear);
}
