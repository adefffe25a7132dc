import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Post } from '../types.js';
import { DateRange, POST_ROW, UPSERT_POSTS_HEAD, UPSERT_POSTS_TAIL, postColumns, type Cell } from './post-row.js';

/**
 * The audit store's connection to a local file, in a worker thread (started by src/store/db.ts): SQLite's
 * work, and the hashing and laying out of the posts a run reads, happen beside the engine instead of
 * in its way. Uses libsql's synchronous API (the engine under @libsql/client): statements prepared once,
 * one transaction for each chunk of posts. Requests are answered in the order they came.
 */

export type WriterRequest =
  | { id: number; op: 'open'; file: string }
  | { id: number; op: 'all' | 'run'; sql: string; args: Cell[] }
  | { id: number; op: 'batch'; statements: { sql: string; args: Cell[] }[] }
  | { id: number; op: 'posts'; subjectId: number; at: string; posts: Post[] }
  | { id: number; op: 'close' };

export type WriterResponse = { id: number; rows?: unknown[][] } | { id: number; error: { message: string; code?: string } };

interface Statement {
  reader: boolean;
  raw(on?: boolean): Statement;
  all(args: Cell[]): unknown[][];
  run(args: Cell[]): unknown;
}
interface Database {
  prepare(sql: string): Statement;
  transaction<A extends unknown[]>(fn: (...args: A) => void): { immediate(...args: A): void };
  close(): void;
}

const port = parentPort!;
let db: Database | undefined;
const prepared = new Map<string, Statement>();

function statement(sql: string): Statement {
  let stmt = prepared.get(sql);
  if (!stmt) {
    stmt = db!.prepare(sql);
    if (stmt.reader) stmt.raw(true);
    prepared.set(sql, stmt);
  }
  return stmt;
}

function execute(sql: string, args: Cell[]): unknown[][] | undefined {
  const stmt = statement(sql);
  if (stmt.reader) return stmt.all(args);
  stmt.run(args);
  return undefined;
}

const inTransaction = (work: () => void) => db!.transaction(work).immediate();

/** Returns the oldest and newest dates of the posts, as one row (nulls when none is dated). */
function insertPosts(subjectId: number, at: string, posts: Post[]): unknown[][] {
  const one = statement(UPSERT_POSTS_HEAD + POST_ROW + UPSERT_POSTS_TAIL);
  const dates = new DateRange();
  inTransaction(() => {
    for (const post of posts) {
      const columns = postColumns(post);
      dates.add(columns[3]!);
      one.run([subjectId, ...columns, at, at]);
    }
  });
  return [dates.range() ?? [null, null]];
}

function handle(request: WriterRequest): unknown[][] | undefined {
  switch (request.op) {
    case 'open': {
      const Libsql = createRequire(import.meta.url)('libsql') as new (path: string) => Database;
      db = new Libsql(request.file);
      return undefined;
    }
    case 'all':
    case 'run':
      return execute(request.sql, request.args);
    case 'batch':
      inTransaction(() => {
        for (const s of request.statements) execute(s.sql, s.args);
      });
      return undefined;
    case 'posts':
      return insertPosts(request.subjectId, request.at, request.posts);
    case 'close':
      prepared.clear();
      db?.close();
      db = undefined;
      port.close();
      return undefined;
  }
}

port.on('message', (request: WriterRequest) => {
  let response: WriterResponse;
  try {
    const rows = handle(request);
    response = rows ? { id: request.id, rows } : { id: request.id };
  } catch (error) {
    const e = error as { message?: unknown; code?: unknown };
    response = { id: request.id, error: { message: String(e?.message ?? error), ...(typeof e?.code === 'string' ? { code: e.code } : {}) } };
  }
  if (request.op !== 'close') port.postMessage(response);
});
