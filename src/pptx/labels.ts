/**
 * The words the PowerPoint prints that are not in the deck's view model: the same literal
 * labels templates/*.hbs print (table heads, side labels, the footer), kept in one object so
 * they can move to the language catalogue with the templates' words. Everything else on a
 * slide comes from the view model (src/render).
 */
export const PPTX_LABELS = {
  qbr: 'Quarterly Business Review',
  internalCopy: 'Internal copy',
  presentedBy: (company: string) => `Presented by ${company}`,
  dataAsOf: (date: string) => `Data as of ${date}`,
  logo: (name: string) => `${name} logo`,
  internalBand: 'Internal: account team only. Do not share with the customer.',

  promises: 'Promises',
  highlightsOf: (quarter: string) => `Highlights of ${quarter}`,
  target: (value: string) => `target ${value}`,

  quoteCaption: (customer: string) => `${customer}, at the start of our work together`,
  whatYouBought: 'What you bought',
  workingTogetherSince: 'Working together since',
  renewal: 'Renewal',

  scorecardHeads: ['Promise', 'At sale', 'Target', 'Latest', 'Attainment', 'Status'],
  by: (quarter: string) => `by ${quarter}`,
  attainmentNote: 'Attainment: how far each result has moved from its level at sale to its target (100% is the target reached).',

  seatsInUse: (quarter: string) => `Seats in use, ${quarter}`,
  seatsOf: (active: string, licensed: string) => `${active} of ${licensed} licensed seats`,

  deliveredToDate: 'Delivered to date',
  feesToDate: 'Fees paid to date',
  returnOnFees: 'Return on fees',
  thisQuarter: 'This quarter',

  commitmentHeads: ['What we agreed', 'Owner', 'Due', 'Status'],

  contactsLastFour: 'Contacts in the last four quarters',
  againstRhythm: 'against a rhythm of 4',
  latestContacts: 'Latest contacts',
  withPeople: (people: string) => `with ${people}`,
  yourTeam: 'Your team',
  ourTeam: 'Our team',

  planFor: (quarter: string) => `Our plan for ${quarter}`,
  toAgree: 'To agree together today.',
  questionsForYou: 'Questions for you',

  healthScale: 'Health, 0 to 100',
  lastQuarter: (score: string) => `${score} last quarter`,
  healthFormula: (attainment: string) => `Health = 40 × promise attainment (${attainment}) + 60 × the share of signal weight not raised.`,
  driverHeads: ['Signal', 'Weight', 'This quarter'],
  raised: 'Raised',
  clear: 'Clear',

  say: 'Say:',
  noSignals: 'No signals this quarter: nothing in the data calls for a warning.',

  contactCoverage: 'Contact coverage',
  knownRisks: 'Known risks',
  mitigation: (text: string) => `Mitigation: ${text}`,
  noneRecorded: 'None recorded.',

  /** Speaker notes of a signal: what it is and what to say. */
  talkingPointNote: (title: string, detail: string, point: string) => `${title}. ${detail}\nSay: ${point}`,
};

/** Symbols before each status word, standing in for the HTML deck's icons (templates/icons). */
export const STATUS_SYMBOLS: Record<string, string> = {
  met: '✔',
  done: '✔',
  on_track: '→',
  at_risk: '▲',
  overdue: '▲',
  missed: '✖',
  open: '○',
  no_data: '○',
  dropped: '–',
};
