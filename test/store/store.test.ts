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
      `vet: the audit store ${store} was written by a newer vet (schema 7; this vet knows 1); this run goes on without the audit store (upgrade vet, or point VET_STORE at another file)`,
    ]);
    const after = createClient({ url: `file:${store}` });
    expect((await after.execute('PRAGMA user_version')).rows[0]![0]).toBe(7);
    expect((await after.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((r) => r[0])).toEqual(['from_the_future']);
    after.close();
  });
});
