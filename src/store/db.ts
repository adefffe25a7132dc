import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Post } from '../types.js';
import type { StoreLocation } from './location.js';
import { encodePosts, type Cell } from './post-row.js';
import { AuditSession, type SessionDb, type SessionEnd, type SessionResult, type SessionStart } from './session.js';
import type { WriterRequest, WriterResponse } from './writer.js';

/**
 * The audit store's SQLite database: a local file through libsql's synchronous API in a worker thread, a
 * server through @libsql/client (each loaded only here, only by commands that record or read audits). libsql
 * (the engine under @libsql/client) was chosen over node-sqlite3-wasm, measured on this machine: it opens the
 * file in WAL mode (node-sqlite3-wasm's file system layer keeps `journal_mode=delete`, so a batch's workers and
 * a second process would wait on each other's whole writes), installs prebuilt from the npm registry with no
 * install script, and the same engine's client talks to a libsql server by URL so a team can share one store.
 *
 * Schema changes are versioned migrations (PRAGMA user_version): a store from a newer vet is refused,
 * never altered.
 */
export const SCHEMA_VERSION = 3;

const MIGRATIONS: readonly string[][] = [
  // 1: subjects, the posts read (latest text; earlier texts in post_versions), audits and their findings.
  // posts.data is the post's JSON without its text (kept once, in posts.text); posts.last_seen is when the
  // text was last written: an audit whose live_from_ms..live_to_ms covers a post's date saw it too.
  [
    `CREATE TABLE subjects (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, platform TEXT, handle TEXT NOT NULL)`,
    // A rowid table: rows carry whole posts, and new ones append (WITHOUT ROWID suits small rows only).
    `CREATE TABLE posts (
       subject_id INTEGER NOT NULL, post_id TEXT NOT NULL, url TEXT, created_at TEXT, created_ms INTEGER,
       text TEXT NOT NULL, text_hash TEXT NOT NULL, is_repost INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL,
       first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, deleted_at TEXT,
       UNIQUE (subject_id, post_id))`,
    // By date for incremental fetching; covering what a run loads of every stored post (id, hash, deleted).
    `CREATE INDEX posts_by_date ON posts (subject_id, created_ms, post_id, text_hash, deleted_at)`,
    `CREATE TABLE post_versions (
       subject_id INTEGER NOT NULL, post_id TEXT NOT NULL, text TEXT NOT NULL, text_hash TEXT NOT NULL,
       data TEXT NOT NULL, last_seen TEXT NOT NULL, replaced_at TEXT NOT NULL)`,
    `CREATE INDEX post_versions_by_post ON post_versions (subject_id, post_id)`,
    `CREATE TABLE audits (
       id INTEGER PRIMARY KEY, subject_id INTEGER NOT NULL, at TEXT NOT NULL, vet_version TEXT,
       brand_id TEXT NOT NULL, brand_name TEXT NOT NULL, brand_origin TEXT, profile_sha256 TEXT,
       since TEXT, window_from TEXT, window_to TEXT, posts_scanned INTEGER NOT NULL, posts_read INTEGER NOT NULL,
       from_store INTEGER NOT NULL DEFAULT 0, partial INTEGER NOT NULL DEFAULT 0, coverage TEXT,
       live_from_ms INTEGER, live_to_ms INTEGER,
       level TEXT NOT NULL, score INTEGER NOT NULL, hostile_posts INTEGER NOT NULL DEFAULT 0,
       verdict TEXT NOT NULL, changes TEXT)`,
    `CREATE INDEX audits_by_subject ON audits (subject_id, at)`,
    `CREATE TABLE findings (
       audit_id INTEGER NOT NULL, post_id TEXT NOT NULL, fingerprint TEXT NOT NULL, rule_id TEXT NOT NULL,
       category TEXT NOT NULL, severity TEXT NOT NULL, target TEXT NOT NULL, excerpt TEXT NOT NULL,
       url TEXT, created_at TEXT, ignored INTEGER NOT NULL DEFAULT 0)`,
    `CREATE INDEX findings_by_audit ON findings (audit_id)`,
  ],
  // 2: posts.data holds only the fields without a column of their own ('' when none; a schema 1 row's JSON,
  // which repeats id, url and date, reads the same). Posts are looked up by id (the unique index) instead of
  // loaded whole, so the date index no longer carries the text hash, and counts the posts not deleted.
  [`DROP INDEX posts_by_date`, `CREATE INDEX posts_by_date ON posts (subject_id, created_ms, post_id, deleted_at)`],
  // 3: slimmer rows, written from now on (src/store/post-row.ts): posts.data starts with '~' and leaves out the
  // platform and author when they are the subject's, and isRepost (the is_repost column); created_at is null
  // when it is created_ms as ISO. Rows of schema 1 and 2 read as before, so they are not rewritten; the version
  // says that a vet of schema 2, which would read the new rows without their platform, author and date, must
  // not open the store. The date index is newest first, the order in which platforms page and histories are
  // mostly written: a post read goes at the end of it (SQLite fills pages that grow at the end, and splits
  // others in two), measured 42% fewer index pages and ~14% less CPU writing the bench's 100k posts.
  [`DROP INDEX posts_by_date`, `CREATE INDEX posts_by_date ON posts (subject_id, created_ms DESC, post_id DESC, deleted_at)`],
];

/** Why the store cannot be used this run; the vetting goes on without it. */
export class StoreUnavailable extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

export type DbRow = readonly unknown[];
export interface DbStatement {
  sql: string;
  args: Cell[];
}

export interface Db {
  readonly location: StoreLocation;
  all(sql: string, args?: Cell[]): Promise<DbRow[]>;
  run(sql: string, args?: Cell[]): Promise<void>;
  /** Statements in one transaction (one write lock, so concurrent writers interleave whole audits). */
  batch(statements: (DbStatement | string)[]): Promise<void>;
  /** The posts of one audit, compared with the stored ones and written as they stream (src/store/session.ts). */
  session(start: SessionStart): DbSession;
  close(): void;
}

export interface DbSession {
  /** Settles once the posts are compared and written; the caller bounds how many it leaves unsettled. */
  posts(posts: Post[]): Promise<void>;
  finish(end: SessionEnd): Promise<SessionResult>;
  abandon(): Promise<void>;
}

const PAGE_SIZE = 8192;

const DAMAGED = /SQLITE_(NOTADB|CORRUPT)|not a database|malformed|file is encrypted/i;

/** SQLite answers "locked" at once, without its busy timeout, when two connections set up a new file together. */
const LOCKED = /SQLITE_BUSY|database is locked/i;
/** How often, and how long apart, a setup that met a lock is tried again before the store is given up. */
const SETUP_TRIES = 40;
const SETUP_PAUSE_MS = 100;

export async function openDb(location: StoreLocation, env: Record<string, string | undefined>): Promise<Db> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await openOnce(location, env);
    } catch (error) {
      // Two vet processes creating the same store at the same moment: the second waits for the first to finish
      // the setup (WAL mode, the tables), then opens the file the first made.
      const locked = error instanceof StoreUnavailable && LOCKED.test(error.message);
      if (!location.file || !locked || attempt >= SETUP_TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, SETUP_PAUSE_MS));
    }
  }
}

async function openOnce(location: StoreLocation, env: Record<string, string | undefined>): Promise<Db> {
  let db: Db;
  try {
    db = location.file ? await openLocal(location, location.file) : await openRemote(location, env);
  } catch (error) {
    throw unavailable(location, error);
  }
  try {
    if (location.file) {
      await db.run('PRAGMA busy_timeout = 10000');
      // A new file only (an existing one keeps its page size): measured on this machine, writing the bench's
      // 100k posts took about 15% less time and CPU with 8 KiB pages than with SQLite's default 4 KiB.
      await db.run(`PRAGMA page_size = ${PAGE_SIZE}`);
      await db.run('PRAGMA journal_mode = WAL');
      await db.run('PRAGMA synchronous = NORMAL');
    }
    await migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error instanceof StoreUnavailable ? error : unavailable(location, error);
  }
}

/**
 * A local file: one connection, in a worker thread (src/store/writer.ts) that runs libsql's synchronous API,
 * so SQLite's work and the laying out of posts run beside the engine.
 */
async function openLocal(location: StoreLocation, file: string): Promise<Db> {
  await mkdir(dirname(file), { recursive: true });
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(writerUrl());
  const waiting = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failed: Error | undefined;
  const settleAll = (error: Error) => {
    failed = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (response: WriterResponse) => {
    const entry = waiting.get(response.id);
    if (!entry) return;
    waiting.delete(response.id);
    if (waiting.size === 0) worker.unref();
    if ('error' in response) entry.reject(new Error(response.error.code ? `${response.error.code}: ${response.error.message}` : response.error.message));
    else entry.resolve((response.result ?? response.rows ?? []) as never);
  });
  worker.on('error', settleAll);
  worker.on('exit', () => settleAll(new Error('the audit store writer stopped')));
  worker.unref();
  let sessions = 0;
  const send = <T = DbRow[]>(request: DistributiveOmit<WriterRequest, 'id'>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (failed) return reject(failed);
      const id = next++;
      waiting.set(id, { resolve: resolve as (value: never) => void, reject });
      worker.ref();
      worker.postMessage({ ...request, id });
    });
  const db: Db = {
    location,
    all: (sql, args = []) => send({ op: 'all', sql, args }),
    run: async (sql, args = []) => void (await send({ op: 'run', sql, args })),
    batch: async (statements) => void (await send({ op: 'batch', statements: statements.map((s) => (typeof s === 'string' ? { sql: s, args: [] } : s)) })),
    session: (start) => {
      const session = sessions++;
      const opened = send({ op: 'session', session, start });
      return {
        // Their strings as one, lengths in a typed array (src/store/post-row.ts): measured on this thread, cheaper
        // than cloning the posts or a flat array of their fields, or making JSON of them. Not an async function:
        // one would hold the posts until the writer answers, and with dozens of handfuls under way they outlived
        // the young generation (the engine's thread spent 0.5 s instead of 0.15 s in scavenges at 100k posts).
        posts: (posts) => send({ op: 'posts', session, posts: encodePosts(posts) }).then(settled),
        finish: async (end) => (await opened, await send<SessionResult>({ op: 'finish', session, end })),
        abandon: async () => void (await send({ op: 'abandon', session })),
      };
    },
    close: () => {
      if (failed) return;
      failed = new Error('the audit store is closed');
      worker.postMessage({ id: next++, op: 'close' });
    },
  };
  await send({ op: 'open', file });
  return db;
}

const settled = (): void => undefined;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The writer's compiled module; beside this one in dist, and there too when this runs from the sources (tests). */
function writerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/store/writer.js', here) : new URL('./writer.js', here);
}

/** A libsql server (sqld, Turso) by URL, through @libsql/client. */
async function openRemote(location: StoreLocation, env: Record<string, string | undefined>): Promise<Db> {
  const { createClient } = await import('@libsql/client');
  const client = createClient({
    url: location.url,
    ...(env.VET_STORE_TOKEN ? { authToken: env.VET_STORE_TOKEN } : {}),
    // One connection: each statement is atomic, and a batch is one transaction.
    concurrency: 1,
    intMode: 'number',
  });
  const batch = async (statements: (DbStatement | string)[]) => void (await client.batch(statements, 'write'));
  return {
    location,
    all: async (sql, args = []) => (await client.execute({ sql, args })).rows.map((row) => Array.from(row)),
    run: async (sql, args = []) => void (await client.execute({ sql, args })),
    batch,
    session: (start) => {
      const sessionDb: SessionDb = {
        all: async (sql, args) => (await client.execute({ sql, args })).rows.map((row) => Array.from(row)),
        run: async (sql, args) => (await client.execute({ sql, args })).rowsAffected,
      };
      const session = new AuditSession(sessionDb, start);
      // One request at a time, in the order they came, as the writer thread answers them.
      let queue: Promise<unknown> = Promise.resolve();
      const next = <T>(work: () => Promise<T>): Promise<T> => {
        const done = queue.then(work);
        queue = done.catch(() => undefined);
        return done;
      };
      return {
        posts: (posts) => next(() => session.posts(posts)),
        finish: (end) => next(() => session.finish(end)),
        abandon: () => next(() => session.abandon()),
      };
    },
    close: () => client.close(),
  };
}

async function migrate(db: Db): Promise<void> {
  const version = Number((await db.all('PRAGMA user_version'))[0]?.[0] ?? 0);
  if (version > SCHEMA_VERSION) {
    throw new StoreUnavailable(
      `the audit store ${db.location.display} was written by a newer vet (schema ${version}; this vet knows ${SCHEMA_VERSION})`,
      'upgrade vet, or point VET_STORE at another file',
    );
  }
  if (version === SCHEMA_VERSION) return;
  // Each step and its version number in one transaction; a second process migrating at the same time
  // waits for the lock, then finds the tables there: the version is checked again inside.
  for (let v = version; v < SCHEMA_VERSION; v++) {
    try {
      await db.batch([...MIGRATIONS[v]!, `PRAGMA user_version = ${v + 1}`]);
    } catch (error) {
      const now = Number((await db.all('PRAGMA user_version'))[0]?.[0] ?? 0);
      if (now > v) continue;
      throw error;
    }
  }
}

function unavailable(location: StoreLocation, error: unknown): StoreUnavailable {
  const what = error instanceof Error ? error.message : String(error);
  if (DAMAGED.test(what)) {
    return new StoreUnavailable(`the audit store ${location.display} is damaged or is not a vet store (${firstLine(what)})`, 'move the file away to start a new store, or set VET_STORE to another file');
  }
  return new StoreUnavailable(`the audit store ${location.display} cannot be opened (${firstLine(what)})`, 'check the path in VET_STORE, or pass --no-store');
}

/** The first line of an error, without credentials a server URL in it may carry (user:password@, ?authToken=). */
const firstLine = (text: string) =>
  text
    .split('\n')[0]!
    .replace(/^SQLITE_\w+: /, '')
    .replace(/\/\/[^/@\s]*@/g, '//')
    .replace(/([?&]authToken=)[^&\s]*/gi, '$1…')
    .slice(0, 200);

/** Query errors after opening (a store damaged mid-file, a disk full): same words as when opening. */
export function storeFailure(location: StoreLocation, error: unknown): StoreUnavailable {
  return error instanceof StoreUnavailable ? error : unavailable(location, error);
}
