import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * A real HTTP server on 127.0.0.1 (port 0) that serves recorded responses, for tests of the source
 * adapters, the CLI (through `--endpoint name=<server.url>`), batch runs and robustness cases.
 * No test touches the internet: point adapters here with `ctx.endpoints` / `--endpoint`.
 *
 * Usage:
 *   const server = await startFixtureServer([
 *     { path: '/api/container/getIndex', query: { containerid: null }, reply: { file: 'weibo/profile.json' } },
 *     { path: '/api/container/getIndex', query: { since_id: '5012' }, reply: { file: 'weibo/timeline-2.json' } },
 *     { path: '/slow', reply: { fault: 'hang' } },
 *     { path: '/busy', reply: [{ status: 429, headers: { 'retry-after': '0' } }, { body: { ok: 1 } }] },
 *   ]);
 *   ... server.url, server.requests, server.requestsTo('/api/container/getIndex') ...
 *   await server.close();
 *
 * Routes are tried in order; the first whose method, path and query match answers. A route's `reply` is
 * - one reply (served every time),
 * - a list (the n-th matching request gets the n-th reply; the last one repeats), or
 * - a function of the request and its 0-based count for that route.
 * A request no route matches gets 404 `{"error":"no fixture route for GET /path?query"}`.
 *
 * Replies: `status` (200), `headers`, `body` (string, Buffer, or any value → JSON), or `file` (a path under
 * fixtures/http/, read when served). In string bodies, files and header values `{{origin}}` becomes the
 * server's origin (http://127.0.0.1:PORT), for Link headers and redirects. `gzip: true` compresses the body
 * and sets content-encoding. `delayMs` waits before answering.
 *
 * Faults (`fault`):
 * - 'reset': destroy the connection before any answer (ECONNRESET);
 * - 'close': end the connection cleanly without an answer;
 * - 'hang': accept and never answer (headers timeout); released on close();
 * - 'reset-mid-body': send the headers (with the full content-length) and half the body, then destroy;
 * - 'drip': send the headers, then the body one byte every `dripMs` (default 50) — a slow drip that only a
 *   whole-exchange deadline stops.
 * For "connection refused", use `await closedPort()`: a port that was just free on 127.0.0.1.
 *
 * Every request is recorded in `requests` (method, path, query, headers, route index) so tests can check
 * what was asked — including that cookies and tokens never reach the wrong host.
 */

export const FIXTURES_HTTP = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'http');

export type Fault = 'reset' | 'close' | 'hang' | 'reset-mid-body' | 'drip';

export interface FixtureReply {
  status?: number;
  headers?: Record<string, string | string[]>;
  /** A string or Buffer is sent as is; any other value as JSON. */
  body?: unknown;
  /** A file under fixtures/http/, e.g. 'weibo/timeline-1.json'. */
  file?: string;
  gzip?: boolean;
  delayMs?: number;
  fault?: Fault;
  dripMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  /** Path with the query, as received. */
  url: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Index of the matching route, or -1. */
  route: number;
}

export type FixtureHandler = FixtureReply | FixtureReply[] | ((request: RecordedRequest, nth: number) => FixtureReply | Promise<FixtureReply>);

export interface FixtureRoute {
  /** GET unless said. */
  method?: string;
  /** Exact path (decoded, without the query) or a pattern tested against it. */
  path: string | RegExp;
  /** Required query values; `null` means the parameter must be absent. Others are ignored. */
  query?: Record<string, string | null>;
  reply: FixtureHandler;
}

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Adds a route after the existing ones. */
  route(route: FixtureRoute): void;
  /** Recorded requests whose path matches. */
  requestsTo(path: string | RegExp): RecordedRequest[];
  /** Stops the server and drops every connection, hanging ones included. */
  close(): Promise<void>;
}

/** Reads a fixture file under fixtures/http/ as text. */
export function fixtureText(file: string): string {
  return readFileSync(join(FIXTURES_HTTP, file), 'utf8');
}

/** Reads and parses a JSON fixture under fixtures/http/. */
export function fixtureJson<T = unknown>(file: string): T {
  return JSON.parse(fixtureText(file)) as T;
}

function matches(route: FixtureRoute, req: RecordedRequest): boolean {
  if ((route.method ?? 'GET').toUpperCase() !== req.method) return false;
  if (typeof route.path === 'string' ? route.path !== req.path : !route.path.test(req.path)) return false;
  for (const [key, want] of Object.entries(route.query ?? {})) {
    if (want === null ? key in req.query : req.query[key] !== want) return false;
  }
  return true;
}

export async function startFixtureServer(routes: FixtureRoute[] = []): Promise<FixtureServer> {
  const table = [...routes];
  const counts = new Map<number, number>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let origin = '';

  const bodyOf = (reply: FixtureReply): Buffer => {
    let raw: Buffer;
    if (reply.file !== undefined) raw = Buffer.from(fixtureText(reply.file).replaceAll('{{origin}}', origin));
    else if (reply.body === undefined) raw = Buffer.alloc(0);
    else if (Buffer.isBuffer(reply.body)) raw = reply.body;
    else if (typeof reply.body === 'string') raw = Buffer.from(reply.body.replaceAll('{{origin}}', origin));
    else raw = Buffer.from(JSON.stringify(reply.body));
    return reply.gzip ? gzipSync(raw) : raw;
  };

  const contentType = (reply: FixtureReply): string => {
    const file = reply.file ?? '';
    if (file.endsWith('.json') || (reply.body !== undefined && typeof reply.body !== 'string' && !Buffer.isBuffer(reply.body))) return 'application/json; charset=utf-8';
    if (file.endsWith('.xml')) return 'application/xml; charset=utf-8';
    if (file.endsWith('.html')) return 'text/html; charset=utf-8';
    return 'text/plain; charset=utf-8';
  };

  const send = async (res: ServerResponse, reply: FixtureReply): Promise<void> => {
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    const socket = res.socket;
    if (reply.fault === 'reset') return void socket?.destroy();
    if (reply.fault === 'close') return void socket?.end();
    if (reply.fault === 'hang') return;
    const body = bodyOf(reply);
    const headers: Record<string, string | string[]> = { 'content-type': contentType(reply), 'content-length': String(body.length) };
    if (reply.gzip) headers['content-encoding'] = 'gzip';
    for (const [name, value] of Object.entries(reply.headers ?? {})) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.map((v) => v.replaceAll('{{origin}}', origin)) : value.replaceAll('{{origin}}', origin);
    }
    res.writeHead(reply.status ?? 200, headers);
    if (reply.fault === 'reset-mid-body') {
      res.write(body.subarray(0, Math.max(1, Math.floor(body.length / 2))));
      setTimeout(() => socket?.destroy(), 10);
      return;
    }
    if (reply.fault === 'drip') {
      for (let i = 0; i < body.length; i++) {
        if (res.destroyed || socket?.destroyed) return;
        res.write(body.subarray(i, i + 1));
        await new Promise((r) => setTimeout(r, reply.dripMs ?? 50));
      }
      return void res.end();
    }
    res.end(body);
  };

  const server: Server = createServer((req, res) => {
    const parsed = new URL(req.url ?? '/', 'http://fixture.invalid');
    const recorded: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: decodeURIComponent(parsed.pathname),
      url: req.url ?? '/',
      query: Object.fromEntries(parsed.searchParams),
      headers: req.headers,
      route: -1,
    };
    requests.push(recorded);
    recorded.route = table.findIndex((route) => matches(route, recorded));
    req.resume();
    void (async () => {
      if (recorded.route < 0) {
        return send(res, { status: 404, body: { error: `no fixture route for ${recorded.method} ${recorded.url}` } });
      }
      const route = table[recorded.route]!;
      const nth = counts.get(recorded.route) ?? 0;
      counts.set(recorded.route, nth + 1);
      const reply = typeof route.reply === 'function' ? await route.reply(recorded, nth) : Array.isArray(route.reply) ? route.reply[Math.min(nth, route.reply.length - 1)]! : route.reply;
      return send(res, reply);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`fixture server error: ${String(error)}`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: origin,
    port,
    requests,
    route: (route) => void table.push(route),
    requestsTo: (path) => requests.filter((r) => (typeof path === 'string' ? r.path === path : path.test(r.path))),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port on 127.0.0.1 that was free a moment ago: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
