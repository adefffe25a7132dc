import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand, type LoadedBrand } from '../../src/brands/load.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import { LEVELS, type Post, type VetReport } from '../../src/types.js';
import { vetHistory } from '../../src/vet.js';
import { memoryHistory } from './helpers.js';

/**
 * Property tests of what the report promises, through the pipeline's entry point (vetHistory) only: no
 * normalizer, scanner or score internals. test/text/normalize.test.ts, test/engine/scanner.test.ts and
 * test/score.test.ts test the units; these hold the contract a reader of the report relies on:
 * - every span maps back inside the original post, `matched` is exactly the text there, and the excerpt is
 *   a substring of the original post at `excerptStart` that holds the match (normalization offsets);
 * - adding a hostile post never lowers the verdict or the score (monotonic scoring).
 */

const NOW = new Date('2026-11-24T00:00:00Z');
let xiaomi: LoadedBrand;
let apple: LoadedBrand;
// One scanner per brand for all runs, as a batch audit keeps one: building one per run made these tests take most of
// their time (45 s for 200 runs) compiling the same automata, close to the timeout on a busy machine.
const scanners = new Map<LoadedBrand, Scanner>();
beforeAll(async () => {
  [xiaomi, apple] = await Promise.all([loadBrand('xiaomi'), loadBrand('apple')]);
  for (const brand of [xiaomi, apple]) scanners.set(brand, await createScanner(brand));
});

const vet = (posts: Post[], brand = xiaomi): Promise<VetReport> => vetHistory(memoryHistory(posts), brand, { now: NOW, scanner: scanners.get(brand)! });

/**
 * Pieces that make normalization work hard: the brand and its fans in both scripts, full-width, styled and
 * spaced-out forms, emoji stand-ins, insults, negators, zero-width and bidi characters, NFKC expansions
 * (ﷺ is 18 characters after NFKC, ﬃ three), combining marks, lone and paired surrogates, CR/LF.
 */
const PIECES = [
  '小米', '米粉', '米粉都是脑残', '小米粉丝都是傻逼', '雷军是骗子', '小米早日倒闭', '米猴', '米🐒', '耍猴厂', '小米不是骗子',
  'Ｘｉａｏｍｉ', '𝐱𝐢𝐚𝐨𝐦𝐢', 'x.i.a.o.m.i', 'xiaomi fans are idiots', 'fuck xiaomi', 'Apple', 'iPhone', 'apple pie',
  '萬能的大熊說小米不會死，死的是米粉', '桂林米粉', '小米粥', '小 米', '小·米', '小\u200b米', '\u202e', '\u2066', '\ufeff',
  'ﷺ', 'ﬃ', '㍿', 'e\u0301', '\u0301', '\ud83d', '\ude00', '😀', '\r\n', '\n', ' ', '，', '。', '!', '不', '死', '都是', '脑残', '骗子',
  'idiooots', 'TRASH. @Xiaomi', '垃圾公司', '抵制小米', '大家一起抵制',
];

const text = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 4 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 }), { maxLength: 40 })
  .map((parts) => parts.join(''));

const date = fc.integer({ min: 0, max: 4000 }).map((days) => new Date(NOW.getTime() - days * 86_400_000).toISOString());

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

describe('properties of the report', () => {
  it('spans, matched words and excerpts always point into the original post (any text)', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (raw, useApple) => {
        const report = await vet([{ id: 'p', text: raw, createdAt: '2026-10-01T00:00:00Z' }], useApple ? apple : xiaomi);
        for (const f of report.findings) {
          const { start, end } = f.span;
          expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
          expect(0 <= start && start < end && end <= raw.length, `span ${start}-${end} of ${raw.length}`).toBe(true);
          expect(f.matched).toBe(raw.slice(start, end));
          expect(f.excerptStart).toBeGreaterThanOrEqual(0);
          expect(raw.slice(f.excerptStart, f.excerptStart + f.excerpt.length)).toBe(f.excerpt);
          expect(start - f.excerptStart).toBeGreaterThanOrEqual(0);
          expect(end - f.excerptStart).toBeLessThanOrEqual(f.excerpt.length);
          checked++;
        }
      }),
      { numRuns: 300 },
    );
    // Not vacuous: the generated posts do produce findings.
    expect(checked).toBeGreaterThan(100);
  });

  it('excerpts never cut a surrogate pair (an emoji is quoted whole or not at all)', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (raw) => {
        const report = await vet([{ id: 'p', text: raw }]);
        for (const f of report.findings) {
          const before = f.excerptStart > 0 ? raw.charCodeAt(f.excerptStart - 1) : -1;
          const first = raw.charCodeAt(f.excerptStart);
          const last = raw.charCodeAt(f.excerptStart + f.excerpt.length - 1);
          const after = raw.charCodeAt(f.excerptStart + f.excerpt.length);
          expect(isHighSurrogate(before) && isLowSurrogate(first), 'excerpt starts inside a pair').toBe(false);
          expect(isHighSurrogate(last) && isLowSurrogate(after), 'excerpt ends inside a pair').toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  const HOSTILE = ['米粉都是脑残', '小米不会死，死的是米粉', '雷军就是个骗子', '大家一起抵制小米', '操小米', 'xiaomi fans are idiots', '小米早日倒闭', '米猴又来洗地了'];
  const post = (id: string) =>
    fc.record({ text, createdAt: date, isRepost: fc.boolean(), likes: fc.integer({ min: 0, max: 1_000_000 }) }).map(
      ({ text: t, createdAt, isRepost, likes }): Post => ({ id, text: t, createdAt, ...(isRepost ? { isRepost } : {}), metrics: { likes } }),
    );
  const hostilePost = fc
    .record({ text: fc.constantFrom(...HOSTILE), createdAt: date, isRepost: fc.boolean(), likes: fc.integer({ min: 0, max: 1_000_000 }) })
    .map(({ text: t, createdAt, isRepost, likes }): Post => ({ id: 'added', text: t, createdAt, ...(isRepost ? { isRepost } : {}), metrics: { likes } }));

  it('adding a hostile post never lowers the verdict or the score', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { maxLength: 12 }).chain((ids) => fc.tuple(...ids.map((_, i) => post(`p${i}`)))),
        hostilePost,
        fc.nat(),
        async (posts, added, at) => {
          const before = await vet(posts.length ? posts : [{ id: 'empty', text: '今天天气不错' }]);
          const withAdded = [...(posts.length ? posts : [{ id: 'empty', text: '今天天气不错' }])];
          withAdded.splice(at % (withAdded.length + 1), 0, added);
          const after = await vet(withAdded);
          expect(LEVELS.indexOf(after.verdict.level)).toBeGreaterThanOrEqual(LEVELS.indexOf(before.verdict.level));
          expect(after.verdict.score).toBeGreaterThanOrEqual(before.verdict.score);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the verdict does not depend on the order of the posts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(fc.nat(), { minLength: 1, maxLength: 10 })
          .chain((ids) => fc.tuple(...ids.map((_, i) => post(`p${i}`))))
          .chain((posts) => fc.tuple(fc.constant(posts), fc.shuffledSubarray(posts, { minLength: posts.length, maxLength: posts.length }))),
        async ([posts, shuffled]) => {
        const [a, b] = await Promise.all([vet(posts), vet(shuffled)]);
        expect(b.verdict.level).toBe(a.verdict.level);
        expect(b.verdict.score).toBe(a.verdict.score);
        },
      ),
      { numRuns: 100 },
    );
  });
});
