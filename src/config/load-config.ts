/** Reads `qbr.config.yaml` when there is one; defaults otherwise. */
import { translator } from '../i18n/translator.ts';
import type { Language } from '../i18n/languages.ts';
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DataError, QbrError } from '../errors.ts';
import { loadSourceFile } from '../load/source-file.ts';
import { positioned, validateSource } from '../validate/validate-source.ts';
import { configSchema, type Config } from './config-schema.ts';
import { shownPath } from '../load/shown-path.ts';

export const CONFIG_FILE = 'qbr.config.yaml';

/** `explicitPath` (`--config`) must be a file; otherwise `qbr.config.yaml` in `cwd` is used when present. */
export async function loadConfig(cwd: string, explicitPath?: string): Promise<Config> {
  const path = resolve(cwd, explicitPath ?? CONFIG_FILE);
  const exists = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!exists && explicitPath === undefined) return { ...configSchema.parse({}), baseDir: cwd };
  if (!exists) {
    throw new QbrError(
      'QBR_NO_CONFIG',
      `${shownPath(path, cwd)}: no such config file (given with --config)`,
      `Check the path; without --config, ${CONFIG_FILE} in the working folder is read when there is one.`,
    );
  }
  const source = await loadSourceFile(path, 'QBR_INVALID_CONFIG');
  const data = source.data === undefined ? {} : source.data;
  const config = { ...validateSource({ ...source, data }, configSchema, 'QBR_INVALID_CONFIG'), baseDir: dirname(path) };
  const folder = templateFolder(config);
  if (folder !== null && !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new DataError('QBR_INVALID_CONFIG', [positioned(source, ['templates'], false, `no folder ${folder}`)]);
  }
  return config;
}

/** The config's `templates:` folder as an absolute path; null when it has none. */
export function templateFolder(config: Config): string | null {
  return config.templates === undefined ? null : resolve(config.baseDir, config.templates);
}

/** Our company's name as the config gives it, else the language's stand-in ("Your company"). */
export function companyName(config: Config, language: Language = 'en'): string {
  return config.company.name ?? translator(language)('deck.defaultCompany');
}
