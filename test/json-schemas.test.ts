import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/json-schemas.ts';
import { ROOT } from './helpers.ts';

describe('committed JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))(
    'schema/%s matches the zod schema (run `npm run schema` if not)',
    (name, text) => {
      expect(readFileSync(join(ROOT, 'schema', name), 'utf8')).toBe(text);
    },
  );

  it('sample files point editors at the account schema', () => {
    for (const name of ['acme', 'helios-freight', 'bramble-foods']) {
      expect(readFileSync(join(ROOT, 'data', `${name}.yaml`), 'utf8').split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schema/account.schema.json',
      );
    }
  });
});
