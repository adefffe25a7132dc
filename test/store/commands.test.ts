import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vet as spawnVet } from '../batch/cli.js';
import type { FixtureServer } from '../helpers/fixture-server.js';
import { runInProcess } from '../helpers/in-process.js';
import { account, startFeeds, type FeedPost } from './feed.js';

/** `vet history`, `vet diff`, `vet batch --changes-only` and concurrent writers, on a real store file. */

const INSULT = '米粉都是脑残，给点参数就高潮。';
let dir: string;
let server: FixtureServer;
const accounts = new Map<string, FeedPost[]>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-store-cmd-'));
  server = await startFeeds(accounts);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const env = (store: string, now = '2026-11-24T00:00:00Z') => ({ NO_COLOR: '1', VET_NOW: now, HOME: dir, VET_STORE: store, VET_HTTP_MIN_INTERVAL_MS: '0' });
const vet = (args: string[], store: string, now?: string) => runInProcess([...args], { cwd: dir, env: env(store, now) });
const endpoint = () => ['--endpoint', `bsky=${server.url}`, '--no-cache'];

describe('vet history and vet diff', () => {
  it('lists the audits of a subject, shows what changed, and forgets a subject on request', async () => {
    const store = join(dir, 'history.db');
    const handle = 'watched.example';
    // The insult is on the first page: incremental fetching reads that page again, so its deletion shows.
    accounts.set(handle, account('w', 8, { 2: INSULT }));
    const first = await vet(['diff', `bsky:${handle}`, '--brand', 'xiaomi', ...endpoint()], store);
    expect(first.stdout).toMatch(/^vet diff: bsky:watched\.example for Xiaomi: first audit, nothing to compare with/);
    expect(first.code).toBe(1); // every hostile finding is new on a first audit

    // Nothing changed: exit 0, no brand needed (the last audit's).
    const same = await vet(['diff', `bsky:${handle}`, ...endpoint()], store, '2026-11-25T00:00:00Z');
    expect(same.stderr).toBe('');
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/Nothing changed: no new hostile finding, no post deleted or edited \(0 new posts\)/);

    // The insult is deleted: exit 1, and the stored quote is shown.
    accounts.set(handle, accounts.get(handle)!.filter((p) => p.text !== INSULT));
    const scrubbed = await vet(['diff', `bsky:${handle}`, '--format', 'json', ...endpoint()], store, '2026-11-26T00:00:00Z');
    expect(scrubbed.code).toBe(1);
    const doc = JSON.parse(scrubbed.stdout);
    expect(doc.previous).toMatchObject({ at: '2026-11-25T00:00:00.000Z', level: 'high' });
    expect(doc.level).toBe('medium');
    expect(doc.newFindings).toEqual([]);
    expect(doc.deleted).toMatchObject([{ postId: 'w002', quote: INSULT, lastSeen: '2026-11-25T00:00:00.000Z' }]);

    const history = await vet(['history', `bsky:${handle}`], store);
    expect(history.code).toBe(0);
    const lines = history.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Audits of bsky:watched.example (${store}):`);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}2026-11-24 00:00 {2}xiaomi +HIGH +\d+\/100 {2}8 posts {2}first audit$/),
      expect.stringMatching(/^ {2}2026-11-25 00:00 {2}xiaomi +HIGH +\d+\/100 {2}8 posts \(3 from the store\) {2}0 new$/),
      expect.stringMatching(/^ {2}2026-11-26 00:00 {2}xiaomi +MEDIUM +\d+\/100 {2}7 posts \(2 from the store\) {2}0 new, 1 deleted \(1 hostile\)$/),
    ]);
    const json = JSON.parse((await vet(['history', `bsky:${handle}`, '--format', 'json', '--brand', 'xiaomi'], store)).stdout);
    expect(json.audits.map((a: { level: string }) => a.level)).toEqual(['high', 'high', 'medium']);
    expect(json.audits[2].changes).toMatchObject({ deleted: 1, deletedHostile: 1, edited: 0 });

    const forgot = await vet(['history', `bsky:${handle}`, '--forget'], store);
    expect(forgot.stderr).toBe(`vet: forgot bsky:${handle}: 3 audits and 8 stored posts removed from ${store}\n`);
    expect((await vet(['history', `bsky:${handle}`], store)).stdout).toBe(`No audits of bsky:${handle} in ${store}.\n`);
    const client = createClient({ url: `file:${store}` });
    for (const table of ['subjects', 'posts', 'audits', 'findings', 'post_versions']) {
      expect((await client.execute(`SELECT count(*) FROM ${table}`)).rows[0]![0]).toBe(0);
    }
    client.close();
  });

  it('history and diff refuse to run when the store is off', async () => {
    const run = await vet(['history', 'bsky:someone.example'], 'off');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/vet history reads the audit store, and it is off/);
  });
});

describe('--from-store', () => {
  it('export and --save read the stored history, so a deleted post stays in the evidence', async () => {
    const store = join(dir, 'evidence.db');
    const handle = 'evidence.example';
    accounts.set(handle, account('e', 6, { 1: INSULT }));
    await vet([`bsky:${handle}`, '--brand', 'xiaomi', ...endpoint()], store);
    accounts.set(handle, accounts.get(handle)!.filter((p) => p.text !== INSULT));
    await vet([`bsky:${handle}`, '--brand', 'xiaomi', ...endpoint()], store, '2026-11-25T00:00:00Z');
    const requests = server.requests.length;

    const exported = await vet(['export', `bsky:${handle}`, '--from-store', '--output', 'evidence.jsonl'], store);
    expect(exported.code).toBe(0);
    const lines = (await readFile(join(dir, 'evidence.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l)).filter((l) => !('vetExport' in l));
    expect(lines.map((p) => p.id)).toEqual(['e000', 'e001', 'e002', 'e003', 'e004', 'e005']);
    expect(lines[1].text).toBe(INSULT);
    // Rows leave out the subject's platform and author and an ISO date (schema 3): they read back all the same.
    expect(lines[1]).toMatchObject({ platform: 'bsky', author: handle, createdAt: '2026-10-31T12:00:00.000Z', url: expect.stringContaining('/post/e001') });

    const saved = await vet([`bsky:${handle}`, '--from-store', '--brand', 'xiaomi', '--save', 'bundle', '--format', 'json'], store);
    expect(saved.code).toBe(1);
    const report = JSON.parse(saved.stdout);
    expect(report.findings.map((f: { postId: string }) => f.postId)).toContain('e001');
    expect(report.coverage.notes).toContain('read 6 posts from the audit store (last audit 2026-11-25), 1 of them deleted on the platform since they were recorded');
    expect(await readFile(join(dir, 'bundle', 'history.jsonl'), 'utf8')).toContain(INSULT);
    expect(server.requests.length).toBe(requests); // nothing fetched

    const unknown = await vet(['export', 'bsky:nobody.example', '--from-store'], store);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/holds no posts of bsky:nobody\.example/);
  });
});

describe('vet batch and the audit store', () => {
  it('two batch processes with several workers each write to one store at once', async () => {
    const store = join(dir, 'shared.db');
    const handles = Array.from({ length: 8 }, (_, i) => `crowd${i}.example`);
    handles.forEach((h, i) => accounts.set(h, account(`c${i}x`, 7, i % 2 ? { 2: INSULT } : {})));
    await writeFile(join(dir, 'a.txt'), handles.slice(0, 5).map((h) => `bsky:${h}\n`).join(''));
    await writeFile(join(dir, 'b.txt'), handles.slice(3).map((h) => `bsky:${h}\n`).join(''));
    const args = (roster: string) => ['batch', roster, '--brand', 'xiaomi', '--concurrency', '4', '--quiet', ...endpoint()];
    const [a, b] = await Promise.all([spawnVet(args('a.txt'), { cwd: dir, env: { VET_STORE: store } }), spawnVet(args('b.txt'), { cwd: dir, env: { VET_STORE: store } })]);
    for (const run of [a, b]) {
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toHaveLength(5);
    }
    const client = createClient({ url: `file:${store}` });
    expect((await client.execute('SELECT count(*) FROM audits')).rows[0]![0]).toBe(10);
    expect((await client.execute('SELECT count(*) FROM subjects')).rows[0]![0]).toBe(8);
    expect((await client.execute('SELECT count(*) FROM posts')).rows[0]![0]).toBe(56);
    client.close();

    // --changes-only: nothing changed but one deletion, so one line.
    accounts.set(handles[1]!, accounts.get(handles[1]!)!.filter((p) => p.text !== INSULT));
    const again = await runInProcess([...args('a.txt'), '--changes-only'], { cwd: dir, env: env(store, '2026-11-25T00:00:00Z') });
    const lines = again.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.handle)).toEqual([`bsky:${handles[1]}`]);
    expect(lines[0].verdict.level).toBe('medium');
    expect(lines[0].changes.deleted).toHaveLength(1);

    const off = await runInProcess([...args('a.txt'), '--changes-only', '--no-store'], { cwd: dir, env: env(store) });
    expect(off.code).toBe(2);
    expect(off.stderr).toMatch(/--changes-only compares with the audit store, which is off/);
  });
});
