import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_FIXTURES, inProcess } from './cli.js';

/** `vet batch --format csv` holds what a comparison of handles needs (issue 16 item 16). */
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vet-batch-csv-'));
  await cp(BATCH_FIXTURES, work, { recursive: true });
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('vet batch --format csv columns', () => {
  it('platform, posts_scanned, partial, latest_hostile_at, worst_url, generated_at, vet_version; the error split in code and message', async () => {
    await writeFile(join(work, 'histories', 'broken.jsonl'), 'not json\n');
    await writeFile(join(work, 'r.txt'), 'file:histories/hostile-reviewer.jsonl\nfile:histories/food-blogger.jsonl\nfile:histories/broken.jsonl\n');
    const run = await inProcess(['batch', 'r.txt', '--brand', 'xiaomi', '--format', 'csv', '--quiet'], { cwd: work });
    expect(run.code, run.stderr).toBe(1);
    const rows = parse(run.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([
      'handle', 'name', 'brand', 'platform', 'level', 'score', 'findings', 'top_rule', 'posts_scanned', 'partial',
      'latest_hostile_at', 'worst_url', 'error_code', 'error_message', 'generated_at', 'vet_version',
    ]);
    const by = Object.fromEntries(rows.map((r) => [r.handle, r]));
    const hostile = by['file:histories/hostile-reviewer.jsonl']!;
    expect(hostile).toMatchObject({ level: 'critical', partial: 'false', error_code: '', error_message: '', generated_at: '2026-11-24T00:00:00.000Z', vet_version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(Number(hostile.posts_scanned)).toBeGreaterThan(0);
    expect(hostile.latest_hostile_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(hostile.worst_url).toMatch(/^https:\/\//);
    expect(hostile.platform).not.toBe('');
    // 20 posts or fewer with nothing hostile is too little to call low (issue 14).
    expect(by['file:histories/food-blogger.jsonl']).toMatchObject({ level: 'insufficient-data', latest_hostile_at: '', worst_url: '' });
    const broken = by['file:histories/broken.jsonl']!;
    expect(broken).toMatchObject({ platform: 'file', level: '', posts_scanned: '', error_code: 'input' });
    expect(broken.error_message).toMatch(/broken\.jsonl/);
    expect(broken.error_message).not.toMatch(/^input: /);
  });
});
