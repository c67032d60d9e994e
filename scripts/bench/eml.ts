/**
 * `npm run bench -- --only eml [--accounts 100]`: what `--format eml` adds to a batch, a deck at a
 * time: the drafts of N synthetic accounts (each stakeholder with an email, every other account
 * with a `next_review`, so half the drafts carry an invitation with the PDF inside), built in this
 * process with the PDFs they attach; the `eml` stage's time (composing the draft, its invitation
 * and their encodings) summed over the decks. The target: at most 10 ms a deck.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { build, type DeckEvent } from '../../src/build.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { syntheticAccount } from './synthetic.ts';

const NEXT_REVIEW = {
  date: '2027-03-29',
  time: '15:00',
  duration_minutes: 60,
  timezone: 'Europe/Berlin',
  location: 'https://meet.example/review',
};

/** A synthetic account made ready for a draft: emails on both sides, and for even `n` the meeting. */
function accountWithMeeting(n: number): string {
  const account = parse(syntheticAccount(n)) as {
    team: Array<{ name: string; email?: string }>;
    stakeholders: Array<{ name: string; email?: string }>;
    next_review?: object;
  };
  const email = (name: string, domain: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${domain}`;
  for (const person of account.team) person.email = email(person.name, 'vendor.example');
  for (const person of account.stakeholders) person.email = email(person.name, 'customer.example');
  if (n % 2 === 0) account.next_review = NEXT_REVIEW;
  return stringify(account);
}

export async function benchEml(
  work: string,
  count: number,
  concurrency: number,
  row: (label: string, value: string, note?: string) => void,
): Promise<void> {
  const dir = join(work, 'eml');
  mkdirSync(join(dir, 'data'), { recursive: true });
  for (let n = 0; n < count; n++)
    writeFileSync(join(dir, 'data', `bench-${String(n).padStart(4, '0')}.yaml`), accountWithMeeting(n));
  let ms = 0;
  let decks = 0;
  const onDeck = (event: DeckEvent) => {
    if (event.type !== 'done') return;
    ms += event.timings.eml;
    decks++;
  };
  const result = await build(
    {
      cwd: dir,
      accounts: [],
      all: true,
      concurrency,
      config: await loadConfig(dir),
      formats: ['pdf', 'eml'],
      force: true,
    },
    onDeck,
  );
  if (result.failed > 0) throw new Error(`${result.failed} of the eml bench's accounts failed`);
  console.log(`--format eml: ${decks} synthetic decks with their PDFs, in this process (half with an invitation)`);
  row(
    '  the draft, a deck (eml stage)',
    `${(ms / decks).toFixed(1)} ms`,
    `target <= 10 ms: ${ms / decks <= 10 ? 'met' : 'NOT MET'}`,
  );
}
