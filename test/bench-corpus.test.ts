import { describe, expect, test } from 'vitest';
// The bench corpus generator is plain ESM (scripts/ is not compiled); vitest imports it as it is.
// @ts-expect-error no declaration file for a script module
import { BRAND_KINDS, DEFAULT_SEED, KIND_SHARES, MAX_LENGTH, MIN_LENGTH, buildCorpus, generatePosts, toTraditional } from '../scripts/bench/corpus.mjs';
import { PostRecordSchema } from '../src/sources/file.js';

interface GeneratedPost {
  id: string;
  text: string;
  createdAt: string;
  isRepost?: boolean;
}
type Corpus = { posts: GeneratedPost[]; kinds: string[] };

const first = (count: number, seed?: number): Array<{ post: GeneratedPost; kind: string }> => [...generatePosts(count, seed)];

describe('bench corpus generator', () => {
  test('the same seed gives the same posts; another seed gives others', () => {
    expect(first(200)).toEqual(first(200));
    expect(first(200, DEFAULT_SEED)).toEqual(first(200));
    const other = first(200, DEFAULT_SEED + 1).map((p) => p.post.text);
    const same = first(200).map((p) => p.post.text);
    expect(other).not.toEqual(same);
  });

  test('a short corpus is the head of a long one (the 100k file is the start of the 1M file)', () => {
    const short = (buildCorpus(1_000) as Corpus).posts;
    const long = (buildCorpus(5_000) as Corpus).posts;
    expect(long.slice(0, 1_000)).toEqual(short);
  });

  const { posts, kinds } = buildCorpus(40_000) as Corpus;
  const share = (names: readonly string[]) => kinds.filter((k) => names.includes(k)).length / kinds.length;

  test('shares of each kind of post are near the declared ones', () => {
    const brand = share(BRAND_KINDS);
    expect(brand).toBeGreaterThanOrEqual(0.1);
    expect(brand).toBeLessThanOrEqual(0.15);
    expect(share(['hostile'])).toBeGreaterThan(0.007);
    expect(share(['hostile'])).toBeLessThan(0.013);
    for (const [kind, expected] of Object.entries(KIND_SHARES as Record<string, number>)) {
      // Binomial noise at 40k posts is well under 0.3 percentage points for these shares.
      expect(Math.abs(share([kind]) - expected), kind).toBeLessThan(0.004);
    }
  });

  test('every post is a valid history record of 20-280 characters, ids unique, newest first', () => {
    const ids = new Set<string>();
    let previous = Infinity;
    for (const post of posts) {
      expect(PostRecordSchema.safeParse(post).success).toBe(true);
      expect(post.text.length).toBeGreaterThanOrEqual(MIN_LENGTH);
      expect(post.text.length).toBeLessThanOrEqual(MAX_LENGTH);
      ids.add(post.id);
      const ms = Date.parse(post.createdAt);
      expect(ms).toBeLessThan(previous);
      previous = ms;
    }
    expect(ids.size).toBe(posts.length);
  });

  test('the corpus mixes languages and scripts, and its homonym posts carry no brand word of their own', () => {
    const latinOnly = posts.filter((p) => !/[\u4e00-\u9fff]/.test(p.text)).length / posts.length;
    const cjk = posts.filter((p) => /[\u4e00-\u9fff]/.test(p.text)).length / posts.length;
    expect(latinOnly).toBeGreaterThan(0.2);
    expect(cjk).toBeGreaterThan(0.5);
    expect(posts.some((p) => /[機軍這們]/.test(p.text))).toBe(true);
    expect(toTraditional('小米手机这个价格')).toBe('小米手機這個價格');
    const hostile = posts.filter((_, i) => kinds[i] === 'hostile');
    expect(hostile.every((p) => /小米|小-米|xiaomi|x i a o m i|lei jun|雷|卢伟冰|米|mi fans/i.test(p.text))).toBe(true);
    const homonyms = posts.filter((_, i) => kinds[i] === 'homonym');
    expect(homonyms.some((p) => /小米粥|桂林米粉/.test(p.text))).toBe(true);
  });
});
