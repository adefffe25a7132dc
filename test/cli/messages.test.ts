import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCheck } from '../../src/check/reporters/index.js';
import { noteText, reasonText } from '../../src/report/codes.js';
import { RULES } from '../../src/rules/index.js';
import { errnoText } from '../../src/util/errno.js';
import { runInProcess } from '../helpers/in-process.js';
import { checkResult, finding, proposal, report, result } from '../check/helpers.js';

/** Messages in words, not codes: errno, zod and plurals (issue 16 item 12). */
const ENV = { NO_COLOR: '1', VET_NOW: '2026-11-24T00:00:00Z' };

async function folder(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vet-messages-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('file-system failures are said in words, naming the path', () => {
  it.each([
    [['--from', 'gone.jsonl', '--brand', 'xiaomi'], 'gone.jsonl: cannot read the history file (no such file)'],
    [['--from', 'h.jsonl', '--brand', './gone.yaml'], 'gone.yaml: cannot read the brand profile (no such file)'],
    [['batch', 'gone.txt', '--brand', 'xiaomi'], 'gone.txt: cannot read the roster (no such file)'],
    [['report', 'gone.json'], 'gone.json: cannot read the report (no such file)'],
    [['profile', 'check', 'gone.yaml'], 'gone.yaml: cannot read'],
  ])('vet %j', async (args, expected) => {
    const cwd = await folder({ 'h.jsonl': '{"id":"1","text":"hi"}\n' });
    const r = await runInProcess(args, { cwd, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });

  it('a folder where a file belongs is "it is a folder" or "not a file"', async () => {
    const cwd = await folder();
    await mkdir(join(cwd, 'roster.txt'));
    const r = await runInProcess(['batch', 'roster.txt', '--brand', 'xiaomi'], { cwd, env: ENV });
    expect(r.stderr).toMatch(/roster\.txt: cannot read the roster \(it is a folder\)/);
  });

  it('known codes have words; an unknown one keeps the system\'s words without its code or path', () => {
    const err = (code: string, message: string) => Object.assign(new Error(message), { code });
    expect(errnoText(err('EACCES', "EACCES: permission denied, open '/x'"))).toBe('permission denied');
    expect(errnoText(err('ENOTDIR', "ENOTDIR: not a directory, open '/a/b'"))).toBe('a part of its path is a file, not a folder');
    expect(errnoText(err('EWEIRD', "EWEIRD: something odd happened, open '/secret/path'"))).toBe('something odd happened');
  });
});

describe('zod\'s own wording never reaches users', () => {
  it('a profile with an out-of-range window, a fractional one, an empty list and text for a list', async () => {
    const cwd = await folder({
      'p.yaml': 'id: acme\nname: Acme\nnames: [acme]\nfanSlurs: beans\nhomonymContexts:\n  - term: acme\n    near: [x]\n    window: 30\n  - term: acme\n    near: []\n    window: 2.5\n',
      'h.jsonl': '{"id":"1","text":"hi"}\n',
    });
    const r = await runInProcess(['--from', 'h.jsonl', '--brand', './p.yaml'], { cwd, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('p.yaml:4:11: fanSlurs: must be a list, not text');
    expect(r.stderr).toContain('p.yaml:8:13: homonymContexts.0.window: must be at most 20');
    expect(r.stderr).toContain('homonymContexts.1.near: must list at least one item');
    expect(r.stderr).toContain('homonymContexts.1.window: must be a whole number, not 2.5');
    expect(r.stderr).not.toMatch(/Too big|Too small|Invalid input|expected \w+, received|<=|>=/);
  });

  it('a history record with a mistyped field', async () => {
    const cwd = await folder({ 'h.jsonl': '{"id":"1","text":"hi","metrics":{"likes":"many"}}\n' });
    const r = await runInProcess(['--from', 'h.jsonl', '--brand', 'xiaomi'], { cwd, env: ENV });
    expect(r.stderr).toContain('h.jsonl:1: "metrics.likes" must be a number, not text');
    expect(r.stderr).not.toMatch(/Invalid input|expected \w+, received/);
  });
});

describe('singular and plural', () => {
  it('reposts among hostile posts', () => {
    const reposts = (r: number, h: number) => reasonText({ code: 'hostile-reposts', args: { reposts: r, hostile: h } });
    expect(reposts(1, 2)).toBe("1 of the 2 hostile posts is a repost of someone else's words (counted at half weight).");
    expect(reposts(2, 5)).toMatch(/^2 of the 5 hostile posts are reposts/);
    expect(reposts(1, 1)).toMatch(/^The one hostile post is a repost of/);
    expect(reposts(3, 3)).toMatch(/^All 3 hostile posts are reposts of/);
  });

  it.each([
    [{ code: 'limit-reached', args: { limit: 1 } }, 'vet stopped after --limit 1 post;'],
    [{ code: 'fetch-stopped', args: { source: 'weibo', posts: 1, detail: 'x' } }, 'after 1 post,'],
    [{ code: 'date-range', args: { source: 'weibo', posts: 1, from: '2026-01-01', to: '2026-01-01' } }, 'read 1 weibo post dated 2026-01-01'],
    [{ code: 'fewer-served', args: { source: 'bsky', served: 1, total: 9, why: 'hidden' } }, 'bsky served 1 post but'],
    [{ code: 'api-cap', args: { source: 'x', cap: 1, total: 9 } }, 'only the latest 1 post;'],
    [{ code: 'feed-cap', args: { posts: 1 } }, 'its latest 1 entry; posts older than that'],
    [{ code: 'from-store', args: { stored: 1, posts: 1 } }, 'the one post came from the audit store'],
    [{ code: 'store-read', args: { posts: 1, deleted: 0 } }, 'read 1 post from the audit store'],
  ])('%j', (note, expected) => {
    const text = noteText(note);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/\b1 (posts|entries)\b/);
  });

  it('vet check markdown: no "influencer(s)" or "finding(s)"', () => {
    const p = proposal();
    const one = checkResult([result(p, 'Solo', report('critical', [finding({ postId: 'x1', severity: 'critical', ruleId: 'fan-doom-wish' })]))]);
    const md = renderCheck('markdown', one, { color: false, rules: RULES });
    expect(md).toContain('1 of 1 influencer is at or above the fail-on level');
    const pass = renderCheck('markdown', checkResult([result(p, 'Solo', report('low', []))]), { color: false, rules: RULES });
    expect(pass).toContain('the 1 influencer is below the fail-on level');
    for (const text of [md, pass]) expect(text).not.toMatch(/\(s\)/);
  });
});
