/**
 * Logos become data URLs inside the deck. A logo must be a PNG, JPEG or SVG file of at most
 * 2 MB that resolves (symbolic links followed) inside the folder it is allowed to come from.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Config } from '../config/config-schema.ts';
import { DataError, QbrError } from '../errors.ts';
import type { SourceFile } from '../load/source-file.ts';
import { positioned } from '../validate/validate-source.ts';

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** The image's type, by its first bytes rather than its name. */
export function imageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/svg+xml' | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

/** Why a logo was refused, in words for the message. */
export class LogoError extends Error {}

/** Reads `path` (relative to `fromDir`) as a data URL, refusing anything outside `allowedRoot`. */
export async function loadLogo(path: string, fromDir: string, allowedRoot: string): Promise<string> {
  const fail = (why: string) => new LogoError(why);
  const root = await realpath(allowedRoot);
  const real = await realpath(resolve(fromDir, path)).catch(() => {
    throw fail('no such file');
  });
  const inside = relative(root, real);
  if (inside.startsWith('..') || inside.startsWith(sep) || resolve(root, inside) !== real)
    throw fail('is outside the folder it may come from (symbolic links followed)');
  const { size, isFile } = await stat(real).then((s) => ({ size: s.size, isFile: s.isFile() }));
  if (!isFile) throw fail('is not a file');
  if (size > MAX_LOGO_BYTES) throw fail(`is ${size} bytes; the limit is ${MAX_LOGO_BYTES}`);
  const bytes = await readFile(real);
  const type = imageType(bytes);
  if (!type) throw fail('is not a PNG, JPEG or SVG image');
  return `data:${type};base64,${bytes.toString('base64')}`;
}

/** The account's logo, from beside its file; a refusal is a positioned data error at `logo:`. */
export async function accountLogo(logo: string | undefined, source: SourceFile): Promise<string> {
  if (!logo) return '';
  const dataDir = dirname(source.absolutePath);
  try {
    return await loadLogo(logo, dataDir, dataDir);
  } catch (error) {
    if (!(error instanceof LogoError)) throw error;
    throw new DataError('QBR_INVALID_DATA', [positioned(source, ['logo'], false, `${logo} ${error.message}`)]);
  }
}

/** Our logo, from beside the config file. */
export async function companyLogo(config: Config): Promise<string> {
  const { logo } = config.company;
  if (!logo) return '';
  try {
    return await loadLogo(logo, config.baseDir, config.baseDir);
  } catch (error) {
    if (!(error instanceof LogoError)) throw error;
    throw new QbrError(
      'QBR_INVALID_CONFIG',
      `qbr.config.yaml company.logo: ${logo} ${error.message}`,
      'Use a PNG, JPEG or SVG of at most 2 MB in the folder of qbr.config.yaml.',
    );
  }
}
