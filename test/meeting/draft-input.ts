/** What a draft is made from, for the unit tests: a real account, its review and deck view, and a PDF Chromium wrote. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewAccount } from '../../src/analyse/review.ts';
import { DEFAULT_THRESHOLDS } from '../../src/analyse/thresholds.ts';
import { CALENDAR_YEAR } from '../../src/calendar/fiscal-year.ts';
import { drawDeckCharts } from '../../src/chart/deck-charts.ts';
import type { Audience } from '../../src/config/config-schema.ts';
import { createFormatter } from '../../src/format.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type { EmailDraftInput } from '../../src/meeting/email-draft.ts';
import { deckView } from '../../src/render/deck-view.ts';
import type { Account } from '../../src/validate/account-schema.ts';
import { loadAccount } from '../../src/validate/load-account.ts';
import { CUSTOMER_SLIDE_KINDS } from '../../src/validate/slide-list.ts';
import { ROOT } from '../helpers.ts';

/** A PDF as Chromium prints it (any PDF would do: the draft carries it byte for byte). */
export const PDF = new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'chromium-pdf', 'deck.pdf')));

export async function acme(): Promise<Account> {
  return (await loadAccount(join(ROOT, 'data', 'acme.yaml'))).account;
}

/** The draft's input for `account` reviewed in 2026-Q4, in `language`, for `audience`. */
export async function draftInput(
  account: Account,
  audience: Audience = 'customer',
  language: Language = 'en',
): Promise<EmailDraftInput> {
  const review = reviewAccount(account, '2026-Q4', DEFAULT_THRESHOLDS, language);
  const f = createFormatter(review.locale, account.currency, language);
  const colors = { primary: '#1f3a5f', accent: '#0b7285' };
  const charts = await drawDeckCharts(review, f, colors, false);
  const company = { name: 'Vendor Inc.', logo: '', colors };
  const view = deckView({
    review,
    f,
    charts,
    audience,
    company,
    customerLogo: '',
    questions: undefined,
    slides: CUSTOMER_SLIDE_KINDS,
  });
  const name = audience === 'internal' ? 'acme-qbr-2026-Q4-internal.pdf' : 'acme-qbr-2026-Q4.pdf';
  return { review, view, f, audience, fiscalYear: CALENDAR_YEAR, company: company.name, pdf: { name, bytes: PDF } };
}
