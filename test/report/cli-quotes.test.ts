import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';

// What a user sees, through the CLI (in process): the quotes, their cuts and the notes, from real findings.
const ROOT = new URL('../../', import.meta.url).pathname;
const env = { NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z', VET_CACHE_DIR: join(tmpdir(), 'vet-test-cache') };
const vet = (args: string[], cwd = ROOT) => runInProcess(args, { cwd, env });

const PAD = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '.repeat(6);

function history(posts: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'vet-quotes-'));
  writeFileSync(join(dir, 'h.jsonl'), posts.map((p) => JSON.stringify(p)).join('\n') + '\n');
  return dir;
}

describe('vet --format markdown|text, quotes as written', () => {
  it('markdown keeps the spaces around the bold words (the bundled hostile reviewer)', async () => {
    const r = await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi', '--format', 'markdown']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('| **Mi fans are brainwashed** sheep, no point arguing with them\\. |');
    expect(r.stdout).toContain('| **米 猴** 又来洗地了，一个个急得跳脚。 |');
    expect(r.stdout).not.toMatch(/\*\*sheep|\*\*又来|Honestly\*\*/);
    const text = await vet(['--from', 'fixtures/histories/tech-reviewer-hostile.jsonl', '--brand', 'xiaomi']);
    expect(text.stdout).toContain('"«Mi fans are brainwashed» sheep, no point arguing with them."');
    expect(text.stdout).toContain('"«米 猴» 又来洗地了，一个个急得跳脚。"');
  });

  it('a quote cut in the middle of a long post has … at both ends; duplicates skipped are said', async () => {
    const cwd = history([
      { id: '1', text: `${PAD}Honestly xiaomi fans are idiots and everyone knows it, ${PAD}`, createdAt: '2026-01-01T00:00:00Z' },
      { id: '2', text: '米粉都是脑残。\n\n', createdAt: '2026-01-02T00:00:00Z' },
      { id: '2', text: '米粉都是脑残。\n\n', createdAt: '2026-01-02T00:00:00Z' },
      { id: '3', text: '今天天气不错。米粉都是脑残！明天见。', createdAt: '2026-01-03T00:00:00Z' },
    ]);
    const json = JSON.parse((await vet(['--from', 'h.jsonl', '--brand', 'xiaomi', '--format', 'json'], cwd)).stdout);
    const byPost = Object.fromEntries(json.findings.map((f: { postId: string }) => [f.postId, f]));
    expect(byPost['1'].excerptCut).toEqual({ before: true, after: true });
    // Cut at word edges: whole words at both ends.
    expect(byPost['1'].excerpt).toMatch(/^consectetur .*Honestly xiaomi fans are idiots and everyone knows it, .* amet$/);
    // Trailing blank lines are not more post.
    expect(byPost['2']).toMatchObject({ excerpt: '米粉都是脑残。', excerptCut: { before: false, after: false } });
    expect(byPost['3']).toMatchObject({ excerpt: '米粉都是脑残！', excerptCut: { before: true, after: true } });
    expect(json.coverage.notes.join(' ')).toMatch(/^1 post.* skipped/);

    const text = (await vet(['--from', 'h.jsonl', '--brand', 'xiaomi'], cwd)).stdout;
    expect(text).toMatch(/"…[^"]*tempor Honestly «xiaomi fans are idiots» and everyone knows it, [^"]*amet…"/);
    expect(text).toContain('"«米粉都是脑残»。"');
    expect(text).toContain('"…«米粉都是脑残»！…"');
    expect(text).toMatch(/^Scanned 3 posts from 2026-01-01 to 2026-01-03\.\nNote: 1 post was skipped: its id had already been seen\.$/m);

    const md = (await vet(['--from', 'h.jsonl', '--brand', 'xiaomi', '--format', 'markdown'], cwd)).stdout;
    expect(md).toMatch(/\| …[^|]*tempor Honestly \*\*xiaomi fans are idiots\*\* and everyone knows it, [^|]*amet… \|/);
    expect(md).toContain('| …**米粉都是脑残**！… |');
    expect(md).toMatch(/\n\nNote: 1 post was skipped: its id had already been seen\\\.\n/);
  });
});
