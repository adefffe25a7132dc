import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../src/batch/vet-one.js';
import { loadBrand } from '../../src/brands/load.js';
import { ExitCode, InputError, NoPostsError, SourceError, UsageError } from '../../src/errors.js';
import type { FetchedHistory } from '../../src/sources/types.js';
import type { Post } from '../../src/types.js';
import { vetHistory } from '../../src/vet.js';
import { BATCH_FIXTURES, inProcess, jsonLines } from './cli.js';

/** "Nothing to vet" is a typed error (NoPostsError), so batch's `no-posts` code does not depend on its wording. */

function history(posts: Post[]): FetchedHistory {
  return {
    subject: { handle: 'weibo:1234567890', platform: 'weibo' },
    coverage: { postsRead: posts.length, partial: false, notes: [] },
    posts: (async function* () {
      yield* posts;
    })(),
  };
}

const NOW = new Date('2026-11-24T00:00:00Z');

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('NoPostsError', () => {
  it('vetHistory throws it for an empty history, with the message, hint and exit code as before', async () => {
    const error = await failure(vetHistory(history([]), await loadBrand('xiaomi'), { now: NOW }));
    expect(error).toBeInstanceOf(NoPostsError);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({
      message: 'weibo:1234567890: nothing to vet: it has no posts. A history with no posts is not a low-risk verdict.',
      hint: undefined,
      exitCode: ExitCode.Usage,
      // `vet check` reports error.name as the code: unchanged.
      name: 'InputError',
    });
  });

  it('and for a history with no post in the --since window, with the hint to widen it', async () => {
    const posts: Post[] = [
      { id: '1', text: 'old', platform: 'weibo', createdAt: '2020-01-01T00:00:00Z' },
      { id: '2', text: 'older', platform: 'weibo', createdAt: '2019-01-01T00:00:00Z' },
    ];
    const error = await failure(vetHistory(history(posts), await loadBrand('xiaomi'), { now: NOW, since: new Date('2025-01-01T00:00:00Z') }));
    expect(error).toBeInstanceOf(NoPostsError);
    expect(error).toMatchObject({
      message: 'weibo:1234567890: nothing to vet: none of its 2 posts is inside the window (--since 2025-01-01). A history with no posts is not a low-risk verdict.',
      hint: 'widen the window with --since (e.g. --since 5y)',
      exitCode: 2,
    });
  });

  it('describeError gives no-posts by class, not by the wording of the message', () => {
    expect(describeError(new NoPostsError('x: no posts at all', { hint: 'h' }))).toEqual({ code: 'no-posts', message: 'x: no posts at all', hint: 'h' });
    // An input error that happens to quote the old phrase (a file name, a post) is still an input error.
    expect(describeError(new InputError('reviews/a: nothing to vet: b.jsonl:3: not valid JSON')).code).toBe('input');
    expect(describeError(new UsageError('"weibo:abc" is not a Weibo handle')).code).toBe('usage');
    expect(describeError(new SourceError('weibo', 'no user')).code).toBe('source');
  });
});

describe('vet batch: no post in the window', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'vet-no-posts-'));
    await cp(join(BATCH_FIXTURES, 'histories'), join(work, 'histories'), { recursive: true });
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('each such handle gets an error line with code no-posts and the hint; exit 3', { timeout: 30_000 }, async () => {
    const run = await inProcess(['batch', '-', '--brand', 'xiaomi', '--since', '2099-01-01', '--quiet'], {
      cwd: work,
      stdin: 'file:histories/cook.jsonl\nfile:histories/fan-insulter.jsonl\n',
    });
    expect(run.code).toBe(3);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => [l.handle, (l.error as { code: string }).code]).sort()).toEqual([
      ['file:histories/cook.jsonl', 'no-posts'],
      ['file:histories/fan-insulter.jsonl', 'no-posts'],
    ]);
    expect(lines[0]!.error).toMatchObject({ message: expect.stringMatching(/: nothing to vet: (?:none of its \d+ posts is|its one post is not) inside the window \(--since 2099-01-01\)/), hint: 'widen the window with --since (e.g. --since 5y)' });
  });
});
