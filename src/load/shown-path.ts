/** How a file's path is shown in messages. */
import { isAbsolute, relative, sep } from 'node:path';
import { workingFolder } from './working-folder.ts';

/**
 * Relative to the working folder when the file is inside it (`data/acme.yaml`); absolute
 * otherwise, since `../../tmp/x/acme.yaml` is harder to find than the path itself. The working
 * folder is where the user typed `npm run qbr`, not the package's root npm runs it from.
 */
export function shownPath(absolutePath: string, cwd: string = workingFolder()): string {
  const inside = relative(cwd, absolutePath);
  const outside = !inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return outside ? absolutePath : inside;
}
