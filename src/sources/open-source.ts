/**
 * Opens a source by its type, loading its engine only then (DuckDB's and PostgreSQL's drivers
 * are large). Apart from src/sources/source-types.ts, which the engines import, so that no
 * import goes round in a cycle.
 */
import type { SourceConfig, SourceConnection, SourceContext, SourceType } from './source-types.ts';

type Opener<T extends SourceType> = (
  source: Extract<SourceConfig, { type: T }>,
  context: SourceContext,
) => Promise<SourceConnection>;

/** How each type is opened: a connection error is a QbrError naming the source. */
export const ENGINES: { [T in SourceType]: Opener<T> } = {
  duckdb: async (source, context) => (await import('./duckdb-source.ts')).openDuckdb(source, context),
  postgres: async (source, context) => (await import('./postgres-source.ts')).openPostgres(source, context),
};

/** Opens any source by its type. */
export function openSource(source: SourceConfig, context: SourceContext): Promise<SourceConnection> {
  return (ENGINES[source.type] as Opener<SourceType>)(source as never, context);
}
