import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { CONTEXT_MAX_CHARS, postContext } from '../src/sources/context.js';
import { openFileHistory } from '../src/sources/file.js';
import { openHistory } from '../src/sources/index.js';
import type { Post } from '../src/types.js';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';
import { runInProcess } from './helpers/in-process.js';
import { readAll, testContext } from './sources/context.js';

/** `context` in history files: read from JSON Lines, JSON arrays and CSV, checked, and written back by export and --save. */

const dir = mkdtempSync(join(tmpdir(), 'vet-history-context-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
async function read(path: string): Promise<Post[]> {
  return readAll(await openFileHistory(path, dir));
}
/** The message of the InputError reading `path` ends in. */
async function failure(path: string): Promise<string> {
  const error: unknown = await read(path).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

const REPLY = { kind: 'reply', text: 'Our new flagship ships on Friday.', author: '@phonebrand', url: 'https://x.com/phonebrand/status/1' } as const;

describe('context in history files', () => {
  it('reads it from JSON Lines (fast path and checked path alike) and from a JSON array', async () => {
    const lines = [
      { id: '1', text: 'again with this scam', context: REPLY },
      { id: '2', text: 'lol', context: { kind: 'quote', text: '' , author: '@phonebrand' } },
      // An unusual date sends this line through the checked (zod) path: the context reads the same.
      { id: '3', text: 'same', createdAt: '2025-03-01 08:00:00+08:00', context: { kind: 'repost', text: 'original words', author: '', url: 'https://weibo.com/1/A' } },
      { id: '4', text: 'no context' },
    ];
    const posts = await read(file('a.jsonl', lines.map((l) => JSON.stringify(l)).join('\n')));
    expect(posts.map((p) => p.context)).toEqual([
      REPLY,
      { kind: 'quote', text: '', author: '@phonebrand' },
      { kind: 'repost', text: 'original words', url: 'https://weibo.com/1/A' },
      undefined,
    ]);
    expect((await read(file('b.json', JSON.stringify(lines))))[0]!.context).toEqual(REPLY);
  });

  it('reads the flattened columns of a CSV', async () => {
    const csv = file('c.csv', [
      'id,text,contextKind,contextText,contextAuthor,contextUrl',
      `1,again with this scam,reply,"${REPLY.text}",${REPLY.author},${REPLY.url}`,
      '2,no context,,,,',
      '3,"quote of a picture",quote,,@phonebrand,',
    ].join('\n'));
    const posts = await read(csv);
    expect(posts.map((p) => p.context)).toEqual([REPLY, undefined, { kind: 'quote', text: '', author: '@phonebrand' }]);
  });

  it('cuts a long context text as the sources do', async () => {
    const [post] = await read(file('long.jsonl', JSON.stringify({ id: '1', text: 'x', context: { kind: 'reply', text: '长'.repeat(5000) } })));
    expect(post!.context!.text).toHaveLength(CONTEXT_MAX_CHARS);
    expect(post!.context!.text.endsWith('…')).toBe(true);
  });

  it.each([
    ['not an object', { context: 'a reply' }, /e\.jsonl:1: "context" must be an object with "kind" and "text"/],
    ['an unknown kind', { context: { kind: 'retweet', text: 'x' } }, /e\.jsonl:1: "context\.kind" must be "reply", "repost" or "quote"/],
    ['no text', { context: { kind: 'reply' } }, /e\.jsonl:1: "context\.text" is required and must be a string/],
    ['a text that is not a string', { context: { kind: 'reply', text: 42 } }, /e\.jsonl:1: "context\.text"/],
    ['a bad url', { context: { kind: 'reply', text: 'x', url: 'not a url' } }, /e\.jsonl:1: "context\.url" must be a URL/],
    ['a script url', { context: { kind: 'reply', text: 'x', url: 'javascript:alert(1)' } }, /e\.jsonl:1: "context\.url" must be a URL \(http or https\)/],
    ['an author that is not a string', { context: { kind: 'reply', text: 'x', author: ['a'] } }, /e\.jsonl:1: "context\.author"/],
  ])('JSON Lines: %s names the file, line and field', async (_name, extra, expected) => {
    expect(await failure(file('e.jsonl', JSON.stringify({ id: '1', text: 'x', ...extra })))).toMatch(expected);
  });

  it('names the post of a JSON array and the column of a CSV', async () => {
    expect(await failure(file('e.json', JSON.stringify([{ id: '1', text: 'x' }, { id: '2', text: 'y', context: { kind: 'like', text: 'x' } }])))).toMatch(
      /e\.json:1: post #2 \(array index 1\): "context\.kind" must be "reply", "repost" or "quote"/,
    );
    expect(await failure(file('kind.csv', 'id,text,contextKind,contextText\n1,x,,the parent\n'))).toMatch(/kind\.csv:2: "contextKind" is required when another context column is filled/);
    expect(await failure(file('badkind.csv', 'id,text,contextKind,contextText\n1,x,boost,the parent\n'))).toMatch(/badkind\.csv:2: "contextKind" must be "reply", "repost" or "quote"/);
    expect(await failure(file('url.csv', 'id,text,contextKind,contextUrl\n1,x,reply,nope\n'))).toMatch(/url\.csv:2: "contextUrl" must be a URL/);
    expect(await failure(file('snake.csv', 'id,text,context_kind\n1,x,reply\n'))).toMatch(/the CSV column "context_kind" is read only when named "contextKind"; rename it/);
  });
});

describe('postContext (what every adapter builds a context with)', () => {
  it('trims, cuts without splitting a surrogate pair, keeps only web links, and is nothing when empty', () => {
    expect(postContext('reply', '  the parent  ', '@brand', 'https://x.com/brand/status/1')).toEqual({ kind: 'reply', text: 'the parent', author: '@brand', url: 'https://x.com/brand/status/1' });
    const emoji = postContext('quote', '😀'.repeat(CONTEXT_MAX_CHARS))!;
    expect(emoji.text).toHaveLength(CONTEXT_MAX_CHARS - 1);
    expect(emoji.text.endsWith('😀…')).toBe(true);
    expect(postContext('quote', 'x', undefined, 'javascript:alert(1)')).toEqual({ kind: 'quote', text: 'x' });
    expect(postContext('reply', '   ')).toBeUndefined();
    expect(postContext('reply', '', '@brand')).toEqual({ kind: 'reply', text: '', author: '@brand' });
  });
});

describe('context survives vet export and --save, and --from reads it back', () => {
  let server: FixtureServer;
  let work: string;
  /** The posts as the adapter yields them. */
  let fetched: Post[];
  beforeAll(async () => {
    server = await startFixtureServer([
      { path: '/xrpc/app.bsky.actor.getProfile', reply: { file: 'bsky/context-getProfile.json' } },
      { path: '/xrpc/app.bsky.feed.getAuthorFeed', reply: { file: 'bsky/context-getAuthorFeed.json' } },
    ]);
    work = mkdtempSync(join(tmpdir(), 'vet-context-export-'));
    fetched = await readAll(await openHistory('bsky:snarky.bsky.social', testContext({ endpoints: { bsky: server.url } })));
  });
  afterAll(() => server.close());

  const env = () => ({ VET_NOW: '2025-03-10T04:00:00Z', VET_HTTP_MIN_INTERVAL_MS: '0', VET_ENDPOINT_BSKY: server.url });

  it('vet export writes every post, context included, as --from reads it', async () => {
    expect(fetched.filter((p) => p.context)).toHaveLength(3);
    const exported = await runInProcess(['export', 'bsky:snarky.bsky.social', '--output', 'history.jsonl', '--no-cache'], { cwd: work, env: env() });
    expect(exported.code).toBe(0);
    expect(readFileSync(join(work, 'history.jsonl'), 'utf8')).toContain('"context":{"kind":"reply"');
    expect(await readAll(await openFileHistory('history.jsonl', work))).toEqual(fetched);
  });

  it('a --save bundle\'s history.jsonl reads back the same', async () => {
    const saved = await runInProcess(['bsky:snarky.bsky.social', '--brand', 'xiaomi', '--format', 'json', '--no-cache', '--save', 'evidence'], { cwd: work, env: env() });
    expect(saved.code).not.toBe(2);
    expect(await readAll(await openFileHistory('evidence/history.jsonl', work))).toEqual(fetched);
  });
});
