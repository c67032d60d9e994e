/**
 * PostgreSQL through `pg`: each query in a read-only transaction (the session's default too),
 * with the source's `timeout_s` as its `statement_timeout`, sent with the extended protocol so a
 * file holds exactly one statement (no `COMMIT; DELETE ...` behind the transaction's back).
 * Every message is shown with the URL's password replaced, and the password itself scrubbed.
 */
import pg from 'pg';
import { QbrError } from '../errors.ts';
import { connectionUrl, redactUrl, scrub } from './connection-url.ts';
import {
  QueryFailure,
  type QueryRows,
  type SourceConfig,
  type SourceConnection,
  type SourceContext,
} from './source-types.ts';

type PostgresSource = Extract<SourceConfig, { type: 'postgres' }>;

/** Connects, or fails with one line naming the source and its URL (password as `***`). */
export async function openPostgres(source: PostgresSource, context: SourceContext): Promise<SourceConnection> {
  const url = connectionUrl(source.url, context);
  const timeoutMs = Math.round(source.timeout_s * 1000);
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    options: '-c default_transaction_read_only=on',
    application_name: 'qbr pull',
  });
  // A connection lost while idle is reported by the next query; without a listener node would exit.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new QbrError(
      'QBR_SOURCE',
      `source ${context.name}: cannot connect to ${redactUrl(url)}: ${scrub(connectionProblem(error, source.timeout_s), url)}`,
      'Check the URL, that the server is up, and the user and password it gives.',
    );
  }
  return {
    query: (sql) => readOnly(client, sql, url, source.timeout_s),
    close: () => client.end(),
  };
}

async function readOnly(client: pg.Client, sql: string, url: string, timeoutS: number): Promise<QueryRows> {
  await client.query('BEGIN TRANSACTION READ ONLY');
  try {
    const query = { text: sql, rowMode: 'array' as const, queryMode: 'extended' };
    const result = await client.query(query);
    return { columns: result.fields.map((f) => f.name), rows: result.rows };
  } catch (error) {
    const { message, position, code } = error as Error & { position?: string; code?: string };
    const why =
      code === '57014'
        ? `${message} (timeout_s: ${timeoutS})`
        : code === '25006'
          ? `${message}: a source is read only`
          : message;
    throw new QueryFailure(scrub(why, url), position === undefined ? undefined : { offset: Number(position) - 1 });
  } finally {
    await client.query('ROLLBACK').catch(() => {});
  }
}

/** The commonest failures in a few words; the driver's own message otherwise. */
function connectionProblem(error: unknown, timeoutS: number): string {
  const { message, code } = error as Error & { code?: string };
  if (code === 'ECONNREFUSED') return 'connection refused (is the server running, on that host and port?)';
  if (code === 'ENOTFOUND') return 'no such host';
  if (code === '28P01' || code === '28000') return `${message} (the login was refused)`;
  if (/timeout/i.test(message)) return `no answer within timeout_s (${timeoutS} s)`;
  return message;
}
