import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureServer } from '../helpers/fixture-server.js';
import { startHranaServer, type HranaServer } from '../helpers/hrana-server.js';
import { runInProcess } from '../helpers/in-process.js';
import type { VetReport } from '../../src/types.js';
import { account, startFeeds, type FeedPost } from './feed.js';

/**
 * A team's shared store: VET_STORE pointing at a libsql server by URL, through @libsql/client over HTTP (Hrana
 * v2 pipelines) to a server on 127.0.0.1 backed by a real SQLite file (test/helpers/hrana-server.ts).
 */

const NOW = '2026-11-24T00:00:00Z';
const INSULT = '米粉都是脑残，给点参数就高潮。';
const TOKEN = 'team-secret-token';

let dir: string;
let feeds: FixtureServer;
let store: HranaServer;
const accounts = new Map<string, FeedPost[]>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-store-server-'));
  feeds = await startFeeds(accounts);
  store = await startHranaServer({ file: join(dir, 'server.db'), token: TOKEN });
});
afterAll(async () => {
  await store?.close();
  await feeds?.close();
  await rm(dir, { recursive: true, force: true });
});

function vet(args: string[], env: Record<string, string> = {}) {
  return run([...args, '--endpoint', `bsky=${feeds.url}`, '--no-cache'], env);
}

function run(args: string[], env: Record<string, string> = {}) {
  return runInProcess(args, {
    cwd: dir,
    env: { NO_COLOR: '1', VET_NOW: NOW, HOME: dir, VET_STORE: store.url, VET_STORE_TOKEN: TOKEN, VET_HTTP_MIN_INTERVAL_MS: '0', ...env },
  });
}

describe('a shared store on a libsql server', () => {
  it('records audits on the server, compares with them (a deleted hostile post raises the level) and lists them', async () => {
    const handle = 'shared.example';
    accounts.set(handle, account('s', 6, { 1: INSULT }));
    const first = await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--format', 'json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(store.query('PRAGMA user_version')).toEqual([[3]]);
    expect(store.query('SELECT key FROM subjects')).toEqual([[`bsky:${handle}`]]);
    expect(store.query('SELECT count(*) FROM posts')).toEqual([[6]]);

    // The insult is deleted on the platform; another member's run, same server, sees it was.
    accounts.set(handle, account('s', 6).filter((p) => p.rkey !== 's001'));
    const second = await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--format', 'json'], { VET_NOW: '2026-11-25T00:00:00Z' });
    expect(second.stderr).toBe('');
    const report = JSON.parse(second.stdout) as VetReport;
    expect(report.changes?.deleted.map((p) => [p.postId, p.quote])).toEqual([['s001', INSULT]]);
    expect(report.verdict.level).toBe('medium');
    expect(store.query('SELECT count(*) FROM audits')).toEqual([[2]]);
    expect(store.query("SELECT post_id FROM posts WHERE deleted_at IS NOT NULL")).toEqual([['s001']]);

    const history = await run(['history', `bsky:${handle}`, '--format', 'json']);
    expect(history.code).toBe(0);
    const listed = JSON.parse(history.stdout) as { store: string; audits: { level: string; changes: { deleted: number } | null }[] };
    expect(listed.store).toBe(`${store.url}/`);
    expect(listed.audits.map((a) => [a.level, a.changes?.deleted ?? null])).toEqual([
      ['high', null],
      ['medium', 1],
    ]);
  });

  it('a wrong token: one message naming the server without credentials, and the vetting goes on', async () => {
    const handle = 'locked.example';
    accounts.set(handle, account('l', 3));
    const before = store.query('SELECT count(*) FROM audits');
    const run = await vet([`bsky:${handle}`, '--brand', 'xiaomi'], { VET_STORE: store.url.replace('http://', 'http://member:pw@'), VET_STORE_TOKEN: 'wrong' });
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^vet: the audit store ${store.url.replace(/[.]/g, '\\.')}/ cannot be opened \\(.*\\); this run goes on without the audit store`));
    expect(run.stderr).not.toContain('pw');
    expect(store.query('SELECT count(*) FROM audits')).toEqual(before);
  });
});
