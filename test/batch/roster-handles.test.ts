import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laneOf, planBatch } from '../../src/batch/plan.js';
import { loadBrand } from '../../src/brands/load.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { inProcess, jsonLines } from './cli.js';

/**
 * The roster check runs each platform's handle syntax (the adapters' own parsers, without loading them), so
 * a malformed handle is a `file:line` roster error (exit 2, nothing vetted) instead of a `usage` error line
 * when its turn comes.
 */

let dir: string;
let server: FixtureServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-roster-handles-'));
  await writeFile(join(dir, 'h.jsonl'), '{"id":"1","text":"hi","createdAt":"2026-01-01T00:00:00Z"}\n');
  // Answers anything, and records it: a roster refused up front must leave it untouched.
  server = await startFixtureServer([{ path: /.*/, reply: { body: { ok: 1 } } }]);
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const plan = async (text: string, file = 'r.txt') =>
  planBatch({ text, file, baseDir: dir, cwd: dir, endpoints: {}, defaultBrand: await loadBrand('xiaomi') });

describe('planBatch: handle syntax per platform', () => {
  it('reports each malformed handle as file:line with what was expected, in line order', async () => {
    const p = await plan(
      ['weibo:1234567890', 'weibo:abc', 'weibo:123', 'bsky:alice', 'mastodon:@alice', 'x:@this-is-not-valid', 'rss:example.com/feed', 'bsky:alice.bsky.social'].join('\n'),
    );
    expect(p.problems).toEqual([
      'r.txt:2: "weibo:abc" is not a Weibo handle; write weibo:<uid> (digits) or weibo:@<screen name>; for the screen name "abc", write weibo:@abc',
      'r.txt:3: "weibo:123" is not a Weibo handle; write weibo:<uid> (digits) or weibo:@<screen name>; a uid has 5 to 12 digits, "123" has 3',
      'r.txt:4: "bsky:alice" is not a Bluesky handle; write bsky:<handle> (e.g. bsky:alice.bsky.social) or bsky:<did>',
      'r.txt:5: "mastodon:@alice" is not a Mastodon handle; write mastodon:@user@instance (e.g. mastodon:@alice@mastodon.social)',
      'r.txt:6: "x:@this-is-not-valid" is not an X handle; write x:@name (letters, digits and _, at most 15)',
      'r.txt:7: "rss:example.com/feed" does not name a feed; write rss:<feed URL>, e.g. rss:https://example.com/feed.xml',
    ]);
    expect(p.jobs.map((j) => j.handle)).toEqual(['weibo:1234567890', 'bsky:alice.bsky.social']);
  });

  it('accepts every form the adapters accept (screen names, dids, instance handles and addresses, URLs, paths)', async () => {
    const accepted = [
      'weibo:1234567890',
      'weibo:@萬能的大熊',
      'weibo:@abc',
      'weibo:https://weibo.com/u/2222222222',
      'bsky:gadget-critic.bsky.social',
      'bsky:@Alice.bsky.social',
      'bsky:did:plc:ewvi7nxzyoun6zhxrhs64oiz',
      'mastodon:@alice@mastodon.social',
      'mastodon:bob@mastodon.example',
      'mastodon:https://social.example/@carol',
      'x:@GadgetCritic',
      'x:gadget_critic',
      'rss:https://example.com/feed.xml',
      'rss:http://127.0.0.1:8080/feed.json',
      'file:h.jsonl',
    ];
    const p = await plan(accepted.join('\n'));
    expect(p.problems).toEqual([]);
    expect(p.jobs.map((j) => j.handle)).toEqual(accepted);
  });

  it('escapes control characters of a malformed handle', async () => {
    const p = await plan('weibo:ab\u001bc\n');
    expect(p.problems).toEqual([expect.stringContaining('"weibo:ab\\u{001B}c" is not a Weibo handle')]);
  });

  it('does not check the handle of a row read from a saved history (`from`): it only labels the output line', async () => {
    const p = await plan('handle,from\nweibo:reviewer-one,h.jsonl\n', 'r.csv');
    expect(p.problems).toEqual([]);
    expect(p.jobs.map((j) => [j.handle, j.fromPath])).toEqual([['weibo:reviewer-one', join(dir, 'h.jsonl')]]);
  });

  it('a Mastodon profile address gets the lane of its instance', () => {
    expect(laneOf('mastodon', 'https://Social.Example/@carol', {})).toBe('mastodon:social.example');
    expect(laneOf('mastodon', '@alice@mastodon.social', {})).toBe('mastodon:mastodon.social');
  });
});

describe('vet batch with malformed handles', () => {
  it('exit 2 before anything runs: every bad row named, no request, no output file', { timeout: 30_000 }, async () => {
    await writeFile(join(dir, 'bad-handles.txt'), ['weibo:1234567890', 'weibo:abc', 'bsky:gadget-critic.bsky.social', 'x:@not-a-valid-name'].join('\n'));
    const requestsBefore = server.requests.length;
    const run = await inProcess(
      ['batch', 'bad-handles.txt', '--brand', 'xiaomi', '--output', 'never.jsonl', '--endpoint', `weibo=${server.url}`, '--endpoint', `bsky=${server.url}`, '--no-cache'],
      { cwd: dir },
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('vet: bad-handles.txt:2: "weibo:abc" is not a Weibo handle; write weibo:<uid> (digits) or weibo:@<screen name>; for the screen name "abc", write weibo:@abc\n');
    expect(run.stderr).toContain('vet: bad-handles.txt:4: "x:@not-a-valid-name" is not an X handle; write x:@name (letters, digits and _, at most 15)\n');
    expect(run.stderr).toMatch(/^vet: bad-handles\.txt: 2 problems in the roster \(above\); nothing was vetted$/m);
    expect(server.requests.length).toBe(requestsBefore);
    expect(existsSync(join(dir, 'never.jsonl'))).toBe(false);
  });

  it('one bad handle: its file:line message and the hint that nothing was vetted', { timeout: 30_000 }, async () => {
    const run = await inProcess(['batch', '-', '--brand', 'xiaomi'], { cwd: dir, stdin: 'file:h.jsonl\nweibo:abc\n' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'vet: stdin:2: "weibo:abc" is not a Weibo handle; write weibo:<uid> (digits) or weibo:@<screen name>; for the screen name "abc", write weibo:@abc\n' +
        'hint: nothing was vetted; fix the roster and run again\n',
    );
  });

  it('the screen name written with its @ passes the check and is looked up when its turn comes', { timeout: 30_000 }, async () => {
    const run = await inProcess(['batch', '-', '--brand', 'xiaomi', '--endpoint', `weibo=${server.url}`, '--no-cache', '--quiet'], { cwd: dir, stdin: 'weibo:@abc\n' });
    const [line] = jsonLines(run.stdout);
    expect(line!.handle).toBe('weibo:@abc');
    // The server here knows no one: the lookup fails as a platform answer, never as a malformed handle.
    expect((line!.error as { code: string }).code).not.toBe('usage');
    expect(server.requestsTo('/n/abc')).toHaveLength(1);
  });
});
