import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRoster, detectFormat, parseRoster } from '../../src/batch/input.js';
import { laneOf, planBatch } from '../../src/batch/plan.js';
import { loadBrand } from '../../src/brands/load.js';
import { InputError } from '../../src/errors.js';
import { BATCH_FIXTURES } from './cli.js';

describe('roster text', () => {
  it('reads one handle a line, skipping blanks and # comments (a fragment in a URL is kept)', async () => {
    const text = '# roster\n\nweibo:1234567890   # the reviewer\r\n  bsky:someone.bsky.social\nrss:https://example.com/feed.xml#top\n#weibo:2\n';
    const parsed = await parseRoster(text, 'r.txt');
    expect(parsed.format).toBe('text');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 3, handle: 'weibo:1234567890' },
      { line: 4, handle: 'bsky:someone.bsky.social' },
      { line: 5, handle: 'rss:https://example.com/feed.xml#top' },
    ]);
  });

  it('names the line of a row with two words', async () => {
    const parsed = await parseRoster('weibo:1\nweibo:2 xiaomi\n', 'r.txt');
    expect(parsed.problems).toEqual([expect.stringMatching(/^r\.txt:2: expected one handle a line, got "weibo:2 xiaomi"; .*CSV roster/)]);
  });

  it('is CSV by extension, or by a header with a handle cell', () => {
    expect(detectFormat('weibo:1\n', 'r.csv')).toBe('csv');
    expect(detectFormat('# comment\nName,"Handle",brand\n', 'roster')).toBe('csv');
    expect(detectFormat('handle\nweibo:1\n', 'r.txt')).toBe('text');
    expect(detectFormat('rss:https://a.example/feed?x=1,2\n', 'r.txt')).toBe('text');
  });
});

describe('roster CSV', () => {
  it('reads handle, brand, from and name (any order and case; other columns ignored; # lines are comments)', async () => {
    const text = '\uFEFFName,Handle,Notes,BRAND,from\n# a comment\n"Doe, Jane",weibo:1,"likes ""cats""",apple,\nX,bsky:x.bsky.social,,,h/x.jsonl\n\n';
    const parsed = await parseRoster(text, 'r.csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 3, handle: 'weibo:1', brand: 'apple', name: 'Doe, Jane' },
      { line: 4, handle: 'bsky:x.bsky.social', from: 'h/x.jsonl', name: 'X' },
    ]);
  });

  it('names the line of an empty handle and of a handle with a space', async () => {
    const parsed = await parseRoster('handle,brand\nweibo:1,xiaomi\n,xiaomi\nweibo:2 3,xiaomi\n', 'r.csv');
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
    expect(parsed.problems).toEqual([
      expect.stringMatching(/^r\.csv:3: the handle is empty/),
      expect.stringMatching(/^r\.csv:4: the handle "weibo:2 3" contains a space/),
    ]);
  });

  it('rejects a header without a handle column, a column named twice, and broken CSV, with the line', async () => {
    expect((await parseRoster('user,brand\nweibo:1,xiaomi\n', 'r.csv')).problems).toEqual([expect.stringMatching(/^r\.csv:1: the CSV header needs a "handle" column/)]);
    expect((await parseRoster('handle,brand,Brand\nweibo:1,a,b\n', 'r.csv')).problems).toEqual(['r.csv:1: the CSV header names the column "brand" twice']);
    expect((await parseRoster('handle,brand\nweibo:1,xiaomi\nweibo:2,xiaomi,extra\n', 'r.csv')).problems).toEqual([
      'r.csv:3: not valid CSV (this row has a different number of cells than the header)',
    ]);
    expect((await parseRoster('handle,brand\nweibo:1,xiaomi\n"weibo:2,xiaomi\n', 'r.csv')).problems).toEqual([expect.stringMatching(/^r\.csv:\d+: not valid CSV \(/)]);
    expect((await parseRoster('', 'r.csv')).problems).toEqual([expect.stringMatching(/^r\.csv: the roster is empty/)]);
  });
});

describe('decodeRoster', () => {
  it('drops a byte-order mark and names the line of a NUL byte or invalid UTF-8', () => {
    expect(decodeRoster(Buffer.from('\uFEFFweibo:1\n'), 'r.txt')).toBe('weibo:1\n');
    expect(() => decodeRoster(Buffer.from('weibo:1\nweibo:\u00002\n'), 'r.txt')).toThrow(/^r\.txt:2: contains a NUL byte/);
    const bad = Buffer.concat([Buffer.from('weibo:1\nweibo:2\n'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]);
    expect(() => decodeRoster(bad, 'r.txt')).toThrow(InputError);
    expect(() => decodeRoster(bad, 'r.txt')).toThrow(/^r\.txt:3: not valid UTF-8/);
  });
});

describe('planBatch (validation before any work)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vet-plan-'));
    await writeFile(join(dir, 'h.jsonl'), '{"id":"1","text":"hi"}\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const plan = async (text: string, file = 'r.txt', extra: Partial<Parameters<typeof planBatch>[0]> = {}) =>
    planBatch({ text, file, baseDir: dir, cwd: dir, endpoints: {}, defaultBrand: await loadBrand('xiaomi'), ...extra });

  it('resolves file: handles and from paths against the roster folder, rows brands, and lanes', async () => {
    const p = await plan('handle,brand,from,name\nfile:h.jsonl,,,A\nweibo:1,apple,h.jsonl,B\nmastodon:@a@Social.Example,,,C\nrss:https://feeds.example/x.xml,,,D\nweibo:2222222222,,,E\n', 'r.csv');
    expect(p.problems).toEqual([]);
    expect(p.jobs.map((j) => [j.handle, j.brand.profile.id, j.fromPath, j.lane, j.name])).toEqual([
      ['file:h.jsonl', 'xiaomi', join(dir, 'h.jsonl'), undefined, 'A'],
      ['weibo:1', 'apple', join(dir, 'h.jsonl'), undefined, 'B'],
      ['mastodon:@a@Social.Example', 'xiaomi', undefined, 'mastodon:social.example', 'C'],
      ['rss:https://feeds.example/x.xml', 'xiaomi', undefined, 'rss:feeds.example', 'D'],
      ['weibo:2222222222', 'xiaomi', undefined, 'weibo', 'E'],
    ]);
  });

  it('finds every bad row, in line order, each with file:line', async () => {
    const p = await plan('handle,brand,from\nnope:1,,\nweibo:,,\nweibo:1111111111,nokia,\nfile:missing.jsonl,,\nweibo:2,,gone.jsonl\nweibo:3333333333,./acme.yaml,\n', 'r.csv');
    expect(p.jobs).toEqual([]);
    expect(p.problems).toEqual([
      expect.stringMatching(/^r\.csv:2: "nope:1" does not start with a platform vet knows; write it as one of weibo:<uid>, /),
      'r.csv:3: the handle "weibo:" names no account after "weibo:"',
      expect.stringMatching(/^r\.csv:4: brand: unknown brand "nokia"/),
      'r.csv:5: the history file missing.jsonl of "file:missing.jsonl" does not exist (file: paths are relative to the roster)',
      'r.csv:6: from: the history file gone.jsonl does not exist (a from path is relative to the roster)',
      expect.stringMatching(/^r\.csv:7: brand: \S*acme\.yaml: cannot read the brand profile \(no such file\)/),
    ]);
  });

  it('needs a brand for every row; skips a repeated handle and brand with a note', async () => {
    const none = await plan('weibo:1111111111\n', 'r.txt', { defaultBrand: undefined });
    expect(none.problems).toEqual(['r.txt:1: no brand for "weibo:1111111111": pass --brand <id|file>, or give the row a brand column value']);
    const twice = await plan('weibo:1111111111\nweibo:2222222222\nweibo:1111111111\n');
    expect(twice.jobs.map((j) => j.line)).toEqual([1, 2]);
    expect(twice.notes).toEqual(['r.txt:3: weibo:1111111111 for xiaomi is already listed on line 1; skipped']);
  });

  it('escapes control characters of a handle in messages', async () => {
    const p = await plan('nope:\u001b[31mred\n');
    expect(p.problems[0]).toContain('"nope:\\u{001B}[31mred"');
  });

  it('gives a lane per platform, per host for Mastodon and feeds, none for files', () => {
    expect(laneOf('weibo', '1', {})).toBe('weibo');
    expect(laneOf('file', 'x.jsonl', {})).toBeUndefined();
    expect(laneOf('mastodon', '@a@b.example', { mastodon: 'http://127.0.0.1:9' })).toBe('mastodon:127.0.0.1:9');
  });

  it('the bundled rosters are valid', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const file of ['handles.txt', 'roster.csv']) {
      const p = await planBatch({ text: await readFile(join(BATCH_FIXTURES, file), 'utf8'), file, baseDir: BATCH_FIXTURES, cwd: BATCH_FIXTURES, endpoints: {}, defaultBrand: await loadBrand('xiaomi') });
      expect(p.problems).toEqual([]);
      expect(p.jobs.length).toBeGreaterThan(3);
    }
  });
});
