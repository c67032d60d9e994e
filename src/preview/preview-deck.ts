/**
 * The deck's HTML for the preview, made by the same stages as a written deck
 * (load -> validate -> analyse -> chart -> render), without a browser or a PDF. A failure is
 * returned, not thrown, so the preview can show it and keep running.
 */
import { dirname, resolve } from 'node:path';
import { reviewAccount } from '../analyse/review.ts';
import { quarterUnderReview } from '../analyse/review-quarter.ts';
import type { Audience } from '../config/config-schema.ts';
import { CONFIG_FILE, loadConfig, templateFolder } from '../config/load-config.ts';
import { deckLanguage } from '../i18n/languages.ts';
import { renderDeck } from '../deck.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { accountLogo, companyLogo } from '../render/logo.ts';
import { loadAccount } from '../validate/load-account.ts';
import type { DeckInputs } from './watch-inputs.ts';

/** What to preview; flags over the config, as for a written deck. */
export interface PreviewSource {
  cwd: string;
  /** The account file, absolute. */
  file: string;
  audience?: Audience | undefined;
  quarter?: string | undefined;
  /** The config file, when not `qbr.config.yaml` in `cwd`. */
  config?: string | undefined;
}

export type PreviewBuild =
  | { html: string; inputs: DeckInputs; ms: number }
  | { error: unknown; inputs: DeckInputs; ms: number };

/** Builds the deck; `inputs` lists what it was made from, as far as the build got. */
export async function buildPreview(source: PreviewSource): Promise<PreviewBuild> {
  const started = performance.now();
  const configFile = resolve(source.cwd, source.config ?? CONFIG_FILE);
  const inputs: DeckInputs = { files: [source.file, configFile], folders: [TEMPLATES_DIR] };
  try {
    const config = await loadConfig(source.cwd, source.config);
    if (config.company.logo) inputs.files.push(resolve(config.baseDir, config.company.logo));
    const templates = templateFolder(config);
    if (templates) inputs.folders.push(templates);
    const { account, source: yaml } = await loadAccount(source.file, { fiscalYear: config.fiscal_year });
    if (account.logo) inputs.files.push(resolve(dirname(source.file), account.logo));
    const logos = { customer: await accountLogo(account.logo, yaml), company: await companyLogo(config) };
    const reviewed = reviewAccount(
      account,
      quarterUnderReview(account, source.quarter),
      config.thresholds,
      deckLanguage(account, config),
    );
    const { html } = await renderDeck(reviewed, { config, logos, audience: source.audience, printer: null });
    return { html, inputs, ms: performance.now() - started };
  } catch (error) {
    return { error, inputs, ms: performance.now() - started };
  }
}
