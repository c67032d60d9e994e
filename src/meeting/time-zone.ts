/**
 * The time zones a meeting may be in: those the VTIMEZONE library can describe (IANA names and
 * their aliases) and the runtime's Intl knows, so the invitation and the draft's words agree.
 */
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

let zones: Set<string> | undefined;

/** Every time zone name the VTIMEZONE library knows, IANA spelling (case matters, as in the database). */
export function timeZoneNames(): Set<string> {
  zones ??= new Set(tzlib_get_timezones() as string[]);
  return zones;
}

/** Checked against Intl one name at a time: making a format for each of 600 zones costs half a second. */
export function isTimeZone(name: string): boolean {
  return timeZoneNames().has(name) && knownToIntl(name);
}

function knownToIntl(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A zone's VTIMEZONE component and the TZID it names (an alias gets its zone's: `UTC` is `Etc/UTC`). */
export interface VTimezone {
  tzid: string;
  component: string;
}

const vtimezones = new Map<string, VTimezone>();

/** Made once a zone for a run: the library builds the component afresh at each call. */
export function vtimezone(name: string): VTimezone {
  let zone = vtimezones.get(name);
  if (!zone) {
    const [component, tzidLine] = tzlib_get_ical_block(name) as string[];
    if (!component || !tzidLine?.startsWith('TZID=')) throw new Error(`no VTIMEZONE for ${name}`);
    vtimezones.set(name, (zone = { tzid: tzidLine.slice('TZID='.length), component }));
  }
  return zone;
}
