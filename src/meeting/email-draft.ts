/**
 * Stage 7 of `--format eml`: one deck's email draft, from what the deck was made of and its PDF.
 *
 *   next_review   -> Meeting (or the day the next review is due)   meeting.ts
 *   account       -> Recipients                                   recipients.ts
 *   review, view  -> DraftView -> plain text and HTML              draft-view.ts, draft-body.ts
 *   Meeting, PDF  -> invite.ics (customer's draft only)           invitation.ts
 *   all of it     -> the .eml's bytes                             compose-draft.ts
 */
import { DateTime } from 'luxon';
import type { FiscalYear } from '../calendar/fiscal-year.ts';
import type { AccountReview } from '../analyse/review.ts';
import type { Summary } from '../analyse/summary-schema.ts';
import type { Audience } from '../config/config-schema.ts';
import type { Formatter } from '../format.ts';
import type { DeckView } from '../render/deck-view.ts';
import { composeDraft } from './compose-draft.ts';
import { draftHtml, draftText } from './draft-body.ts';
import { draftView, type DraftView } from './draft-view.ts';
import { encodePdf, type EncodedPdf } from './encoded-pdf.ts';
import { invitation } from './invitation.ts';
import { meetingOf, nextReviewDue, type Meeting } from './meeting.ts';
import { recipients as recipientsOf, type Recipients } from './recipients.ts';

export interface EmailDraftInput {
  review: AccountReview;
  view: DeckView;
  f: Formatter;
  audience: Audience;
  fiscalYear: FiscalYear;
  /** Our company's name as the config gives it; null when it gives none (the draft then signs without one). */
  company: string | null;
  /** The PDF written beside the draft: its file name and bytes. */
  pdf: { name: string; bytes: Uint8Array };
}

export async function emailDraft(input: EmailDraftInput): Promise<Uint8Array> {
  const { review, audience } = input;
  const pdf = encodePdf(input.pdf);
  const { account, summary } = review;
  const meeting = account.next_review ? meetingOf(account.next_review) : null;
  const recipients = recipientsOf(account, audience);
  const due = nextReviewDue(summary.quarter, input.fiscalYear);
  const { f, company } = input;
  const view = draftView({ review, view: input.view, f, audience, recipients, meeting, due, company });
  // The team's copy carries no invitation: the customer's is the one the meeting is sent with.
  const invite =
    audience === 'customer' && meeting && recipients.from
      ? invitationFor(meeting, view, recipients, summary, account.id, pdf)
      : null;
  return composeDraft({
    recipients,
    subject: view.subject,
    text: draftText(view),
    html: draftHtml(view),
    date: summary.as_of,
    pdf,
    invitation: invite,
  });
}

/** The review of `id` for its quarter is one event: a new run, or a new time, updates it (the same UID). */
function invitationFor(
  meeting: Meeting,
  view: DraftView,
  recipients: Recipients,
  summary: Summary,
  id: string,
  pdf: EncodedPdf,
): Uint8Array {
  const organizer = recipients.from!;
  return invitation({
    meeting,
    uid: `${id}-qbr-${summary.quarter}@${organizer.address.split('@')[1]}`,
    stamp: DateTime.fromISO(summary.as_of, { zone: 'utc' }),
    summary: view.subject,
    description: `${view.agenda.title}\n${view.agenda.items.map((item) => `- ${item}`).join('\n')}`,
    organizer,
    attendees: [...recipients.to, ...recipients.cc],
    pdf,
  });
}
