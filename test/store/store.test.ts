import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureServer } from '../helpers/fixture-server.js';
import { runInProcess } from '../helpers/in-process.js';
import type { VetReport } from '../../src/types.js';
import { account, startFeeds, type FeedPost } from './feed.js';

/** The audit store through the CLI, against a real SQLite file in a temp folder and the fixture server. */

const NOW = '2026-11-24T00:00:00Z';
const INSULT = '米粉都是脑残，给点参数就高潮。';
const CLOWN = '雷军的发布会又是一场PPT表演，雷军就是个小丑。';

let dir: string;
let server: FixtureServer;
const accounts = new Map<string, FeedPost[]>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-store-'));
  server = await startFeeds(accounts);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function vet(args: string[], store: string, env: Record<string, string> = {}) {
  return runInProcess([...args, '--endpoint', `bsky=${server.url}`, '--no-cache'], {
    cwd: dir,
    env: { NO_COLOR: '1', VET_NOW: NOW, HOME: dir, VET_STORE: store, VET_HTTP_MIN_INTERVAL_MS: '0', ...env },
  });
}

const feedRequests = (handle: string) => server.requestsTo('/xrpc/app.bsky.feed.getAuthorFeed').filter((r) => r.query.actor!.includes(handle.replace(/[^a-z0-9]/g, ''))).length;
const requestsFor = (handle: string) => server.requests.filter((r) => (r.query.actor ?? '').replace(/[^a-z0-9]/g, '').includes(handle.replace(/[^a-z0-9]/g, ''))).length;

describe('the audit store', () => {
  it('records a first audit, then reports posts deleted and edited since, the hostile ones raising the level', async () => {
    const handle = 'scrubber.example';
    const store = join(dir, 'scrub', 'audits.db');
    // Hostile posts at 3 (fans) and 6 (an executive); the rest are harmless.
    accounts.set(handle, account('s', 12, { 3: INSULT, 6: CLOWN }));

    const first = await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--format', 'json'], store);
    expect(first.stderr).toBe('');
    const one = JSON.parse(first.stdout) as VetReport;
    expect(one.changes).toBeUndefined();
    expect(one.window.postsScanned).toBe(12);
    expect(one.verdict.level).not.toBe('low');

    // Before the deal: the insult and a harmless post are deleted, the executive insult edited away.
    const posts = accounts.get(handle)!;
    accounts.set(handle, posts.filter((_, i) => i !== 1 && i !== 3).map((p, _, all) => (p.text === CLOWN ? { ...p, text: '发布会挺好看的。' } : p)));
    const second = await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--format', 'json'], store, { VET_NOW: '2026-11-25T00:00:00Z' });
    expect(second.stderr).toBe('');
    const two = JSON.parse(second.stdout) as VetReport;
    // Nothing hostile is left to read, yet the scrubbing itself makes it medium.
    expect(two.findings.filter((f) => f.severity !== 'info' && f.severity !== 'low')).toEqual([]);
    expect(two.verdict.level).toBe('medium');
    expect(two.changes!.previous).toMatchObject({ at: '2026-11-24T00:00:00.000Z', brand: 'Xiaomi' });
    expect(two.changes!.deleted.map((p) => p.postId).sort()).toEqual(['s001', 's003']);
    const insult = two.changes!.deleted.find((p) => p.postId === 's003')!;
    expect(insult).toMatchObject({ quote: INSULT, lastSeen: '2026-11-24T00:00:00.000Z', url: expect.stringContaining('/post/s003') });
    expect(insult.hostile.map((f) => f.category)).toContain('fan-insult');
    expect(two.changes!.deleted.find((p) => p.postId === 's001')!.hostile).toEqual([]);
    expect(two.changes!.edited).toHaveLength(1);
    expect(two.changes!.edited[0]).toMatchObject({ postId: 's006', quote: CLOWN, now: '发布会挺好看的。' });
    expect(two.changes!.edited[0]!.hostile.map((f) => f.category)).toContain('executive-insult');
    expect(two.verdict.reasons[0]).toBe("1 post that insulted Xiaomi's fans, seen on 2026-11-24, was deleted since: deleting hostile posts before a deal is a warning sign in itself.");
    expect(two.verdict.reasons[1]).toMatch(/^1 post that insulted Xiaomi's executives or staff, seen on 2026-11-24, was edited since/);

    // The text report shows the stored quote, the link and the date last seen.
    const text = await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--full'], join(dir, 'scrub', 'other.db'));
    expect(text.stdout).not.toMatch(/Changed since/);
    accounts.set(handle, posts);
    await vet([`bsky:${handle}`, '--brand', 'xiaomi'], join(dir, 'scrub', 'other.db'));
    accounts.set(handle, posts.filter((_, i) => i !== 3));
    const shown = await vet([`bsky:${handle}`, '--brand', 'xiaomi'], join(dir, 'scrub', 'other.db'));
    expect(shown.stdout).toMatch(/Changed since the last audit \(2026-11-24\): 1 post deleted/);
    expect(shown.stdout).toContain(`was: "${INSULT}"`);
    expect(shown.stdout).toMatch(/DELETED +2026-10-29 +last seen 2026-11-24 +hostile: fan-insult/);
    expect(shown.stdout).toContain('https://bsky.app/profile/scrubber.example/post/s003');
  });

  it('re-vets an unchanged account with one or two requests, the rest from the store; --full fetches all again', async () => {
    const handle = 'steady.example';
    const store = join(dir, 'steady.db');
    accounts.set(handle, account('t', 23, { 9: INSULT }));
    const first = JSON.parse((await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--format', 'json'], store)).stdout) as VetReport;
    expect(feedRequests(handle)).toBe(5);

    const before = requestsFor(handle);
    const again = await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--format', 'json'], store);
    expect(again.stderr).toBe('');
    const report = JSON.parse(again.stdout) as VetReport;
    const used = requestsFor(handle) - before;
    expect(used).toBeGreaterThanOrEqual(1);
    expect(used).toBeLessThanOrEqual(2);
    expect(report.coverage!.fromStore).toBe(18);
    expect(report.coverage!.postsRead).toBe(23);
    expect(report.coverage!.notes).toContain('18 of the 23 posts came from the audit store (read by earlier audits; --full fetches them again)');
    expect(report.changes).toMatchObject({ newPosts: 0, newHostile: 0, deleted: [], edited: [] });
    expect(report.verdict).toEqual(first.verdict);
    expect(report.findings).toEqual(first.findings);

    // Two new posts: the first page has them and three stored ones, the second page is all stored.
    accounts.set(handle, [...account('n', 2), ...accounts.get(handle)!]);
    const feedBefore = feedRequests(handle);
    const third = JSON.parse((await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--format', 'json'], store)).stdout) as VetReport;
    expect(feedRequests(handle) - feedBefore).toBe(2);
    expect(third.changes!.newPosts).toBe(2);
    expect(third.window.postsScanned).toBe(25);

    const fullBefore = feedRequests(handle);
    const full = JSON.parse((await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--format', 'json', '--full'], store)).stdout) as VetReport;
    expect(feedRequests(handle) - fullBefore).toBe(5);
    expect(full.coverage!.fromStore).toBeUndefined();
    expect(full.changes).toMatchObject({ newPosts: 0, deleted: [], edited: [] });
  });

  it('--no-store and VET_STORE=off leave no file behind and compare nothing', async () => {
    const handle = 'private.example';
    accounts.set(handle, account('p', 3));
    const store = join(dir, 'never', 'audits.db');
    await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--no-store'], store);
    await vet([`bsky:${handle}`, '--brand', 'xiaomi'], 'off');
    await expect(readFile(store)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a failed vetting (the handle is not found) leaves no subject, no audit and no post in the store', async () => {
    const store = join(dir, 'failed', 'audits.db');
    const missing = await vet(['bsky:nobody.example', '--brand', 'xiaomi', '--format', 'json'], store);
    expect(missing.code).toBe(3);
    const handle = 'known.example';
    accounts.set(handle, account('k', 3));
    expect((await vet([`bsky:${handle}`, '--brand', 'xiaomi'], store)).code).toBe(0);
    accounts.delete(handle);
    expect((await vet([`bsky:${handle}`, '--brand', 'xiaomi'], store)).code).toBe(3);
    const client = createClient({ url: `file:${store}` });
    const count = async (sql: string) => Number((await client.execute(sql)).rows[0]![0]);
    expect((await client.execute('SELECT key FROM subjects')).rows.map((r) => r[0])).toEqual([`bsky:${handle}`]);
    expect(await count('SELECT count(*) FROM audits')).toBe(1);
    expect(await count('SELECT count(*) FROM posts')).toBe(3);
    client.close();
  });

  it('a damaged store file: one clear message, and the vetting goes on without it', async () => {
    const handle = 'damaged.example';
    accounts.set(handle, account('d', 4, { 0: INSULT }));
    const store = join(dir, 'damaged.db');
    const junk = Buffer.from('this is not a database, whatever its name says '.repeat(200));
    await writeFile(store, junk);
    const run = await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--format', 'json'], store);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).verdict.level).toBe('high');
    expect(run.stderr.trim().split('\n')).toEqual([
      `vet: the audit store ${store} is damaged or is not a vet store (file is not a database); this run goes on without the audit store (move the file away to start a new store, or set VET_STORE to another file)`,
    ]);
    expect(await readFile(store)).toEqual(junk);
  });

  it('a store of schema 1 is migrated: its posts compare unchanged, a deletion still shows, and they read back whole', async () => {
    const handle = 'veteran.example';
    accounts.set(handle, account('v', 7, { 2: INSULT }));
    // A first audit into a store of today's schema, its rows then laid out as schema 1 kept them in a new file:
    // the same tables, posts.data holding the whole post but its text, the date index carrying the text hash.
    const today = join(dir, 'schema2.db');
    expect((await vet([`bsky:${handle}`, '--brand', 'xiaomi'], today)).code).toBe(1);
    // The run's writer thread may still be closing the file (checkpointing its WAL): wait for it as vet does.
    const source = createClient({ url: `file:${today}` });
    await source.execute('PRAGMA busy_timeout = 10000');
    const rows = async (sql: string) => (await source.execute(sql)).rows.map((r) => Array.from(r));
    // A store vet makes has 8 KiB pages (fewer pages to write); one made otherwise keeps its own (below).
    expect(await rows('PRAGMA page_size')).toEqual([[8192]]);
    const posts = await rows('SELECT subject_id, post_id, url, created_at, created_ms, text, text_hash, is_repost, data, first_seen, last_seen, deleted_at FROM posts');
    const subjects = await rows('SELECT id, key, platform, handle FROM subjects');
    const audits = await rows('SELECT * FROM audits');
    const findings = await rows('SELECT * FROM findings');
    source.close();
    const old = join(dir, 'schema1.db');
    const v1 = createClient({ url: `file:${old}` });
    await v1.batch(
      [
        'CREATE TABLE subjects (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, platform TEXT, handle TEXT NOT NULL)',
        `CREATE TABLE posts (subject_id INTEGER NOT NULL, post_id TEXT NOT NULL, url TEXT, created_at TEXT, created_ms INTEGER, text TEXT NOT NULL,
           text_hash TEXT NOT NULL, is_repost INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
           deleted_at TEXT, UNIQUE (subject_id, post_id))`,
        'CREATE INDEX posts_by_date ON posts (subject_id, created_ms, post_id, text_hash, deleted_at)',
        `CREATE TABLE post_versions (subject_id INTEGER NOT NULL, post_id TEXT NOT NULL, text TEXT NOT NULL, text_hash TEXT NOT NULL,
           data TEXT NOT NULL, last_seen TEXT NOT NULL, replaced_at TEXT NOT NULL)`,
        'CREATE INDEX post_versions_by_post ON post_versions (subject_id, post_id)',
        `CREATE TABLE audits (id INTEGER PRIMARY KEY, subject_id INTEGER NOT NULL, at TEXT NOT NULL, vet_version TEXT, brand_id TEXT NOT NULL,
           brand_name TEXT NOT NULL, brand_origin TEXT, profile_sha256 TEXT, since TEXT, window_from TEXT, window_to TEXT, posts_scanned INTEGER NOT NULL,
           posts_read INTEGER NOT NULL, from_store INTEGER NOT NULL DEFAULT 0, partial INTEGER NOT NULL DEFAULT 0, coverage TEXT, live_from_ms INTEGER,
           live_to_ms INTEGER, level TEXT NOT NULL, score INTEGER NOT NULL, hostile_posts INTEGER NOT NULL DEFAULT 0, verdict TEXT NOT NULL, changes TEXT)`,
        'CREATE INDEX audits_by_subject ON audits (subject_id, at)',
        `CREATE TABLE findings (audit_id INTEGER NOT NULL, post_id TEXT NOT NULL, fingerprint TEXT NOT NULL, rule_id TEXT NOT NULL, category TEXT NOT NULL,
           severity TEXT NOT NULL, target TEXT NOT NULL, excerpt TEXT NOT NULL, url TEXT, created_at TEXT, ignored INTEGER NOT NULL DEFAULT 0)`,
        'CREATE INDEX findings_by_audit ON findings (audit_id)',
        'PRAGMA user_version = 1',
        ...subjects.map((args) => ({ sql: 'INSERT INTO subjects VALUES (?,?,?,?)', args })),
        ...posts.map(([subject, id, url, createdAt, ms, text, hash, repost, data, first, last, deleted]) => {
          // Today's row leaves out what the subject and created_ms say (schema 3); schema 1 kept it all.
          const date = createdAt ?? new Date(Number(ms)).toISOString();
          const rest = JSON.parse(String(data).replace(/^~/, '') || '{}');
          const whole = { id, createdAt: date, url, platform: 'bsky', author: handle, ...(repost ? { isRepost: true } : {}), ...rest };
          return {
            sql: 'INSERT INTO posts VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
            // Schema 1's data: the post without its text, as JSON.
            args: [subject, id, url, date, ms, text, hash, repost, JSON.stringify(whole), first, last, deleted],
          };
        }),
        ...audits.map((args) => ({ sql: `INSERT INTO audits VALUES (${args.map(() => '?').join(',')})`, args })),
        ...findings.map((args) => ({ sql: `INSERT INTO findings VALUES (${args.map(() => '?').join(',')})`, args })),
      ] as Parameters<typeof v1.batch>[0],
      'write',
    );
    v1.close();

    // The insult is deleted since: the migrated store sees that, and nothing else changed.
    accounts.set(handle, accounts.get(handle)!.filter((p) => p.text !== INSULT));
    const again = await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--format', 'json', '--full'], old, { VET_NOW: '2026-11-25T00:00:00Z' });
    expect(again.stderr).toBe('');
    const report = JSON.parse(again.stdout) as VetReport;
    expect(report.changes).toMatchObject({ newPosts: 0, edited: [], deleted: [{ postId: 'v002', quote: INSULT }] });
    const after = createClient({ url: `file:${old}` });
    await after.execute('PRAGMA busy_timeout = 10000');
    expect((await after.execute('PRAGMA user_version')).rows[0]![0]).toBe(3);
    expect((await after.execute('PRAGMA page_size')).rows[0]![0]).toBe(4096);
    const dateIndex = (await after.execute("SELECT name, desc FROM pragma_index_xinfo('posts_by_date') WHERE key")).rows.map((r) => [r[0], r[1]]);
    expect(dateIndex).toEqual([
      ['subject_id', 0],
      ['created_ms', 1],
      ['post_id', 1],
      ['deleted_at', 0],
    ]);
    after.close();
    // Schema 1 rows read back as the posts they were.
    expect((await vet(['export', `bsky:${handle}`, '--from-store', '--output', 'veteran.jsonl'], old)).code).toBe(0);
    const exported = (await readFile(join(dir, 'veteran.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l)).filter((l) => !('vetExport' in l));
    expect(exported.map((p: { id: string }) => p.id)).toEqual(['v000', 'v001', 'v002', 'v003', 'v004', 'v005', 'v006']);
    expect(exported[2]).toMatchObject({ id: 'v002', text: INSULT, url: expect.stringContaining('/post/v002'), createdAt: '2026-10-30T12:00:00.000Z', platform: 'bsky' });
  });

  it('a store from a newer vet is refused, never altered, and the vetting goes on', async () => {
    const handle = 'future.example';
    accounts.set(handle, account('f', 4));
    const store = join(dir, 'newer.db');
    const client = createClient({ url: `file:${store}` });
    await client.execute('CREATE TABLE from_the_future (x)');
    await client.execute('PRAGMA user_version = 7');
    client.close();
    const run = await vet([`bsky:${handle}`, '--brand', 'xiaomi', '--format', 'json'], store);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      `vet: the audit store ${store} was written by a newer vet (schema 7; this vet knows 3); this run goes on without the audit store (upgrade vet, or point VET_STORE at another file)`,
    ]);
    const after = createClient({ url: `file:${store}` });
    expect((await after.execute('PRAGMA user_version')).rows[0]![0]).toBe(7);
    expect((await after.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((r) => r[0])).toEqual(['from_the_future']);
    after.close();
  });
});
