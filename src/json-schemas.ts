/** The JSON Schemas editors and CI use, generated from the zod schemas (never written by hand). */
import { z } from 'zod';
import { summarySchema } from './analyse/summary-schema.ts';
import { configSchema } from './config/config-schema.ts';
import { manifestSchema } from './output/manifest.ts';
import { accountSchema } from './validate/account-schema.ts';

/** File name under `schema/` -> its JSON text. */
export function jsonSchemas(): Record<string, string> {
  const make = (schema: z.ZodType, id: string, title: string, io: 'input' | 'output') =>
    `${JSON.stringify({ $id: id, title, ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }) }, null, 2)}\n`;
  return {
    'account.schema.json': make(accountSchema, 'account.schema.json', 'qbr account file (data/<id>.yaml)', 'input'),
    'config.schema.json': make(configSchema, 'config.schema.json', 'qbr config file (qbr.config.yaml)', 'input'),
    'summary.schema.json': make(
      summarySchema,
      'summary.schema.json',
      'qbr summary (out/<quarter>/<id>-qbr-<quarter>.json)',
      'output',
    ),
    'manifest.schema.json': make(
      manifestSchema,
      'manifest.schema.json',
      'qbr manifest (out/<quarter>/manifest.json)',
      'output',
    ),
  };
}
