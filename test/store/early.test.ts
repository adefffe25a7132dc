import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import type { FetchedHistory } from '../../src/sources/types.js';
import { AuditStore } from '../../src/store/audit.js';
import { vetRecorded } from '../../src/store/vet.js';
import type { Post } from '../../src/types.js';

/**
 * A history file is read while the store opens: the posts read before it is there are held, and recorded
 * before the rest, so the store ends with every post, whenever it opened.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vet-store-early-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NOW = new Date('2026-11-24T00:00:00Z');

function postsOf(n: number): Post[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${String(i).padStart(5, '0')}`,
    text: i === 7 ? '米粉都是脑残，给点参数就高潮。' : `今天天气不错 ${i}`,
    createdAt: new Date(Date.UTC(2026, 9, 1) - i * 3_600_000).toISOString(),
    platform: 'bsky',
    author: 'early.example',
  }));
}

/** A history of `posts` that calls `at(k)` just before it yields its k-th post (counting from 1), and `at(n + 1)` once it ended. */
function history(posts: Post[], at: (k: number) => void): FetchedHistory {
  async function* gen(): AsyncGenerator<Post> {
    for (let i = 0; i < posts.length; i++) {
      at(i + 1);
      yield posts[i]!;
    }
    at(posts.length + 1);
  }
  return { subject: { handle: 'file:early.jsonl', platform: 'bsky' }, posts: gen(), coverage: { postsRead: posts.length, partial: false, notes: [] } };
}

async function stored(file: string): Promise<string[]> {
  const client = createClient({ url: `file:${file}` });
  await client.execute('PRAGMA busy_timeout = 10000');
  const rows = (await client.execute('SELECT post_id FROM posts ORDER BY post_id')).rows.map((r) => String(r[0]));
  client.close();
  return rows;
}

describe('a history file read while the store opens', () => {
  for (const [what, openAt] of [
    ['the store is there after some posts were read', 300],
    ['the store is there only after every post was read', 701],
    ['the store is there before the first post', 0],
  ] as const) {
    it(`records every post once: ${what}`, async () => {
      const file = join(dir, `${what.length}-${openAt}.db`);
      const store = await AuditStore.open({ url: `file:${file}`, file, display: file }, {}, () => {
        throw new Error('no warning expected');
      });
      let release!: () => void;
      const opening = new Promise<AuditStore>((resolve) => (release = () => resolve(store)));
      if (openAt === 0) release();
      const posts = postsOf(700);
      const brand = await loadBrand('xiaomi');
      const report = await vetRecorded({
        store: opening,
        subject: { file: join(dir, 'early.jsonl') },
        brand,
        ctx: { cwd: dir } as never,
        now: NOW,
        open: async () =>
          history(posts, (k) => {
            if (k === openAt) release();
          }),
        vetVersion: 'test',
      });
      store.close();
      expect(report.window.postsScanned).toBe(700);
      expect(report.findings.some((f) => f.postId === 'e00007')).toBe(true);
      expect(await stored(file)).toEqual(posts.map((p) => p.id));
    });
  }
});
