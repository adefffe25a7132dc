import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { decodePosts, encodePosts, POST_SELECT, postColumns, postOf, rowSubject, textHash } from '../../src/store/post-row.js';
import type { Post } from '../../src/types.js';

/** How posts are laid out in the store's rows, and handed to its writer thread: every field comes back as it was. */

const subject = rowSubject('weibo', 'weibo:1234567890');
const posts: Post[] = [
  { id: '1', text: 'plain', createdAt: '2026-11-01T12:00:00.000Z', url: 'https://weibo.com/1234567890/1', platform: 'weibo', author: '1234567890' },
  { id: '2', text: 'a repost', createdAt: '2026-11-01T12:00:00+08:00', platform: 'weibo', author: '1234567890', isRepost: true, repostOf: '@other' },
  { id: '3', text: 'not a repost, said so', createdAt: 'yesterday', platform: 'weibo', author: 'someone else', isRepost: false },
  { id: '4', text: 'no platform, no author, no date' },
  { id: '5', text: 'another platform', platform: 'x', author: '1234567890', metrics: { likes: 3, reposts: 0, comments: 1 } },
  {
    id: '6',
    text: 'with alt text and context: 雷军',
    createdAt: '2026-01-02T03:04:05.006Z',
    platform: 'weibo',
    author: '1234567890',
    segments: [{ from: 'alt', start: 0, end: 4 }],
    context: { kind: 'reply', text: 'the post it answers', author: 'x', url: 'https://weibo.com/x/9' },
  },
];

/** A row as POST_SELECT reads it, from postColumns' cells. */
function row(post: Post, s = subject): unknown[] {
  const [id, url, createdAt, ms, text, , repost, data] = postColumns(post, s);
  expect(POST_SELECT).toBe('post_id, text, created_at, url, data, is_repost, created_ms');
  return [id, text, createdAt, url, data, repost, ms];
}

describe('stored posts', () => {
  it('read back as they were written, leaving out only what the subject and the date column say', () => {
    for (const post of posts) expect(postOf(row(post), subject)).toEqual(post);
    // A history file named by its path: nothing is shared.
    const file = rowSubject(null, 'file:/tmp/h.jsonl');
    for (const post of posts) expect(postOf(row(post, file), file)).toEqual(post);
    // The subject's platform and author, an ISO date and a true isRepost are not written again for each post.
    const cells = postColumns(posts[1]!, subject);
    expect(cells[2]).toBe('2026-11-01T12:00:00+08:00');
    expect(cells[7]).toBe('~{"repostOf":"@other"}');
    expect(postColumns(posts[0]!, subject).slice(0, 4)).toEqual(['1', 'https://weibo.com/1234567890/1', null, Date.parse('2026-11-01T12:00:00.000Z')]);
    expect(postColumns(posts[0]!, subject)[7]).toBe('~');
    expect(postColumns(posts[3]!, subject)[7]).toBe('~{"platform":null,"author":null}');
  });

  it('rows of schema 1 and 2 read as before', () => {
    const schema2 = ['7', 'old', '2026-11-01T12:00:00.000Z', 'https://bsky.app/7', '{"platform":"bsky","author":"old.example","isRepost":true}', 1, Date.parse('2026-11-01T12:00:00.000Z')];
    const bsky = rowSubject('bsky', 'bsky:old.example');
    expect(postOf(schema2, bsky)).toEqual({ id: '7', text: 'old', createdAt: '2026-11-01T12:00:00.000Z', url: 'https://bsky.app/7', platform: 'bsky', author: 'old.example', isRepost: true });
    // A schema 2 row without platform or author had none: the subject's are not put in.
    expect(postOf(['8', 'bare', null, null, '', 0, null], bsky)).toEqual({ id: '8', text: 'bare' });
    // Schema 1 repeated id, date and url in its JSON; the columns win.
    const schema1 = ['9', 'one', '2026-11-01T12:00:00.000Z', 'https://bsky.app/9', '{"id":"9","createdAt":"x","url":"y","platform":"bsky"}', 0, 1];
    expect(postOf(schema1, bsky)).toEqual({ id: '9', text: 'one', createdAt: '2026-11-01T12:00:00.000Z', url: 'https://bsky.app/9', platform: 'bsky' });
  });

  it('reach the writer thread whole', () => {
    const decoded = decodePosts(structuredClone(encodePosts(posts)));
    expect(decoded).toEqual(posts);
    expect(decodePosts(structuredClone(encodePosts([])))).toEqual([]);
  });

  it('hash their text as composed, white space collapsed', () => {
    const reference = (t: string) => createHash('sha256').update(t.normalize('NFC').replace(/\s+/gu, ' ').trim()).digest('hex').slice(0, 32);
    for (const text of ['plain ascii', ' two  spaces ', 'tab\there', 'line\nbreak', 'e\u0301', 'café', 'a\u00a0b', 'a\u3000b 雷军', '\ufeffbom', 'x\u2028y', '']) {
      expect(textHash(text)).toBe(reference(text));
    }
    expect(textHash('e\u0301  x')).toBe(textHash('\u00e9 x'));
  });
});

describe('isoMs', () => {
  it('reads exactly the strings toISOString writes, as Date.parse does, and nothing else', async () => {
    const { isoMs } = await import('../../src/store/post-row.js');
    const samples = [
      '2026-11-01T12:00:00.000Z', '2024-02-29T23:59:59.999Z', '2023-02-29T00:00:00.000Z', '2026-02-30T00:00:00.000Z', '2026-04-31T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z', '2026-00-10T00:00:00.000Z', '2026-01-01T24:00:00.000Z', '2026-01-01T23:60:00.000Z', '2026-01-01T00:00:60.000Z',
      '1900-02-29T00:00:00.000Z', '2000-02-29T00:00:00.000Z', '0099-01-01T00:00:00.000Z', '0100-01-01T00:00:00.000Z', '2026-11-01T12:00:00Z',
      '2026-11-01T12:00:00.000+08:00', '2026-11-01 12:00:00.000Z', 'yesterday', '',
    ];
    for (const text of samples) {
      const parsed = Date.parse(text);
      const canonical = !Number.isNaN(parsed) && new Date(parsed).toISOString() === text;
      // (Years before 100 are left to Date.parse: Date.UTC would read them as 19xx.)
      expect([text, isoMs(text)]).toEqual([text, canonical && !text.startsWith('00') ? parsed : NaN]);
    }
    // Every day of a leap and a common year.
    for (let ms = Date.UTC(2023, 0, 1, 13, 14, 15, 16); ms < Date.UTC(2025, 0, 1); ms += 86_400_000) expect(isoMs(new Date(ms).toISOString())).toBe(ms);
  });
});
