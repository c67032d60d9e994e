/**
 * What an account's outputs were made from: its data file and logo, the templates, the config,
 * the program and the options. Unchanged fingerprint and outputs present: nothing to do.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Audience, Config, Format } from '../config/config-schema.ts';
import { templateFolder } from '../config/load-config.ts';
import { programFingerprint } from '../program-fingerprint.ts';

/** Every file under `dir`, sorted, as absolute paths; none when it does not exist. */
export function filesUnder(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

export interface FingerprintInput {
  /** Every file the outputs are made from: the data file, its logo, our logo, the config's templates. */
  files: string[];
  /** The config as loaded (defaults applied), so an edit to the file or its defaults counts. */
  config: unknown;
  /** Options that change the outputs: quarter, formats, audience. */
  options: unknown;
}

export function fingerprint(input: FingerprintInput): string {
  const hash = createHash('sha256').update(programFingerprint());
  for (const file of input.files) {
    try {
      hash.update(file).update(readFileSync(file));
    } catch {
      hash.update(`${file} missing`);
    }
  }
  return hash.update(JSON.stringify(input.config)).update(JSON.stringify(input.options)).digest('hex');
}

/** What one account's outputs are made from: its file and logo, our logo, the config's templates folder, the config and the options. */
export function accountFingerprint(
  file: string,
  logo: string | undefined,
  config: Config,
  options: { quarter: string; formats: Format[]; audience: Audience },
): string {
  const templates = templateFolder(config);
  const inputs = [
    file,
    logo && resolve(dirname(file), logo),
    config.company.logo && resolve(config.baseDir, config.company.logo),
    ...(templates ? filesUnder(templates) : []),
  ];
  return fingerprint({ files: inputs.filter((f): f is string => Boolean(f)), config, options });
}
