/**
 * The plan the closing slide shows: the one filed for the quarter after the review. A plan
 * filed for the review quarter itself was last review's plan for now, never the next one.
 */
import type { Account } from '../validate/account-schema.ts';
import { addQuarters, type Quarter } from '../calendar/quarter.ts';

/** `plan[Q + 1]`, or null when the account has none (the slide then asks to agree one). */
export function nextQuarterPlan(account: Pick<Account, 'plan'>, quarter: Quarter): string[] | null {
  return account.plan[addQuarters(quarter, 1)] ?? null;
}

/** The warning's words for the command line (English, as the data-lag warning's). */
export function missingPlanWarning(quarter: Quarter): string {
  const next = addQuarters(quarter, 1);
  return `no plan for ${next} (plan: ${next}: [...]): the closing slide says the plan is to be agreed in the meeting.`;
}
