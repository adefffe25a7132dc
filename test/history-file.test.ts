import { noteText } from '../src/report/codes.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { openFileHistory } from '../src/sources/file.js';
import type { Post } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'vet-history-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
async function read(path: string): Promise<{ posts: Post[]; notes: string[] }> {
  const history = await openFileHistory(path, dir);
  const posts: Post[] = [];
  for await (const p of history.posts) posts.push(p);
  return { posts, notes: history.coverage.notes.map(noteText) };
}
async function failure(path: string): Promise<string> {
  try {
    await read(path);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('history files', () => {
  it('reads JSON Lines with BOM, CRLF and blank lines', async () => {
    const path = file('a.jsonl', '\uFEFF{"id":"1","text":"a","createdAt":"2025-01-01T08:00:00+08:00"}\r\n\r\n{"id":"2","text":"b","metrics":{"likes":3}}\r\n');
    const { posts } = await read(path);
    expect(posts.map((p) => p.id)).toEqual(['1', '2']);
    expect(posts[0]!.createdAt).toBe('2025-01-01T00:00:00.000Z');
    expect(posts[1]!.metrics).toEqual({ likes: 3 });
  });
  it('reads a JSON array and a CSV with a header and multi-line fields', async () => {
    expect((await read(file('b.json', '[{"id":"1","text":"x"}]'))).posts).toHaveLength(1);
    const csv = file('c.csv', 'id,text,createdAt,likes,isRepost\n1,"line one\nline two",2025-02-02,5,true\n2,plain,,,\n');
    const { posts } = await read(csv);
    expect(posts[0]).toMatchObject({ id: '1', text: 'line one\nline two', metrics: { likes: 5 }, isRepost: true });
    expect(posts[1]).toMatchObject({ id: '2', text: 'plain' });
  });
  it.each([
    ['2024-02-29', true], ['2000-02-29T12:00:00Z', true], ['2023-02-29', false], ['1900-02-29', false],
    ['2025-04-30', true], ['2025-04-31', false], ['2025-12-31T23:59:59+08:00', true], ['2025-06-01T08:00:00.123Z', true], ['2025-06-01 08:00:00.123Z', true], ['2025-13-01', false], ['2025-00-10', false], ['2025-01-00', false],
  ])('a createdAt of %s is a real day: %s', async (day, real) => {
    const path = file(`day-${day.replace(/[^\d]/g, '')}.jsonl`, `{"id":"1","text":"x","createdAt":"${day}"}\n`);
    if (real) expect((await read(path)).posts[0]!.createdAt).toBe(new Date(Date.parse(day)).toISOString());
    else expect(await failure(path)).toMatch(/:1: "createdAt" must be an ISO 8601 date/);
  });

  it('skips duplicate ids after the first, and says so', async () => {
    const { posts, notes } = await read(file('d.jsonl', '{"id":"1","text":"a"}\n{"id":"1","text":"a again"}\n'));
    expect(posts).toHaveLength(1);
    expect(notes.join()).toMatch(/1 post was skipped: its id had already been seen/);
  });
  it.each([
    ['missing text', '{"id":"1","text":"ok"}\n{"id":"2"}\n', /e\.jsonl:2: "text" is required/],
    ['bad date', '{"id":"1","text":"x","createdAt":"yesterday"}\n', /:1: "createdAt" must be an ISO 8601 date/],
    ['not JSON', '{"id":"1","text":"x"}\nnot json\n', /:2: not valid JSON/],
    ['truncated last line', '{"id":"1","text":"x"}\n{"id":"2","te', /:2: the last line is cut off/],
    ['wrong type', '{"id":"1","text":42}\n', /:1: "text"/],
    ['an array line', '[1,2]\n', /:1: expected one post as a JSON object/],
    ['huge numeric id', '{"id":12345678901234567890,"text":"x"}\n', /too large to keep exactly/],
  ])('%s names the file and line', async (_name, content, expected) => {
    expect(await failure(file('e.jsonl', content))).toMatch(expected);
  });
  it('finds duplicates in a history large enough that the id set has to grow (CSV, JSON Lines)', async () => {
    // 20,000 ids, then the same ids again: the set starts at 4,096 slots (CSV) or is sized from the first
    // chunk, which here holds only short lines, so it doubles several times on the way.
    const ids = Array.from({ length: 20_000 }, (_, i) => `p${i}`);
    const csv = file('grow.csv', `id,text\n${[...ids, ...ids].map((id) => `${id},x`).join('\n')}\n`);
    const padding = Array.from({ length: 3_000 }, (_, i) => JSON.stringify({ id: `short${i}`, text: '' })).join('\n');
    const lines = [...ids, ...ids].map((id) => JSON.stringify({ id, text: 'a longer post text '.repeat(10) })).join('\n');
    const jsonl = file('grow.jsonl', `${padding}\n${lines}\n`);
    const fromCsv = await read(csv);
    expect(fromCsv.posts).toHaveLength(20_000);
    expect(fromCsv.notes).toEqual(['20000 posts were skipped: their ids had already been seen']);
    const fromJsonl = await read(jsonl);
    expect(fromJsonl.posts).toHaveLength(23_000);
    expect(fromJsonl.notes).toEqual(['20000 posts were skipped: their ids had already been seen']);
  });

  it('refuses a CSV column that is a vet column spelt another way, rather than ignore it', async () => {
    expect(await failure(file('snake.csv', 'id,text,created_at\n1,hi,2026-01-01\n'))).toMatch(/snake\.csv:1: the CSV column "created_at" is read only when named "createdAt"; rename it, or map it with --columns createdAt=created_at$/);
    expect(await failure(file('dash.csv', 'id,text,Is-Repost\n1,hi,true\n'))).toMatch(/"Is-Repost" is read only when named "isRepost"/);
    // Other columns are a normal part of exports and stay ignored.
    expect((await read(file('extra.csv', 'id,text,createdAt,lang,metrics.likes\n1,hi,2026-01-01,zh,3\n'))).posts[0]).toMatchObject({ id: '1', metrics: { likes: 3 } });
  });

  it('refuses invalid UTF-8 and NUL bytes with a line number, and an empty file', async () => {
    expect(await failure(file('f.jsonl', Buffer.concat([Buffer.from('{"id":"1","text":"ok"}\n{"id":"2","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')])))).toMatch(/f\.jsonl:2: not valid UTF-8/);
    expect(await failure(file('g.jsonl', '{"id":"1","text":"a\u0000"}\n'.replace('\\u0000', '\u0000')))).toMatch(/g\.jsonl:1: contains a NUL byte/);
    expect(await failure(file('h.jsonl', ''))).toMatch(/the file is empty/);
  });
  it('reports a missing file clearly', async () => {
    expect(await failure(join(dir, 'nope.jsonl'))).toMatch(/nope\.jsonl: cannot read the history file \(no such file\)/);
  });
});

describe('vet export metadata lines (issue 16 item 14)', () => {
  const head = { vetExport: 1, part: 'head', subject: { handle: 'bsky:alice.bsky.social', platform: 'bsky' }, exportedAt: '2026-11-01T00:00:00.000Z', vetVersion: '0.1.0' };
  const end = (partial: boolean) => ({ vetExport: 1, part: 'end', posts: 1, coverage: { postsRead: 1, partial, notes: partial ? [{ code: 'limit-reached', args: { limit: 1 } }] : [] } });
  const post = { id: '1', text: 'hello', platform: 'bsky' };
  const lines = (...values: object[]) => values.map((v) => JSON.stringify(v)).join('\n') + '\n';

  it('the subject and the coverage come back; the metadata lines are not posts', async () => {
    const history = await openFileHistory(file('m1.jsonl', lines(head, post, end(true))), dir);
    const posts: Post[] = [];
    for await (const p of history.posts) posts.push(p);
    expect(posts.map((p) => p.id)).toEqual(['1']);
    expect(history.subject).toMatchObject({ handle: 'bsky:alice.bsky.social', platform: 'bsky' });
    expect(history.coverage.partial).toBe(true);
    expect(history.coverage.notes.map(noteText)).toEqual(['vet stopped after --limit 1 post; older posts were not read (raise --limit to read more)']);
  });

  it('a complete export is not partial; a file without metadata reads as before', async () => {
    const whole = await read(file('m2.jsonl', lines(head, post, end(false))));
    expect(whole.notes).toEqual([]);
    const plain = await openFileHistory(file('m3.jsonl', lines(post)), dir);
    for await (const _ of plain.posts);
    expect(plain.subject.handle).toBe('file:m3.jsonl');
    expect(plain.coverage.partial).toBe(false);
  });

  it('a head without an end: cut short, said so', async () => {
    const history = await openFileHistory(file('m4.jsonl', lines(head, post)), dir);
    for await (const _ of history.posts);
    expect(history.coverage.partial).toBe(true);
    expect(history.coverage.notes.map(noteText).join(' ')).toMatch(/the export of bsky:alice\.bsky\.social has no closing line: it was cut short/);
  });

  it('a damaged metadata line or a newer format names the line and what is wrong', async () => {
    expect(await failure(file('m5.jsonl', lines({ ...head, subject: { platform: 'bsky' } }, post)))).toMatch(/m5\.jsonl:1: a vet export metadata line: "subject\.handle" is required \(text\)$/);
    expect(await failure(file('m6.jsonl', lines(post, { ...end(false), coverage: { postsRead: 1, partial: 'no', notes: [] } })))).toMatch(/m6\.jsonl:2: a vet export metadata line: "coverage\.partial" must be true or false, not text$/);
    expect(await failure(file('m7.jsonl', lines({ ...head, vetExport: 2 }, post)))).toMatch(/m7\.jsonl:1: an export of format 2, written by a newer vet; this vet reads format 1/);
  });
});
