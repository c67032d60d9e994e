/** Regenerates schema/*.json from the zod schemas: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/json-schemas.ts';

const dir = join(import.meta.dirname, '..', 'schema');
for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote schema/${name}`);
}
