/**
 * The text of a new account file: every section of the sample's shape, commented, with
 * neutral values. One promise holds its level at sale as the first result, so the file passes
 * `--check` as it is (a review needs a quarter with data).
 */
import { CALENDAR_YEAR, quarterOfDate } from '../calendar/fiscal-year.ts';
import { addQuarters } from '../calendar/quarter.ts';
import { yamlString } from '../import/yaml-edit.ts';

export interface SkeletonFields {
  /** The account id (the file's name). */
  id: string;
  name: string;
  /** From the file to `schema/account.schema.json`, for editor completion. */
  schemaPath: string;
  /** Today, `YYYY-MM-DD`: the contract starts on the first day of its quarter. */
  today: string;
}

export function accountSkeleton({ id, name, schemaPath, today }: SkeletonFields): string {
  const quarter = quarterOfDate(today, CALENDAR_YEAR);
  const start = `${quarter.slice(0, 4)}-${String((Number(quarter.slice(-1)) - 1) * 3 + 1).padStart(2, '0')}-01`;
  const renewal = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
  const due = addQuarters(quarter, 4);
  return `# yaml-language-server: $schema=${schemaPath}
# ${name}: made by \`npm run qbr -- new ${id}\`. Replace the neutral values with the account's
# own; \`npm run qbr -- --check ${id}\` says what is still wrong. qbr's docs/account-file.md
# describes every field, its values and its limits.
name: ${yamlString(name)}
industry: Their industry            # optional
currency: USD                       # ISO 4217: USD, EUR, GBP, ...
locale: en-US                       # BCP 47: how numbers, money and dates are written (de-DE, en-GB, ...)
# language: de                      # optional: en, de, fr, es, ja, ar or he; the deck's words (default: the config's)
${commented(`# logo: logos/${id}.png`, 'optional: a PNG, JPEG or SVG beside this file')}

team:                               # our side: who presents the review
  - { name: Your name, role: Account manager, email: you@vendor.example }

contract:
${commented(`  start: ${start}`, 'its quarter is the baseline quarter')}
${commented(`  renewal: ${renewal}`, 'optional')}
  annual_value: 100000              # what the customer pays per year, in \`currency\`
  products: [Your product]

# The customer's own answer, at sale, to "six months from now, how will you know this decision
# was a success?" Quoted on its own slide.
success_definition: >
  The customer's own words.

# The customer's people; role: executive_sponsor, decision_maker, champion, user, finance or other.
stakeholders:
  - { name: Their executive sponsor, title: Job title, role: executive_sponsor }
  - { name: Their champion, title: Job title, role: champion }

promises:                           # the success metrics agreed at sale
  - id: first-promise               # lower-case letters, digits, - and _; the metric in an import
    name: What the customer calls this metric
    unit: percent                   # percent | currency | count | hours | days | minutes | score | number
    direction: higher               # higher or lower: which way is better
    baseline: 0                     # the measured value at sale
    target: 100                     # the promised value
${commented(`    due: ${due}`, 'the quarter by which the target was promised')}
    source: Where it was written down
    actuals:                        # quarter -> measured value; \`npm run qbr -- import\` adds these
${commented(`      ${quarter}: 0`, 'at sale: the baseline')}

# Value delivered to the customer, in \`currency\`; for example
#   - { quarter: ${quarter}, amount: 10000, description: Overtime avoided }
value: []

# Per quarter: seats paid for and seats in real use; for example
#   ${quarter}: { licensed: 100, active: 80 }
adoption: {}

# Per quarter, every field optional; for example
#   ${quarter}: { tickets: 12, resolved: 11, sla_breaches: 0, first_response_hours: 2.5, csat: 4.5 }
support: {}

# Every contact with the customer; type: call, email, meeting, qbr, visit, event or note; for example
#   - { date: ${start}, type: meeting, with: [Their champion], summary: Kick-off }
touchpoints: []

# Action items agreed with the customer; owner: vendor or customer; status: open, done or dropped
# (done needs completed: DATE); for example
#   - { description: Send the rollout plan, owner: vendor, agreed: ${quarter}, due: ${start}, status: open }
commitments: []

# Per quarter: the quarter's wins, and what we propose to do next; for example
#   ${quarter}: [First team live]
highlights: {}
plan: {}

# Known to the team, beside the risks the data shows; severity: low, medium or high; for example
#   - { description: Budget freeze next year, mitigation: Show value by quarter, severity: medium }
risks: []

# Optional: replaces the config's discovery questions on the closing slide.
# questions:
#   - Have your budgets for next year changed?

# Optional: which customer slides, in which order, for this account (replaces the config's list);
# \`custom\` is where the slides below go.
# slides: [title, agenda, summary, success, scorecard, promise-charts, value, adoption,
#          support, commitments, together, custom, ahead]

# Optional: slides of your own, a title and a Markdown body each; for example
#   - id: roadmap
#     title: Our roadmap
#     body: |
#       - **Monday planning** inside the product
custom_slides: []

# Optional: the review meeting; \`--format eml\` writes the email draft with its invitation.
# next_review:
#   date: ${start}
#   time: "10:00"                   # at \`timezone\`
#   duration_minutes: 60
#   timezone: UTC                   # an IANA name, like Europe/Berlin
#   location: https://meet.example/review   # a room or a link
`;
}

/** A line with its comment in the file's comment column. */
function commented(line: string, comment: string): string {
  return `${line.padEnd(35)} # ${comment}`;
}

/** `globex-corp` -> `Globex Corp`: a name to start from. */
export function nameFromId(id: string): string {
  return id
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}
