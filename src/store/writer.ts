import { readlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { decodePosts, type Cell, type EncodedPosts } from './post-row.js';
import { AuditSession, type SessionDb, type SessionEnd, type SessionResult, type SessionStart } from './session.js';

/**
 * The audit store's connection to a local file, in a worker thread (started by src/store/db.ts): SQLite's
 * work, and the hashing, comparing and laying out of the posts a run reads (src/store/session.ts), happen
 * beside the engine instead of in its way. Uses libsql's synchronous API (the engine under @libsql/client),
 * statements prepared once. Requests are answered in the order they came.
 *
 * The posts of audits are written in one transaction that stays open across their requests, committed after
 * BULK_ROWS posts or BULK_MS, whichever comes first, and before any other request: one commit (and one write
 * of the pages it touched to the WAL) per thousands of posts, and the write lock never held long, so another
 * process writing to the same store waits at most that long.
 */

export type WriterRequest =
  | { id: number; op: 'open'; file: string }
  | { id: number; op: 'all' | 'run'; sql: string; args: Cell[] }
  | { id: number; op: 'batch'; statements: { sql: string; args: Cell[] }[] }
  | { id: number; op: 'session'; session: number; start: SessionStart }
  | { id: number; op: 'posts'; session: number; posts: EncodedPosts }
  | { id: number; op: 'finish'; session: number; end: SessionEnd }
  | { id: number; op: 'abandon'; session: number }
  | { id: number; op: 'close' };

export type WriterResponse = { id: number; rows?: unknown[][]; result?: SessionResult } | { id: number; error: { message: string; code?: string } };

interface Statement {
  reader: boolean;
  raw(on?: boolean): Statement;
  all(args: Cell[]): unknown[][];
  run(args: Cell[]): { changes: number };
}
interface Database {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  readonly inTransaction: boolean;
  transaction<A extends unknown[]>(fn: (...args: A) => void): { immediate(...args: A): void };
  close(): void;
}

const BULK_ROWS = 20_000;
const BULK_MS = 250;

/**
 * The writer's scheduling priority (a nice value, Linux only): when the processors are all busy (the engine's
 * thread, the collector's helpers, other programs) the writer waits rather than the engine, and catches up when
 * there is room: its work is not on the way to the report until the end, and at most IN_FLIGHT handfuls
 * (src/store/audit.ts) wait for it before the engine does.
 */
const WRITER_NICE = 10;

function yieldToEngine(): void {
  if (process.platform !== 'linux') return;
  try {
    // This thread's id (Linux sets the nice value of a thread by its id; elsewhere it would be the whole process).
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, WRITER_NICE);
  } catch {
    // No /proc, or not allowed: the writer keeps the engine's priority.
  }
}
yieldToEngine();

const port = parentPort!;
let db: Database | undefined;
const prepared = new Map<string, Statement>();
const sessions = new Map<number, AuditSession>();

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

/** The open transaction of audits' posts: rows written in it, and the timer that commits it. */
let bulkRows = 0;
let bulkTimer: NodeJS.Timeout | undefined;

function commitBulk(): void {
  if (bulkTimer) clearTimeout(bulkTimer);
  bulkTimer = undefined;
  bulkRows = 0;
  if (db?.inTransaction) db.exec('COMMIT');
}

/** A failed request inside the bulk transaction: what it held is rolled back, so the connection is usable again. */
function rollbackBulk(): void {
  if (bulkTimer) clearTimeout(bulkTimer);
  bulkTimer = undefined;
  bulkRows = 0;
  if (db?.inTransaction) db.exec('ROLLBACK');
}

/** Sessions' statements: reads as they are, writes inside the bulk transaction. */
const sessionDb: SessionDb = {
  all: (sql, args) => statement(sql).all(args),
  run: (sql, args) => {
    if (!db!.inTransaction) {
      db!.exec('BEGIN IMMEDIATE');
      bulkTimer = setTimeout(() => {
        try {
          commitBulk();
        } catch {
          rollbackBulk();
        }
      }, BULK_MS);
    }
    const { changes } = statement(sql).run(args);
    bulkRows += changes;
    if (bulkRows >= BULK_ROWS) commitBulk();
    return changes;
  },
};

const inTransaction = (work: () => void) => db!.transaction(work).immediate();

function session(id: number): AuditSession {
  const s = sessions.get(id);
  if (!s) throw new Error(`no audit session ${id}`);
  return s;
}

async function handle(request: WriterRequest): Promise<Omit<WriterResponse, 'id'>> {
  if (request.op !== 'posts' && request.op !== 'session') commitBulk();
  switch (request.op) {
    case 'open': {
      const Libsql = createRequire(import.meta.url)('libsql') as new (path: string) => Database;
      db = new Libsql(request.file);
      return {};
    }
    case 'all':
    case 'run': {
      const rows = execute(request.sql, request.args);
      return rows ? { rows } : {};
    }
    case 'batch':
      inTransaction(() => {
        for (const s of request.statements) execute(s.sql, s.args);
      });
      return {};
    case 'session':
      sessions.set(request.session, new AuditSession(sessionDb, request.start));
      return {};
    case 'posts':
      await session(request.session).posts(decodePosts(request.posts));
      return {};
    case 'finish': {
      const result = await session(request.session).finish(request.end);
      sessions.delete(request.session);
      return { result };
    }
    case 'abandon': {
      const s = sessions.get(request.session);
      sessions.delete(request.session);
      await s?.abandon();
      commitBulk();
      return {};
    }
    case 'close':
      prepared.clear();
      db?.close();
      db = undefined;
      port.close();
      return {};
  }
}

// One request at a time, in the order they came (a session's work awaits only this thread's own statements).
let queue: Promise<unknown> = Promise.resolve();
port.on('message', (request: WriterRequest) => {
  queue = queue.then(async () => {
    let response: WriterResponse;
    try {
      response = { id: request.id, ...(await handle(request)) };
    } catch (error) {
      try {
        rollbackBulk();
      } catch {}
      const e = error as { message?: unknown; code?: unknown };
      response = { id: request.id, error: { message: String(e?.message ?? error), ...(typeof e?.code === 'string' ? { code: e.code } : {}) } };
    }
    if (request.op !== 'close') port.postMessage(response);
  });
});
