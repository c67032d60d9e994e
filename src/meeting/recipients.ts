/**
 * Who a draft is from and to. The customer's draft: from the first team member, to the
 * stakeholders with an email, copied to the rest of the team. The internal draft, or a
 * customer's whose stakeholders have no email: to the team alone.
 */
import type { Audience } from '../config/config-schema.ts';
import type { Account } from '../validate/account-schema.ts';

export interface Address {
  name: string;
  address: string;
}

export interface Recipients {
  /** The first team member; null when that member has no email (the mail program fills it in). */
  from: Address | null;
  to: Address[];
  cc: Address[];
  /** Addressed to the team only: the internal draft, or no stakeholder has an email. */
  toTeam: boolean;
}

const withEmail = (people: ReadonlyArray<{ name: string; email?: string | undefined }>): Address[] =>
  people.flatMap((person) => (person.email ? [{ name: person.name, address: person.email }] : []));

export function recipients(account: Account, audience: Audience): Recipients {
  const [first, ...rest] = account.team;
  const from = first?.email ? { name: first.name, address: first.email } : null;
  const stakeholders = withEmail(account.stakeholders);
  if (audience === 'internal' || stakeholders.length === 0)
    return { from, to: withEmail(account.team), cc: [], toTeam: true };
  return { from, to: stakeholders, cc: withEmail(rest), toTeam: false };
}

/** The warning for an account whose customer draft can reach no stakeholder; null when one has an email. */
export function noStakeholderEmailWarning(account: Account): string | null {
  if (withEmail(account.stakeholders).length > 0) return null;
  const who = account.stakeholders.length === 0 ? 'no stakeholders are listed' : 'no stakeholder has an email';
  const hint = 'Add `email:` to the stakeholders who should receive it.';
  return `${who}, so the email draft is addressed to the team. ${hint}`;
}
