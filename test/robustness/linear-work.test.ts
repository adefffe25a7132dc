import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brands/load.js';
import { createScanner, type Scanner } from '../../src/engine/scanner.js';
import { GLUED_MODEL, WordRuns } from '../../src/engine/word-runs.js';
import { textWork } from '../../src/text/work.js';

/**
 * Matching is linear in the length of a post whatever its shape. The scans whose length depends on the shape
 * (a run of word characters around a brand hit, a glued model name after it, a run of separators in the
 * normalizer) count the characters they read in `textWork.steps`; these tests bound that count by the length
 * of the post. A count, never a clock: the shapes below took 2.7 s at 200 KB, 8.5 s at 400 KB and 35 s at
 * 420 KB when every brand hit inside a long run scanned the whole run again.
 */

let scanner: Scanner;
beforeAll(async () => {
  scanner = await createScanner(await loadBrand('xiaomi'));
});

/** The shape-dependent steps one scan of `text` takes. */
function stepsFor(text: string): number {
  const before = textWork.steps;
  scanner.scan({ id: 'shape', text });
  return textWork.steps - before;
}

/** Normalizer (one pass over separator runs) + whole text and each stretch (run starts, glued names): 5 passes. */
const STEPS_PER_CHARACTER = 5;

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));

describe('linear work on hostile shapes', () => {
  const SHAPES: Array<[string, (length: number) => string]> = [
    ['glued brand names', (n) => repeat('xiaomi', n)],
    ['spaced-out brand names (they fold into glued ones)', (n) => repeat('x.i.a.o.m.i. ', n)],
    ['one long hashtag of brand names', (n) => `#${repeat('xiaomi', n)}`],
    ['hashtags with a brand name after a long word', (n) => repeat(`#${'a'.repeat(500)}xiaomi `, n)],
    ['a long word run before a brand name', (n) => `${'a'.repeat(n)}xiaomi`],
    ['a brand name before a long run of glued model parts', (n) => `xiaomi${repeat('14pro', n)}`],
    ['digit runs after brand names (exponential for a regular expression)', (n) => repeat(`xiaomi${'1'.repeat(40)}qqqq `, n)],
    ['a long run of separators after a Chinese character', (n) => `小米 小${'.'.repeat(n)}米`],
    ['a long run of spaces after the brand', (n) => `米粉都是脑残${' '.repeat(n)}`],
    // signs and digits written for letters: each read as one joins the words around it into one long word
    ['signs for letters gluing words into one', (n) => repeat('ab$', n)],
    ['signs for letters before a digit at the end', (n) => `${repeat('ab$', n)}1`],
    ['digits for letters in one long word', (n) => `${repeat('a1', n)}a2`],
    ['at signs in one long word', (n) => repeat('ab@', n)],
    ['a sign before one long run of letters', (n) => `a$${'b'.repeat(n)}`],
    // words masked with digits and signs: each run is spelled at most eight ways, and only when it is short
    ['masked words the lexicon may know', (n) => repeat('th!3v3s1 cr@ppl3 ', n)],
    ['one long run of letters, digits and signs', (n) => repeat('a1!', n)],
    // a gap wider than a spaced-out word's own: each looks ahead at the next spaced-out word once
    ['spaced-out words with a wider gap inside each', (n) => repeat('x i a o  m i ', n)],
    ['spaced-out letters with every other gap wider', (n) => repeat('a b  ', n)],
  ];

  for (const [name, make] of SHAPES) {
    it(`${name}: 420 KB costs at most ${STEPS_PER_CHARACTER} steps a character`, () => {
      const text = make(420_000);
      expect(stepsFor(text)).toBeLessThanOrEqual(STEPS_PER_CHARACTER * text.length);
    });
  }

  it('any mix of long runs, brand names, hashtags, separators and model parts stays within the bound', () => {
    const UNITS = ['xiaomi', 'x.i.a.o.m.i. ', '#', 'a', 'mi', '14pro', '1', 'q', 'se', 'xs', '小', '米', '.', ' ', '·', '#xiaomi', '米粉', '脑残'];
    const block = fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 1, max: 4000 }));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const text = blocks.map(([unit, times]) => unit.repeat(times)).join('');
        expect(stepsFor(text)).toBeLessThanOrEqual(STEPS_PER_CHARACTER * text.length);
      }),
      { numRuns: 60 },
    );
  });

  it('the glued model test answers exactly what GLUED_MODEL does, at every position', () => {
    const part = fc.constantFrom('se', 's', 'c', 'x', 'xr', 'xs', 'plus', 'pro', 'max', 'mini', 'ultra', 'note', '1', '14', '0', 'a', 'q', 'e', 'p', 'P', 'é', ' ', '#');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        const runs = new WordRuns(text);
        for (let at = 0; at < text.length; at++) {
          if (!/[a-z0-9\u00df-\u024f]/i.test(text[at]!) || text[at] === '\u00f7') continue;
          let stop = at;
          while (stop < text.length && /[a-z0-9\u00df-\u024f]/i.test(text[stop]!) && text[stop] !== '\u00f7') stop++;
          expect(runs.gluedModelAt(at), `${JSON.stringify(text)} at ${at}`).toBe(GLUED_MODEL.test(text.slice(at, stop)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('hashtag and glued-name boundaries keep their meaning', () => {
    const rules = (text: string) => scanner.scan({ id: 't', text }).map((f) => f.ruleId);
    expect(rules('#BoycottXiaomi 大家一起抵制')).not.toEqual([]);
    expect(rules('xiaomi14pro is trash')).toEqual(rules('xiaomi 14 pro is trash'));
    expect(rules('xiaomixiaomi is trash')).toEqual([]);
  });
});
