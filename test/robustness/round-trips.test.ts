import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_HTTP, startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { requireBuild, vet, workDir } from './helpers.js';
import { readFileSync } from 'node:fs';

/**
 * What vet writes, vet reads. A server that dates posts in year 275760 or -1 (the ends of what a JavaScript
 * Date holds) does not make `vet export` write a history that `vet --from` refuses: impossible dates are dropped
 * at the source, the post is read as undated, and a note says so.
 */

let work: string;
let server: FixtureServer;

beforeAll(async () => {
  requireBuild();
  work = await workDir('round-trips');
  const statuses = JSON.parse(readFileSync(join(FIXTURES_HTTP, 'mastodon', 'statuses-2.json'), 'utf8')) as Array<Record<string, unknown>>;
  const dated = (status: Record<string, unknown>, id: string, createdAt: string, content: string) => ({ ...status, id, created_at: createdAt, content });
  const page = [
    dated(statuses[0]!, '3', '+275760-09-13T00:00:00.000Z', '<p>米粉都是脑残</p>'),
    dated(statuses[0]!, '2', '-000001-01-01T00:00:00.000Z', '<p>小米早日倒闭</p>'),
    dated(statuses[0]!, '1', '2025-03-01T00:00:00.000Z', '<p>今天天气不错</p>'),
  ];
  server = await startFixtureServer([
    { path: '/api/v1/accounts/lookup', reply: { file: 'mastodon/lookup.json' } },
    { path: '/api/v1/accounts/109876543210987654/statuses', query: { max_id: null }, reply: { body: page } },
    { path: '/api/v1/accounts/109876543210987654/statuses', reply: { body: [] } },
  ]);
});
afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('impossible dates from a server', () => {
  it('vet export writes a history that vet --from reads, with a note; the report says the posts are undated', async () => {
    const exported = await vet(['export', 'mastodon:@alice@mastodon.example', '--endpoint', `mastodon=${server.url}`, '--no-cache', '-o', 'alice.jsonl'], { cwd: work });
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/2 posts had an impossible date \(before 1970 or after 9999\) and were read as undated/);
    const lines = (await readFile(join(work, 'alice.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l)).filter((l) => !('vetExport' in l));
    expect(lines.map((p) => p.createdAt ?? null)).toEqual([null, null, '2025-03-01T00:00:00.000Z']);

    const again = await vet(['--from', 'alice.jsonl', '--brand', 'xiaomi', '--format', 'json'], { cwd: work });
    expect([0, 1]).toContain(again.code);
    expect(JSON.parse(again.stdout).window.postsScanned).toBe(3);

    const direct = await vet(['mastodon:@alice@mastodon.example', '--endpoint', `mastodon=${server.url}`, '--no-cache', '--brand', 'xiaomi', '--format', 'json', '--since', '3y'], { cwd: work });
    expect([0, 1], direct.stderr).toContain(direct.code);
    const report = JSON.parse(direct.stdout);
    expect(JSON.stringify(report)).toMatch(/impossible date/);
    expect(JSON.stringify(report)).not.toMatch(/275760|-000001/);
  });
});
