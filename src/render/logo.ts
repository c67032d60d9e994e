/**
 * Logos become data URLs inside the deck. A logo must be a PNG, JPEG or SVG file of at most
 * 2 MB that resolves (symbolic links followed) inside the folder it is allowed to come from.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { QbrError } from '../errors.ts';

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** The image's type, by its first bytes rather than its name. */
export function imageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/svg+xml' | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

/** Reads `path` (relative to `fromDir`) as a data URL, refusing anything outside `allowedRoot`. */
export async function loadLogo(path: string, fromDir: string, allowedRoot: string, owner: string): Promise<string> {
  const fail = (why: string) => new QbrError('QBR_LOGO', `${owner}: logo ${path}: ${why}`, 'Use a PNG, JPEG or SVG of at most 2 MB inside the data folder.');
  const root = await realpath(allowedRoot);
  const real = await realpath(resolve(fromDir, path)).catch(() => {
    throw fail('no such file');
  });
  const inside = relative(root, real);
  if (inside.startsWith('..') || inside.startsWith(sep) || resolve(root, inside) !== real) throw fail(`is outside ${allowedRoot}`);
  const { size, isFile } = await stat(real).then((s) => ({ size: s.size, isFile: s.isFile() }));
  if (!isFile) throw fail('is not a file');
  if (size > MAX_LOGO_BYTES) throw fail(`is ${size} bytes; the limit is ${MAX_LOGO_BYTES}`);
  const bytes = await readFile(real);
  const type = imageType(bytes);
  if (!type) throw fail('is not a PNG, JPEG or SVG image');
  return `data:${type};base64,${bytes.toString('base64')}`;
}
