/**
 * A write the machine refused (a full disk, a read-only folder, a file where a folder must be)
 * is the user's situation, not a bug: it is told as QBR_WRITE_FAILED, naming the folder and the
 * system's reason. Any other failure stays what it is.
 */
import { QbrError } from '../errors.ts';

/** The system's refusals a user can do something about. */
const REFUSALS = new Set([
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EACCES',
  'EPERM',
  'ENOTDIR',
  'EEXIST',
  'EISDIR',
  'ENOTEMPTY',
  'EFBIG',
]);

/** `error` as QBR_WRITE_FAILED for `folder` when the system refused the write; else `error` itself. */
export function writeFailed(error: unknown, folder: string): unknown {
  const { code, message } = (error ?? {}) as NodeJS.ErrnoException;
  if (!code || !REFUSALS.has(code)) return error;
  // Node's message is `ENOSPC: no space left on device, write`: the words between code and call.
  const reason = /^\w+: ([^,]+)/.exec(message)?.[1] ?? code;
  return new QbrError(
    'QBR_WRITE_FAILED',
    `could not write to ${folder}: ${reason} (${code})`,
    'Free space, make the folder writable, or choose another with --out.',
  );
}
