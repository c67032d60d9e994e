/**
 * The kinds of source `pull` reads: each type's config fields (a zod schema, so
 * `qbr.config.yaml`'s schema and JSON Schema come from here), and what an open source is. How
 * each is opened is ENGINES in open-source.ts: another engine is one more schema in
 * SOURCE_SCHEMAS and one more entry there. This module loads no database driver, so the config's
 * schema (read by every render) does not either.
 */
import { z } from 'zod';
import { text } from '../validate/fields.ts';

const duckdbSource = z.strictObject({
  /** Embedded, no server: the default for files on disk (CSV, Parquet, JSON). */
  type: z.literal('duckdb'),
  /** A DuckDB database file, relative to the config, opened read-only (default: an empty in-memory database). */
  database: text.optional(),
  /** The folder of `*.sql` files, relative to the config; their relative paths start from the config's folder too. */
  queries: text,
});

const postgresSource = z.strictObject({
  type: z.literal('postgres'),
  /** The connection URL; `${NAME}` is read from the environment, so no secret sits in the file. */
  url: text,
  /** The folder of `*.sql` files, relative to the config. */
  queries: text,
  /** Seconds each query (and the connection) may take (default 60). */
  timeout_s: z.number().positive().default(60),
});

export const SOURCE_SCHEMAS = [duckdbSource, postgresSource] as const;

/** One source of `sources:` in the config. */
export const sourceSchema = z.discriminatedUnion('type', SOURCE_SCHEMAS);
export type SourceConfig = z.output<typeof sourceSchema>;
export type SourceType = SourceConfig['type'];

/** A query's result: its column names as the database gives them, and its rows. */
export interface QueryRows {
  columns: string[];
  rows: unknown[][];
}

/** An open source: one query at a time, each a whole `.sql` file. */
export interface SourceConnection {
  /** Runs one file's SQL; a refusal is a QueryFailure. */
  query(sql: string): Promise<QueryRows>;
  close(): Promise<void>;
}

/** What an engine needs besides its own fields: the source's name and where the config is. */
export interface SourceContext {
  name: string;
  /** The config's folder: relative paths in the config and in queries start here. */
  baseDir: string;
  cwd: string;
  /** The environment `${NAME}` is read from. */
  env: Readonly<Record<string, string | undefined>>;
}

/** A query the database refused, with where in the file it says the problem is. */
export class QueryFailure extends Error {
  constructor(
    message: string,
    /** A character offset into the SQL (0-based), or a line and column (1-based). */
    readonly at?: { offset: number } | { line: number; column: number },
  ) {
    super(message);
  }
}
