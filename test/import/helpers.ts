/** A scratch project holding sample accounts and CSV exports, for the import tests. */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAccount } from '../../src/validate/load-account.ts';
import { fixturePath, ROOT, scratchProject } from '../helpers.ts';

/** A project with `data/<id>.yaml` copied from the samples (or other files: name -> source). */
export function importProject(
  accounts: Record<string, string> = { 'acme.yaml': join(ROOT, 'data', 'acme.yaml') },
): string {
  return scratchProject(accounts);
}

/** Copies `test/fixtures/import/<scenario>/figures.csv` into the project as `<scenario>.csv`. */
export function addExport(dir: string, scenario: string): string {
  copyFileSync(fixturePath(`import/${scenario}`, 'figures.csv'), join(dir, `${scenario}.csv`));
  return `${scenario}.csv`;
}

export const accountText = (dir: string, id = 'acme') => readFileSync(join(dir, 'data', `${id}.yaml`), 'utf8');
export const account = async (dir: string, id = 'acme') => (await loadAccount(join(dir, 'data', `${id}.yaml`))).account;
