import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Client, InStatement, InValue, Row } from '@libsql/client';
import type { StoreLocation } from './location.js';

/**
 * The audit store's SQLite database, through @libsql/client (loaded only here, only by commands that record
 * or read audits). Chosen over node-sqlite3-wasm, measured on this machine: libsql opens the file in WAL mode
 * (node-sqlite3-wasm's file system layer keeps `journal_mode=delete`, so a batch's workers and a second
 * process would wait on each other's whole writes), inserts 100k posts in about 1.5 s, installs prebuilt from
 * the npm registry with no install script, and the same client talks to a libsql server by URL so a team
 * can share one store.
 *
 * Schema changes are versioned migrations (PRAGMA user_version): a store from a newer vet is refused,
 * never altered.
 */
export const SCHEMA_VERSION = 1;

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
];

/** Why the store cannot be used this run; the vetting goes on without it. */
export class StoreUnavailable extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

export interface Db {
  readonly location: StoreLocation;
  all(sql: string, args?: InValue[]): Promise<Row[]>;
  run(sql: string, args?: InValue[]): Promise<void>;
  /** Statements in one transaction (one write lock, so concurrent writers interleave whole audits). */
  batch(statements: InStatement[]): Promise<void>;
  close(): void;
}

const DAMAGED = /SQLITE_(NOTADB|CORRUPT)|not a database|malformed|file is encrypted/i;

export async function openDb(location: StoreLocation, env: Record<string, string | undefined>): Promise<Db> {
  let client: Client;
  try {
    if (location.file) await mkdir(dirname(location.file), { recursive: true });
    const { createClient } = await import('@libsql/client');
    client = createClient({
      url: location.url,
      ...(env.VET_STORE_TOKEN ? { authToken: env.VET_STORE_TOKEN } : {}),
      // One connection: its pragmas (busy timeout) hold for every statement, and each statement is atomic.
      concurrency: 1,
      intMode: 'number',
    });
  } catch (error) {
    throw unavailable(location, error);
  }
  const db: Db = {
    location,
    all: async (sql, args = []) => (await client.execute({ sql, args })).rows,
    run: async (sql, args = []) => void (await client.execute({ sql, args })),
    batch: async (statements) => void (await client.batch(statements, 'write')),
    close: () => client.close(),
  };
  try {
    if (location.file) {
      await db.run('PRAGMA busy_timeout = 10000');
      await db.run('PRAGMA journal_mode = WAL');
      await db.run('PRAGMA synchronous = NORMAL');
    }
    await migrate(db);
    return db;
  } catch (error) {
    client.close();
    throw error instanceof StoreUnavailable ? error : unavailable(location, error);
  }
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

const firstLine = (text: string) => text.split('\n')[0]!.replace(/^SQLITE_\w+: /, '').slice(0, 200);

/** Query errors after opening (a store damaged mid-file, a disk full): same words as when opening. */
export function storeFailure(location: StoreLocation, error: unknown): StoreUnavailable {
  return error instanceof StoreUnavailable ? error : unavailable(location, error);
}
