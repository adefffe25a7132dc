import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton } from '../../src/text/automaton.js';

function all(patterns: string[], text: string): Array<[string, number]> {
  const a = new Automaton();
  for (const p of patterns) a.add(p);
  a.build();
  const out: Array<[string, number]> = [];
  a.scan(text, (id, end) => out.push([patterns[id]!, end - patterns[id]!.length]));
  return out.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
}

/** The same answer as `all`, the slow way. */
function byIndexOf(patterns: string[], text: string): Array<[string, number]> {
  const expected: Array<[string, number]> = [];
  for (const p of patterns) for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) expected.push([p, i]);
  return expected.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
}

describe('Automaton', () => {
  it('finds overlapping and nested terms in one pass', () => {
    expect(all(['米粉', '小米', '小米粉丝', '粉丝'], '我是小米粉丝')).toEqual([
      ['小米', 2], ['小米粉丝', 2], ['米粉', 3], ['粉丝', 4],
    ]);
  });
  it('refuses empty patterns', () => {
    expect(() => new Automaton().add('')).toThrow(/empty/);
  });
  it('agrees with indexOf on random inputs (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('a', 'b', '米', '粉') }), { minLength: 1, maxLength: 8 }),
        fc.string({ maxLength: 60, unit: fc.constantFrom('a', 'b', '米', '粉', ' ') }), (patterns, text) => {
          const unique = [...new Set(patterns)];
          expect(all(unique, text)).toEqual(byIndexOf(unique, text));
        }),
      { numRuns: 300 },
    );
  });
  it('agrees with indexOf when states branch widely (property)', () => {
    // Twenty letters and many short patterns: the root's children get more than eight edges each, which are
    // looked up by binary search rather than a linear scan.
    const letter = fc.constantFrom(...'abcdefghijklmnopqrst');
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 3, unit: letter }), { minLength: 20, maxLength: 120 }),
        fc.string({ maxLength: 80, unit: letter }), (patterns, text) => {
          // "a" followed by any of twelve letters: the state after "a" has at least twelve edges.
          const unique = [...new Set([...[...'abcdefghijkl'].map((c) => `a${c}`), ...patterns])];
          expect(all(unique, text)).toEqual(byIndexOf(unique, text));
        }),
      { numRuns: 200 },
    );
  });
  it('occursIn counts only the patterns statesEnding was built for (property)', () => {
    const unit = fc.constantFrom('a', 'b', 'c', '米', '粉');
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4, unit }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), fc.string({ maxLength: 40, unit }), (patterns, counted, text) => {
          const unique = [...new Set(patterns)];
          const a = new Automaton();
          for (const p of unique) a.add(p);
          a.build();
          const units = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
          expect(a.occursIn(units, units.length)).toBe(unique.some((p) => text.includes(p)));
          const ending = a.statesEnding((id) => counted[id]!);
          expect(a.occursIn(units, units.length, ending)).toBe(unique.some((p, id) => counted[id] && text.includes(p)));
        }),
      { numRuns: 300 },
    );
  });
});
