import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './helpers/in-process.js';

/** History CSVs with other column names: --columns and a proposal's columns: map them (issue 16 item 15). */
const ENV = { NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z' };
const LISTENING = 'post_id,content,date,channel\n1,米粉都是脑残,2026-01-02T00:00:00Z,weibo\n2,今天天气好,2026-01-03T00:00:00Z,weibo\n';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vet-columns-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('vet --from <csv> --columns', () => {
  it('maps post_id, content and date to id, text and createdAt', async () => {
    const cwd = await folder({ 'listening.csv': LISTENING, 'export.txt': LISTENING });
    for (const file of ['listening.csv', 'export.txt']) {
      const r = await runInProcess(['--from', file, '--columns', 'id=post_id,text=content,createdAt=date', '--brand', 'xiaomi', '--format', 'json'], { cwd, env: ENV });
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout);
      expect(report.window).toMatchObject({ postsScanned: 2, from: '2026-01-02T00:00:00.000Z', to: '2026-01-03T00:00:00.000Z' });
      expect(report.findings.map((f: { postId: string }) => f.postId)).toContain('1');
    }
  });

  it('a mapped column is read instead of a column that already has the field\'s name', async () => {
    const cwd = await folder({ 'h.csv': 'id,text,body\n1,ordinary words,米粉都是脑残\n' });
    const r = await runInProcess(['--from', 'h.csv', '--columns', 'text=body', '--brand', 'xiaomi', '--format', 'json'], { cwd, env: ENV });
    expect(JSON.parse(r.stdout).findings[0].matched).toContain('米粉');
  });

  it.each([
    [['--columns', 'id=post_id,txt=content'], /^vet: --columns: "txt" is not a field vet reads \(did you mean "text"\?\); the fields are id, text, createdAt/m],
    [['--columns', 'id=post_id,text=body'], /^vet: listening\.csv:1: --columns maps text to the column "body", which the CSV header does not have \(it has "post_id", "content", "date", "channel"\)$/m],
    [['--columns', 'id'], /^vet: --columns "id" should look like field=column/m],
    [['--columns', 'id=post_id,text=post_id'], /the column "post_id" is mapped to both id and text/],
    [[], /^vet: listening\.csv:1: the CSV header needs at least the columns id and text \(or name yours with --columns, e\.g\. --columns id=post_id,text=content\)$/m],
  ])('%j: a clear error, exit 2', async (flags, message) => {
    const cwd = await folder({ 'listening.csv': LISTENING });
    const r = await runInProcess(['--from', 'listening.csv', ...flags, '--brand', 'xiaomi'], { cwd, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--columns needs a CSV --from', async () => {
    const cwd = await folder({ 'h.jsonl': '{"id":"1","text":"hi"}\n' });
    const jsonl = await runInProcess(['--from', 'h.jsonl', '--columns', 'id=post_id', '--brand', 'xiaomi'], { cwd, env: ENV });
    expect(jsonl.stderr).toMatch(/^vet: h\.jsonl: --columns maps CSV columns, and this history is JSON Lines, not CSV$/m);
    const handle = await runInProcess(['weibo:1234567890', '--columns', 'id=post_id', '--brand', 'xiaomi'], { cwd, env: ENV });
    expect(handle.code).toBe(2);
    expect(handle.stderr).toMatch(/--columns names the CSV columns of a --from file/);
  });
});

describe('columns: in a proposal', () => {
  it('maps a from CSV; a wrong field is reported at its line with the influencer', async () => {
    const cwd = await folder({
      'listening.csv': LISTENING,
      'ok.yaml': 'brand: xiaomi\ninfluencers:\n  - name: Listener\n    from: listening.csv\n    columns: {id: post_id, text: content, createdAt: date}\n',
      'bad.yaml': 'brand: xiaomi\ninfluencers:\n  - name: Listener\n    from: listening.csv\n    columns: {id: post_id, txt: content}\n',
      'missing.yaml': 'brand: xiaomi\ninfluencers:\n  - name: Listener\n    from: listening.csv\n    columns: {id: post_id, text: body}\n',
    });
    const ok = await runInProcess(['check', 'ok.yaml', '--format', 'json'], { cwd, env: ENV });
    expect(ok.stderr).not.toMatch(/error|cannot/);
    const doc = JSON.parse(ok.stdout);
    expect(doc.proposals[0].influencers[0].report.window.postsScanned).toBe(2);
    const bad = await runInProcess(['check', 'bad.yaml'], { cwd, env: ENV });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:5:\d+: influencer "Listener", columns: "txt" is not a field vet reads \(did you mean "text"\?\)/);
    const missing = await runInProcess(['check', 'missing.yaml'], { cwd, env: ENV });
    expect(missing.stdout + missing.stderr).toMatch(/listening\.csv:1: columns: maps text to the column "body", which the CSV header does not have/);
  });
});

describe('vet batch --columns', () => {
  it('maps the CSV histories of the rows', async () => {
    const cwd = await folder({ 'listening.csv': LISTENING, 'roster.csv': 'handle,from\nweibo:1234567890,listening.csv\n' });
    const r = await runInProcess(['batch', 'roster.csv', '--brand', 'xiaomi', '--columns', 'id=post_id,text=content,createdAt=date', '-q'], { cwd, env: ENV });
    const line = JSON.parse(r.stdout.trim());
    expect(line.window.postsScanned).toBe(2);
    const without = await runInProcess(['batch', 'roster.csv', '--brand', 'xiaomi', '-q'], { cwd, env: ENV });
    expect(JSON.parse(without.stdout.trim()).error.message).toMatch(/listening\.csv:1: the CSV header needs at least the columns id and text/);
  });
});
