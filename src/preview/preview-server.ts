/**
 * `preview`: serves one account's deck on 127.0.0.1, made again within moments of a save to
 * the account file, its logo, the config or a template, and tells the open page to reload
 * (server-sent events on /events). An invalid file shows its errors as the page; the server
 * keeps running. The library never prints: it reports each build through `onEvent`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveAccounts } from '../accounts.ts';
import { QbrError } from '../errors.ts';
import { buildPreview, type PreviewSource } from './preview-deck.ts';
import { deckPage, errorPage, type PreviewPage } from './preview-page.ts';
import { InputWatcher } from './watch-inputs.ts';
import { shownPath } from '../load/shown-path.ts';

/** The only address the preview listens on: the deck holds customer data. */
export const PREVIEW_HOST = '127.0.0.1';
export const DEFAULT_PREVIEW_PORT = 4311;

export interface PreviewOptions extends Omit<PreviewSource, 'file'> {
  /** An account id or a path to its YAML file. */
  account: string;
  /** Default 4311; 0 picks a free port. */
  port?: number | undefined;
  /** The account files' folder, relative to `cwd` (default `data`). */
  dataDir?: string | undefined;
}

/** Each build, after the first: the deck, or the error the page now shows. */
export type PreviewEvent =
  | { type: 'built'; file: string; ms: number }
  | { type: 'failed'; file: string; ms: number; error: unknown };

export interface Preview {
  /** `http://127.0.0.1:4311/` */
  url: string;
  /** The account file, relative to `cwd`. */
  file: string;
  /** The first build's outcome. */
  first: PreviewEvent;
  /** Stops serving and watching; the open pages' connections are closed. */
  close(): Promise<void>;
}

export async function startPreview(
  options: PreviewOptions,
  onEvent: (event: PreviewEvent) => void = () => {},
): Promise<Preview> {
  const [file] = await resolveAccounts(options.cwd, [options.account], false, options.dataDir);
  const source: PreviewSource = { ...options, file: file! };
  const shown = shownPath(file!, options.cwd);
  const clients = new Set<ServerResponse>();
  let version = 0;
  let page: PreviewPage;
  let running: Promise<void> | null = null;
  let again = false;

  const buildOnce = async (): Promise<PreviewEvent> => {
    const build = await buildPreview(source);
    version++;
    page = 'html' in build ? deckPage(build.html, version) : errorPage(build.error, shown, version);
    watcher.watch(build.inputs);
    for (const client of clients) client.write(`data: ${version}\n\n`);
    return 'html' in build
      ? { type: 'built', file: shown, ms: build.ms }
      : { type: 'failed', file: shown, ms: build.ms, error: build.error };
  };
  // Saves during a build are not lost: one more build follows it. Edited templates are read
  // again by their modification times (src/render/load-templates.ts).
  const rebuild = () => {
    if (running) return void (again = true);
    running = (async () => {
      try {
        do {
          again = false;
          onEvent(await buildOnce());
        } while (again);
      } catch (error) {
        // Whatever goes wrong, the preview keeps running and says so; the next save tries again.
        onEvent({ type: 'failed', file: shown, ms: 0, error });
      } finally {
        running = null;
      }
    })();
  };
  // Listening first: a port in use is said at once, before a deck is made. Requests wait for it.
  const server = createServer((request, response) => {
    void firstBuild.then(() =>
      respond(request, response, {
        page: () => page,
        version: () => version,
        clients,
        port: () => (server.address() as AddressInfo).port,
      }),
    );
  });
  await listen(server, options.port ?? DEFAULT_PREVIEW_PORT);
  const watcher = new InputWatcher(rebuild);
  const firstBuild = buildOnce();
  const first = await firstBuild;
  await watcher.ready();
  const url = `http://${PREVIEW_HOST}:${(server.address() as AddressInfo).port}/`;
  const close = async () => {
    for (const client of clients) client.end();
    server.closeAllConnections();
    await Promise.all([new Promise((done) => server.close(done)), watcher.close(), running]);
  };
  return { url, file: shown, first, close };
}

interface ServerState {
  page: () => PreviewPage;
  version: () => number;
  clients: Set<ServerResponse>;
  port: () => number;
}

function respond(request: IncomingMessage, response: ServerResponse, state: ServerState): void {
  const port = state.port();
  // Only pages of this address may read the deck (a rebinding DNS name cannot).
  if (request.headers.host !== `${PREVIEW_HOST}:${port}` && request.headers.host !== `localhost:${port}`)
    return void response.writeHead(403).end('forbidden\n');
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
  const url = new URL(request.url ?? '/', `http://${PREVIEW_HOST}`);
  if (url.pathname === '/events') {
    events(url, response, state);
    return;
  }
  if (url.pathname !== '/' && url.pathname !== '/index.html')
    return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: the deck is at /\n');
  const { html, policy } = state.page();
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': policy,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : html);
}

/** Server-sent events: a message for every build newer than the one the page shows. */
function events(url: URL, response: ServerResponse, state: ServerState): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  response.write('retry: 500\n\n');
  if (url.searchParams.get('version') !== String(state.version())) response.write(`data: ${state.version()}\n\n`);
  state.clients.add(response);
  response.on('close', () => state.clients.delete(response));
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        fail(
          new QbrError(
            'QBR_PORT_IN_USE',
            `port ${port} on ${PREVIEW_HOST} is in use by another program`,
            `Stop it, or pick another port: --port ${port + 1} (--port 0 picks a free one).`,
          ),
        );
      else if (error.code === 'EACCES')
        fail(
          new QbrError(
            'QBR_PORT_IN_USE',
            `port ${port} on ${PREVIEW_HOST} needs more privileges than qbr has`,
            'Pick a port above 1023, or --port 0 for a free one.',
          ),
        );
      else fail(error);
    });
    server.listen({ port, host: PREVIEW_HOST, exclusive: true }, () => done());
  });
}
