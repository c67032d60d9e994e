/** A scratch project for `pull`: sample accounts, a config with one source, its queries. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath, ROOT, scratchProject } from '../helpers.ts';

/**
 * A project with `data/acme.yaml` (and `accounts`), a config whose one source `name` has the
 * fields of `source` and `queries: queries`, and `queries/` holding `sql` (file name -> text).
 */
export function pullProject(
  source: Record<string, unknown>,
  sql: Record<string, string>,
  accounts = ['acme'],
  name = 'warehouse',
): string {
  const dir = scratchProject(
    Object.fromEntries(accounts.map((id) => [`${id}.yaml`, join(ROOT, 'data', `${id}.yaml`)])),
  );
  const fields = Object.entries({ ...source, queries: 'queries' }).map(
    ([key, value]) => `    ${key}: ${JSON.stringify(value)}\n`,
  );
  writeFileSync(join(dir, 'qbr.config.yaml'), `sources:\n  ${name}:\n${fields.join('')}`);
  mkdirSync(join(dir, 'queries'));
  for (const [file, text] of Object.entries(sql)) writeFileSync(join(dir, 'queries', file), text);
  return dir;
}

/** Copies `test/fixtures/sources/<scenario>/query.sql` into the project's queries as `<scenario>.sql`. */
export function addQuery(dir: string, scenario: string): string {
  copyFileSync(fixturePath(`sources/${scenario}`, 'query.sql'), join(dir, 'queries', `${scenario}.sql`));
  return `queries/${scenario}.sql`;
}
