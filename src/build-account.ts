/**
 * One account through the pipeline, in its order: load and validate, the quarter under review,
 * the skip check, analyse, the deck (charts, HTML, PDF: src/deck.ts), write. Each stage is timed.
 */
import { basename, join } from 'node:path';
import { reviewAccount, type AccountReview } from './analyse/review.ts';
import { missingPlanWarning, nextQuarterPlan } from './analyse/next-plan.ts';
import { dataLag, dataLagWarning, quarterUnderReview } from './analyse/review-quarter.ts';
import type { Audience, Config, Format } from './config/config-schema.ts';
import { deckLanguage } from './i18n/languages.ts';
import { accountFingerprint } from './output/fingerprint.ts';
import { entryFromReview, type ManifestEntry } from './output/manifest.ts';
import { outputNames, type OutputNames } from './output/output-names.ts';
import { unchanged } from './output/unchanged.ts';
import type { Printer } from './print/printer.ts';
import { noStakeholderEmailWarning } from './meeting/recipients.ts';
import { accountLogo } from './render/logo.ts';
import { stageTimer, type Lap, type StageTimings } from './stage-timings.ts';
import type { LoadedAccount } from './validate/load-account.ts';
import { writeAtomic } from './write/write-atomic.ts';

export interface AccountContext {
  config: Config;
  /** Our logo as a data URL, read once for the run. */
  companyLogo: string;
  formats: Format[];
  audience: Audience;
  outDir: string;
  /** The run's quarter (see src/plan-run.ts); undefined when no account has data. */
  quarter?: string | undefined;
  check: boolean;
  force: boolean;
  printer: Printer | null;
  /** The entry the quarter's manifest holds for an account, if any. */
  previous: (quarter: string, account: string) => Promise<ManifestEntry | undefined>;
}

export type AccountOutcome =
  | { kind: 'checked'; account: string; quarter: string }
  | { kind: 'skipped'; entry: ManifestEntry }
  | { kind: 'rendered'; entry: ManifestEntry; timings: StageTimings };

/** What the run should know but does not stop it (a quarter far past the data). */
export interface AccountWarning {
  account: string;
  quarter: string;
  message: string;
}

/** `warn` hears of what is odd but not wrong, in checks and unchanged accounts too. */
export async function buildAccount(
  { account, source }: LoadedAccount,
  context: AccountContext,
  warn: (warning: AccountWarning) => void = () => {},
): Promise<AccountOutcome> {
  const { timings, lap } = stageTimer();
  const file = source.absolutePath;
  const customerLogo = await accountLogo(account.logo, source);
  const quarter = quarterUnderReview(account, context.quarter, context.config.fiscal_year);
  const lag = dataLag(account, quarter);
  if (lag) warn({ account: account.id, quarter, message: dataLagWarning(lag) });
  const slides = account.slides ?? context.config.slides;
  if (slides.includes('ahead') && !nextQuarterPlan(account, quarter))
    warn({ account: account.id, quarter, message: missingPlanWarning(quarter) });
  const unaddressed =
    context.formats.includes('eml') && context.audience === 'customer' ? noStakeholderEmailWarning(account) : null;
  if (unaddressed) warn({ account: account.id, quarter, message: unaddressed });
  if (context.check) return { kind: 'checked', account: account.id, quarter };

  const { formats, audience } = context;
  const names = outputNames(context.outDir, account.id, quarter, formats, audience);
  const fingerprint = accountFingerprint(file, account.logo, context.config, { quarter, formats, audience });
  const previous = await context.previous(quarter, account.id);
  if (!context.force && previous && unchanged(previous, fingerprint, audience, names))
    return { kind: 'skipped', entry: { ...previous, status: 'unchanged' } };
  lap('load');

  // Analysed only when rendered: a skipped account's outputs hold its analysis already.
  const reviewed = reviewAccount(
    account,
    quarter,
    context.config.thresholds,
    deckLanguage(account, context.config),
    context.config.fiscal_year,
  );
  lap('analyse');

  const { outputs, printFailure } = await makeOutputs(reviewed, names, customerLogo, context, lap);
  await Promise.all(Object.entries(outputs).map(([name, content]) => writeAtomic(join(names.dir, name), content)));
  // A deck the browser did not print still has its summary and HTML written: the account fails all the same.
  if (printFailure) throw printFailure;
  lap('write');
  return {
    kind: 'rendered',
    entry: entryFromReview(reviewed, outputs, { [audience]: fingerprint }),
    timings,
  };
}

/** Each output's content by file name (the summary, and the deck's HTML, PDF, PowerPoint and email draft), and why its PDF is missing if it is. */
async function makeOutputs(
  reviewed: AccountReview,
  { files }: OutputNames,
  customerLogo: string,
  context: AccountContext,
  lap: Lap,
): Promise<{ outputs: Record<string, string | Uint8Array>; printFailure?: unknown }> {
  if (files.pdf) context.printer?.warmUp();
  const outputs: Record<string, string | Uint8Array> = {};
  if (files.json) outputs[files.json] = `${JSON.stringify(reviewed.summary, null, 2)}\n`;
  if (files.html || files.pdf || files.pptx || files.eml) {
    // Loaded when a deck is first needed, after the browser was started: the two overlap.
    const { renderDeck } = await import('./deck.ts');
    const logos = { customer: customerLogo, company: context.companyLogo };
    const deck = await renderDeck(
      reviewed,
      {
        config: context.config,
        logos,
        audience: context.audience,
        printer: files.pdf ? context.printer : null,
        html: Boolean(files.html),
        pptx: Boolean(files.pptx),
        eml: files.eml && files.pdf && basename(files.pdf),
      },
      lap,
    );
    if (files.html) outputs[files.html] = deck.html;
    if (files.pdf && deck.pdf) outputs[files.pdf] = deck.pdf;
    if (files.pptx && deck.pptx) outputs[files.pptx] = deck.pptx;
    if (files.eml && deck.eml) outputs[files.eml] = deck.eml;
    return { outputs, printFailure: deck.printFailure };
  }
  return { outputs };
}
