/** What a config leaves to a default a customer would notice: said once per run, never an error. */
import { translator } from '../i18n/translator.ts';
import type { Config } from './config-schema.ts';

/** The run's warnings about its config: no company name, so every title slide presents a stand-in. */
export function configWarnings(config: Config): string[] {
  if (config.company.name !== undefined) return [];
  const t = translator(config.language);
  const standIn = t('title.presentedBy', { company: t('deck.defaultCompany') });
  return [`no company name in the config (company.name in qbr.config.yaml), so every title slide says "${standIn}"`];
}
