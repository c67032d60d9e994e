/**
 * The draft's body twice: plain text, and HTML for mail programs that show it. The HTML loads
 * nothing (no images, fonts or style sheets from elsewhere: mail programs block them and they
 * would tell the sender when it is read); its style is inline. Webmail (Gmail, Outlook on the web)
 * drops `<html>` and `<body>` with their attributes, so the direction, language and type are on
 * a `<div>` around the text too; Outlook for Windows knows no `padding-inline-start` or
 * `border-inline-start`, so sides are named, left or right as the direction has it.
 */
import { escapeMarkup } from '../escape-markup.ts';
import type { DraftView } from './draft-view.ts';

/** The body as plain text: paragraphs apart by a blank line, lists with a dash. */
export function draftText(view: DraftView): string {
  const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');
  const blocks = [
    view.greeting,
    ...view.opening,
    [view.meeting.when, view.meeting.where, view.meeting.due].filter(Boolean).join('\n'),
    `${view.agenda.title}\n${list(view.agenda.items)}`,
    view.figures.items.length > 0 ? `${view.figures.title}\n${list(view.figures.items)}` : '',
    view.talkingPoints ? `${view.talkingPoints.title}\n${talkingPointsText(view.talkingPoints)}` : '',
    ...view.closing,
    view.signature.join('\n'),
  ];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

function talkingPointsText(points: NonNullable<DraftView['talkingPoints']>): string {
  if (points.items.length === 0) return points.none;
  return points.items.map((point) => `- ${point.title}: ${point.text}`).join('\n');
}

/** The inline styles, the start side (left, or right in a right-to-left language) named. */
function styles(dir: DraftView['dir']) {
  const start = dir === 'rtl' ? 'right' : 'left';
  return {
    text: 'font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2933',
    heading: 'font-size:15px;margin:20px 0 6px',
    list: `margin:0;padding:0;padding-${start}:20px`,
    meeting: `margin:12px 0;padding:8px 12px;border-${start}:3px solid #0b7285;background:#f1f5f9`,
  };
}

const p = (text: string) => `<p>${escapeMarkup(text)}</p>`;

/** The body as an HTML document in the deck's language and direction; every value escaped. */
export function draftHtml(view: DraftView): string {
  const style = styles(view.dir);
  const ul = (items: string[]) => `<ul style="${style.list}">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
  const section = (title: string, body: string) => `<h2 style="${style.heading}">${escapeMarkup(title)}</h2>${body}`;
  const points = view.talkingPoints;
  const parts = [
    p(view.greeting),
    ...view.opening.map(p),
    meetingHtml(view.meeting, style.meeting),
    section(view.agenda.title, ul(view.agenda.items.map(escapeMarkup))),
    view.figures.items.length > 0 ? section(view.figures.title, ul(view.figures.items.map(escapeMarkup))) : '',
    points
      ? section(
          points.title,
          points.items.length > 0
            ? ul(points.items.map((i) => `<strong>${escapeMarkup(i.title)}</strong>: ${escapeMarkup(i.text)}`))
            : p(points.none),
        )
      : '',
    ...view.closing.map(p),
    `<p>${view.signature.map(escapeMarkup).join('<br>')}</p>`,
  ];
  const language = `lang="${escapeMarkup(view.lang)}" dir="${view.dir}"`;
  const head = `<meta charset="utf-8"><title>${escapeMarkup(view.subject)}</title>`;
  const text = `<div ${language} style="${style.text}">${parts.join('\n')}</div>`;
  return `<!DOCTYPE html>\n<html ${language}><head>${head}</head><body style="${style.text}">${text}</body></html>\n`;
}

function meetingHtml(meeting: DraftView['meeting'], style: string): string {
  if (meeting.due) return p(meeting.due);
  const where = meeting.where && meeting.link ? linked(meeting.where, meeting.link) : escapeMarkup(meeting.where ?? '');
  const lines = [escapeMarkup(meeting.when ?? ''), where].filter(Boolean);
  return `<p style="${style}">${lines.join('<br>')}</p>`;
}

/** The line with its link made clickable: the address written in it becomes the anchor. */
function linked(line: string, url: string): string {
  const at = line.indexOf(url);
  if (at < 0) return escapeMarkup(line);
  const anchor = `<a href="${escapeMarkup(url)}">${escapeMarkup(url)}</a>`;
  return `${escapeMarkup(line.slice(0, at))}${anchor}${escapeMarkup(line.slice(at + url.length))}`;
}
