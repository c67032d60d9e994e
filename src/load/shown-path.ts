/** How a file's path is shown in messages. */
import { isAbsolute, relative, sep } from 'node:path';

/**
 * Relative to the working folder when the file is inside it (`data/acme.yaml`); absolute
 * otherwise, since `../../tmp/x/acme.yaml` is harder to find than the path itself.
 */
export function shownPath(absolutePath: string, cwd: string = process.cwd()): string {
  const inside = relative(cwd, absolutePath);
  const outside = !inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return outside ? absolutePath : inside;
}
