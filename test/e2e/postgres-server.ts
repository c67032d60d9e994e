/**
 * A real PostgreSQL for the tests that pull from one: Debian's server binaries, a cluster made
 * with initdb in a temporary folder, started with pg_ctl on a free port of 127.0.0.1 (and its
 * socket in that folder), stopped and removed by `stop()`. PostgreSQL refuses to run as root,
 * so as root (CI, this machine) its commands run as the `postgres` user.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { tempDir } from '../temp-dirs.ts';

const BIN_ROOT = '/usr/lib/postgresql';

const installedVersions = () =>
  existsSync(BIN_ROOT) ? readdirSync(BIN_ROOT).filter((v) => existsSync(join(BIN_ROOT, v, 'bin', 'initdb'))) : [];

/** Whether Debian's server binaries are installed (test/e2e/requirements.ts names what to install). */
export const postgresInstalled = () => installedVersions().length > 0;

/** The newest installed server's bin folder. */
function postgresBin(): string {
  const newest = installedVersions().sort((a, b) => Number(b) - Number(a))[0];
  if (newest === undefined)
    throw new Error('PostgreSQL is not installed: run `apt-get install postgresql` (or `bash scripts/setup.sh`)');
  return join(BIN_ROOT, newest, 'bin');
}

export interface PostgresServer {
  port: number;
  /** The superuser's URL (user `qbr`, its password below). */
  url: (database?: string) => string;
  password: string;
  /** Runs SQL as the superuser through psql. */
  psql: (sql: string, database?: string) => string;
  stop: () => void;
}

/** A free TCP port of 127.0.0.1, from the kernel. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBin();
  const root = userInfo().uid === 0;
  const run = (command: string, args: string[], input?: string) =>
    execFileSync(
      root ? 'runuser' : join(bin, command),
      root ? ['-u', 'postgres', '--', join(bin, command), ...args] : args,
      { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] },
    );
  const dir = tempDir('qbr-postgres-');
  if (root) chownSync(dir, postgresIds().uid, postgresIds().gid);
  chmodSync(dir, 0o700);
  const password = 'pg-test-secret-7f3a';
  const pwfile = join(dir, 'pwfile');
  writeFileSync(pwfile, `${password}\n`);
  if (root) chownSync(pwfile, postgresIds().uid, postgresIds().gid);
  const data = join(dir, 'data');
  run('initdb', [
    '-D',
    data,
    '-U',
    'qbr',
    '--pwfile',
    pwfile,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
    '--no-instructions',
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);
  let stopped = false;
  return {
    port,
    password,
    url: (database = 'postgres') => `postgres://qbr:${password}@127.0.0.1:${port}/${database}`,
    psql: (sql, database = 'postgres') =>
      run(
        'psql',
        ['-h', dir, '-p', String(port), '-U', 'qbr', '-d', database, '-v', 'ON_ERROR_STOP=1', '-q', '-f', '-'],
        sql,
      ),
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function postgresIds(): { uid: number; gid: number } {
  const line = execFileSync('id', ['postgres'], { encoding: 'utf8' });
  return { uid: Number(/uid=(\d+)/.exec(line)![1]), gid: Number(/gid=(\d+)/.exec(line)![1]) };
}
