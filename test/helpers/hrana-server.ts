import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A libsql server for tests: the Hrana-over-HTTP protocol, version 2 with JSON (`POST /v2/pipeline`, the
 * protocol @libsql/client speaks to `http://` and `libsql://` URLs by default), on 127.0.0.1, backed by a real
 * SQLite file through libsql's own engine. No npm package ships sqld, so this stands in for it: enough of the
 * protocol for what a client sends (execute, batch with conditions, sequence, store_sql/close_sql,
 * get_autocommit, close, batons), with sqld's shapes:
 *
 *   request  {baton: string|null, requests: [{type: 'execute', stmt: {sql | sql_id, args: [Value], named_args, want_rows}}, ...]}
 *   response {baton: string|null, base_url: null, results: [{type: 'ok', response: {type: 'execute', result: StmtResult}} | {type: 'error', error: {message, code}}]}
 *   Value    {type: 'null'} | {type: 'integer', value: '42'} | {type: 'float', value: 4.2} | {type: 'text', value} | {type: 'blob', base64}
 *   StmtResult {cols: [{name, decltype}], rows: [[Value]], affected_row_count, last_insert_rowid: string|null}
 *
 * Every stream shares one connection (the store sends one stream at a time). With `token`, a request without
 * `Authorization: Bearer <token>` gets 401, as sqld with JWT auth answers.
 */

type HranaValue = { type: 'null' } | { type: 'integer'; value: string } | { type: 'float'; value: number } | { type: 'text'; value: string } | { type: 'blob'; base64: string };
interface HranaStmt {
  sql?: string;
  sql_id?: number;
  args?: HranaValue[];
  named_args?: { name: string; value: HranaValue }[];
  want_rows?: boolean;
}
type HranaCond = { type: 'ok' | 'error'; step: number } | { type: 'not'; cond: HranaCond } | { type: 'and' | 'or'; conds: HranaCond[] } | { type: 'is_autocommit' };
type HranaRequest =
  | { type: 'execute'; stmt: HranaStmt }
  | { type: 'batch'; batch: { steps: { condition?: HranaCond; stmt: HranaStmt }[] } }
  | { type: 'sequence'; sql?: string; sql_id?: number }
  | { type: 'store_sql'; sql_id: number; sql: string }
  | { type: 'close_sql'; sql_id: number }
  | { type: 'get_autocommit' }
  | { type: 'close' };

interface Statement {
  reader: boolean;
  raw(on?: boolean): Statement;
  safeIntegers(on?: boolean): Statement;
  columns(): { name: string; type: string | null }[];
  all(args: unknown): unknown[][];
  run(args: unknown): { changes: number; lastInsertRowid: number | bigint };
}
interface Database {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  close(): void;
  inTransaction: boolean;
}

export interface HranaServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Pipeline requests served (each HTTP request counts once). */
  pipelines: number;
  /** Reads the backing database directly (for assertions). */
  query(sql: string): unknown[][];
  close(): Promise<void>;
}

class HranaError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export async function startHranaServer(opts: { file: string; token?: string }): Promise<HranaServer> {
  const Libsql = createRequire(import.meta.url)('libsql') as new (path: string) => Database;
  const db = new Libsql(opts.file);
  db.exec('PRAGMA journal_mode = WAL');
  const streams = new Map<string, Map<number, string>>();
  let pipelines = 0;

  const argsOf = (stmt: HranaStmt): unknown => {
    if (stmt.named_args?.length) {
      const named: Record<string, unknown> = {};
      for (const { name, value } of stmt.named_args) named[name.replace(/^[:@$]/, '')] = fromValue(value);
      return named;
    }
    return (stmt.args ?? []).map(fromValue);
  };

  const execute = (stmt: HranaStmt, sqls: Map<number, string>) => {
    const sql = stmt.sql ?? (stmt.sql_id !== undefined ? sqls.get(stmt.sql_id) : undefined);
    if (sql === undefined) throw new HranaError(`SQL text ${stmt.sql_id} is not stored`, 'SQL_NOT_FOUND');
    let prepared: Statement;
    try {
      prepared = db.prepare(sql);
    } catch (error) {
      throw sqliteError(error);
    }
    try {
      if (prepared.reader) {
        const rows = prepared.safeIntegers(true).raw(true).all(argsOf(stmt));
        const cols = prepared.columns().map((c) => ({ name: c.name, decltype: c.type }));
        return { cols, rows: stmt.want_rows === false ? [] : rows.map((row) => row.map(toValue)), affected_row_count: 0, last_insert_rowid: null };
      }
      const info = prepared.run(argsOf(stmt));
      return { cols: [], rows: [], affected_row_count: info.changes, last_insert_rowid: String(info.lastInsertRowid) };
    } catch (error) {
      throw sqliteError(error);
    }
  };

  const batch = (steps: { condition?: HranaCond; stmt: HranaStmt }[], sqls: Map<number, string>) => {
    const results: (ReturnType<typeof execute> | null)[] = [];
    const errors: ({ message: string; code: string } | null)[] = [];
    const holds = (cond: HranaCond): boolean => {
      switch (cond.type) {
        case 'ok':
          return results[cond.step] != null;
        case 'error':
          return errors[cond.step] != null;
        case 'not':
          return !holds(cond.cond);
        case 'and':
          return cond.conds.every(holds);
        case 'or':
          return cond.conds.some(holds);
        case 'is_autocommit':
          return !db.inTransaction;
      }
    };
    for (const step of steps) {
      if (step.condition && !holds(step.condition)) {
        results.push(null);
        errors.push(null);
        continue;
      }
      try {
        results.push(execute(step.stmt, sqls));
        errors.push(null);
      } catch (error) {
        results.push(null);
        errors.push(errorOf(error));
      }
    }
    return { step_results: results, step_errors: errors };
  };

  const handle = (request: HranaRequest, sqls: Map<number, string>): { type: string; [key: string]: unknown } => {
    switch (request.type) {
      case 'execute':
        return { type: 'execute', result: execute(request.stmt, sqls) };
      case 'batch':
        return { type: 'batch', result: batch(request.batch.steps, sqls) };
      case 'sequence': {
        const sql = request.sql ?? sqls.get(request.sql_id!);
        try {
          db.exec(sql!);
        } catch (error) {
          throw sqliteError(error);
        }
        return { type: 'sequence' };
      }
      case 'store_sql':
        sqls.set(request.sql_id, request.sql);
        return { type: 'store_sql' };
      case 'close_sql':
        sqls.delete(request.sql_id);
        return { type: 'close_sql' };
      case 'get_autocommit':
        return { type: 'get_autocommit', is_autocommit: !db.inTransaction };
      case 'close':
        return { type: 'close' };
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (opts.token !== undefined && req.headers.authorization !== `Bearer ${opts.token}`) return reply(401, { error: 'Unauthorized: the JWT is invalid' });
      if (req.method === 'GET' && req.url === '/v2') return reply(200, {});
      if (req.method !== 'POST' || req.url !== '/v2/pipeline') return reply(404, { error: `not a Hrana v2 endpoint: ${req.method} ${req.url}` });
      let body: { baton?: string | null; requests: HranaRequest[] };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        return reply(400, { error: 'the body is not JSON' });
      }
      pipelines++;
      let baton = body.baton ?? null;
      if (baton !== null && !streams.has(baton)) return reply(400, { error: 'the baton is not valid' });
      const sqls = (baton !== null ? streams.get(baton) : undefined) ?? new Map<number, string>();
      if (baton !== null) streams.delete(baton);
      let closed = false;
      const results = body.requests.map((request) => {
        if (request.type === 'close') closed = true;
        try {
          return { type: 'ok', response: handle(request, sqls) };
        } catch (error) {
          return { type: 'error', error: errorOf(error) };
        }
      });
      baton = closed ? null : randomUUID();
      if (baton !== null) streams.set(baton, sqls);
      reply(200, { baton, base_url: null, results });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get pipelines() {
      return pipelines;
    },
    query: (sql) => db.prepare(sql).raw(true).all([]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}

function fromValue(value: HranaValue): unknown {
  switch (value.type) {
    case 'null':
      return null;
    case 'integer':
      return BigInt(value.value);
    case 'float':
      return value.value;
    case 'text':
      return value.value;
    case 'blob':
      return Buffer.from(value.base64, 'base64');
  }
}

function toValue(value: unknown): HranaValue {
  if (value === null || value === undefined) return { type: 'null' };
  if (typeof value === 'bigint') return { type: 'integer', value: String(value) };
  if (typeof value === 'number') return { type: 'float', value };
  if (typeof value === 'string') return { type: 'text', value };
  return { type: 'blob', base64: Buffer.from(value as Uint8Array).toString('base64') };
}

function sqliteError(error: unknown): HranaError {
  const e = error as { message?: string; code?: string };
  return new HranaError(String(e.message ?? error), e.code ?? 'SQLITE_ERROR');
}

function errorOf(error: unknown): { message: string; code: string } {
  return error instanceof HranaError ? { message: error.message, code: error.code } : { message: String((error as Error).message ?? error), code: 'UNKNOWN' };
}
