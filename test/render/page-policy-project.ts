/** A scratch project: a templates fixture's config and folder, and the valid account as data/account.yaml. */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath, ROOT } from '../helpers.ts';

export function scratchTemplatesProject(scenario: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qbr-policy-'));
  cpSync(join(ROOT, 'test', 'fixtures', scenario), dir, { recursive: true });
  mkdirSync(join(dir, 'data'));
  cpSync(fixturePath('valid'), join(dir, 'data', 'account.yaml'));
  return dir;
}
