/**
 * The email draft's view model: every line of its body in the deck's language, ready for the
 * plain-text and HTML writers (src/meeting/draft-body.ts), which only lay it out.
 */
import type { AccountReview } from '../analyse/review.ts';
import type { Audience } from '../config/config-schema.ts';
import type { Formatter } from '../format.ts';
import type { DeckView } from '../render/deck-view.ts';
import { headlineKpis } from '../render/kpis.ts';
import { agendaItems } from '../render/slide-order.ts';
import type { Meeting, Place } from './meeting.ts';
import type { Recipients } from './recipients.ts';

export interface DraftView {
  /** The language of the words (`<html lang>`) and its writing direction (`dir`). */
  lang: string;
  dir: 'ltr' | 'rtl';
  subject: string;
  greeting: string;
  /** Paragraphs before the lists: the introduction, and why the draft goes to the team when it does. */
  opening: string[];
  /** "When: ..." and "Where: ...", or the day the next review is due. */
  meeting: { when: string | null; where: string | null; link: string | null; due: string | null };
  agenda: { title: string; items: string[] };
  /** The summary slide's first three headline figures, each one line. */
  figures: { title: string; items: string[] };
  /** The internal copy's talking points, one per signal raised; null in the customer's draft. */
  talkingPoints: { title: string; items: Array<{ title: string; text: string }>; none: string } | null;
  closing: string[];
  /** The closing's lines: the regards, then the sender's name and our company's, those known. */
  signature: string[];
}

export interface DraftInput {
  review: AccountReview;
  view: DeckView;
  f: Formatter;
  audience: Audience;
  recipients: Recipients;
  meeting: Meeting | null;
  /** The day the next review is due, for a draft without a meeting. */
  due: string;
  /** Our company's name as the config gives it; null when it gives none. */
  company: string | null;
}

export function draftView({ review, view, f, audience, recipients, meeting, due, company }: DraftInput): DraftView {
  const { account, summary } = review;
  const internal = audience === 'internal';
  const quarter = f.quarter(summary.quarter);
  const customerSlides = view.slides.filter(
    (slide) => !slide.internal && slide.kind !== 'title' && slide.kind !== 'agenda',
  );
  const figure = (kpi: { label: string; value: string; detail: string }) => {
    const line = f.t('meeting.figure', { label: kpi.label, value: kpi.value });
    return kpi.detail ? f.t('meeting.figureDetail', { figure: line, detail: kpi.detail }) : line;
  };
  const sender = account.team[0];
  return {
    lang: view.lang,
    dir: view.dir,
    subject: view.title,
    greeting: recipients.toTeam
      ? f.t('meeting.greetingTeam')
      : f.t('meeting.greeting', { names: f.list(recipients.to.map((to) => to.name)) }),
    opening: [
      internal ? f.t('meeting.introInternal', { quarter, customer: account.name }) : f.t('meeting.intro', { quarter }),
      ...(!internal && recipients.toTeam ? [f.t('meeting.noEmails', { customer: account.name })] : []),
    ],
    meeting: meetingLines(meeting, f, f.t(internal ? 'meeting.dueInternal' : 'meeting.due', { date: day(due, f) })),
    agenda: { title: f.t('agenda.title'), items: agendaItems(customerSlides) },
    figures: {
      title: f.t('meeting.figures'),
      items: headlineKpis(summary, review.previous, f).slice(0, 3).map(figure),
    },
    talkingPoints: internal ? talkingPoints(review, f) : null,
    closing: [
      internal ? f.t('meeting.closingInternal') : f.t('meeting.closing'),
      ...(!internal && meeting ? [f.t('meeting.invitation')] : []),
    ],
    // Never the config's stand-in for a company it does not name ("Your company"): the customer reads this.
    signature: [f.t('meeting.regards'), ...(sender ? [sender.name] : []), ...(company ? [company] : [])],
  };
}

function meetingLines(meeting: Meeting | null, f: Formatter, dueLine: string): DraftView['meeting'] {
  if (!meeting) return { when: null, where: null, link: null, due: dueLine };
  const zone = meeting.tzid;
  const [start, end] = [meeting.start.toJSDate(), meeting.end.toJSDate()];
  const locale = wordsLocale(f);
  const date = dateFormat(locale, { dateStyle: 'full', timeZone: zone }).format(start);
  const time = dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone }).formatRange(start, end);
  // The zone's name in the language, as it is on that day ("Central European Standard Time").
  const named = dateFormat(f.language, { timeZone: zone, timeZoneName: 'long' }).formatToParts(start);
  const zoneName = named.find((part) => part.type === 'timeZoneName')?.value ?? zone;
  const place: Place | null = meeting.place;
  return {
    when: f.t('meeting.when', { date, time, zone: zoneName }),
    where: place ? f.t('meeting.where', { place: place.kind === 'link' ? place.url : place.text }) : null,
    link: place?.kind === 'link' ? place.url : null,
    due: null,
  };
}

function talkingPoints({ summary }: AccountReview, f: Formatter): NonNullable<DraftView['talkingPoints']> {
  return {
    title: f.t('meeting.talkingPoints'),
    items: summary.signals.map((s) => ({ title: f.t(`signalTitle.${s.id}`), text: f.t(`talkingPoint.${s.id}`) })),
    none: f.t('meeting.noTalkingPoints'),
  };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An Intl format, made once for a run's locale, zone and options: each takes a millisecond or more to make. */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * The draft names weekdays and months, which the deck never does: in the deck's language, with
 * the region of the account's locale (`de` with `en-US`: `de-US`), so no English word is in a German draft;
 * and in the digits the deck's numbers are written in (an Arabic deck's Latin ones, `ar-SA-u-nu-latn`).
 * Worked out once a run for each locale and language.
 */
function wordsLocale(f: Formatter): string {
  const key = `${f.locale} ${f.language}`;
  let locale = wordsLocales.get(key);
  if (!locale) {
    const region = new Intl.Locale(f.locale).maximize().region;
    const { numberingSystem } = new Intl.NumberFormat(f.locale).resolvedOptions();
    locale = new Intl.Locale(region ? `${f.language}-${region}` : f.language, { numberingSystem }).toString();
    wordsLocales.set(key, locale);
  }
  return locale;
}

const wordsLocales = new Map<string, string>();

/** A day as the draft writes it: "Mar 31, 2027", its month in the deck's language. */
function day(iso: string, f: Formatter): string {
  return dateFormat(wordsLocale(f), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
